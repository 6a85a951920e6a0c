"""Hot queries read only the rows they answer with, never a person's whole history: each is run
through its repository, the SQL it sends is captured, and the database's own plan for it is
checked (SQLite ``EXPLAIN QUERY PLAN``; PostgreSQL ``EXPLAIN`` with sequential scans priced out,
so an index that cannot narrow the search shows as a filter or a sort).

A case names the table, the columns the index search must be keyed on, and whether rows must
come out of the index already in order (no sort step: ``ORDER BY ... LIMIT`` reads one row).
Training's: the next position in a session, today's session, one exercise's sets in time order
(its records and trend), and a page of sets or sessions newest first."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from backstrong.bootstrap import Container
from backstrong.domain.training.sessions import TrainingSession, new_id
from backstrong.services.ports.training import SetFilter
from backstrong.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class HotQuery:
    name: str
    table: str
    keys: tuple[str, ...]  # every column the index search must use
    run: Callable[[UnitOfWork, int], object]
    ordered: bool = False  # rows come from the index in order: no sort step


DAY = dt.date(2026, 11, 30)


def _next_position(uow: UnitOfWork, user_id: int) -> object:
    session = TrainingSession(new_id(), dt.datetime(2026, 11, 30, 9, tzinfo=dt.UTC))
    uow.training.add_session(user_id, session)  # rolled back with the unit of work
    return uow.training.next_position(user_id, session.id)


HOT_QUERIES = [
    HotQuery(
        "a day's diary", "diary_entries", ("user_id", "day"),
        lambda uow, user_id: uow.diary_entries.for_day(user_id, DAY),
    ),
    HotQuery(
        "the latest weigh-in", "weight_entries", ("user_id",),
        lambda uow, user_id: uow.weight_entries.latest(user_id), ordered=True,
    ),
    HotQuery(
        "the next position in a session", "training_sets", ("user_id", "session_id"),
        _next_position, ordered=True,
    ),
    HotQuery(
        "today's session", "training_sessions", ("user_id", "day"),
        lambda uow, user_id: uow.training.latest_session_on(user_id, DAY), ordered=True,
    ),
    HotQuery(
        "records of one exercise", "training_sets", ("user_id", "exercise_id"),
        lambda uow, user_id: uow.training.performed(user_id, "deadlift"), ordered=True,
    ),
    HotQuery(
        "a page of sets, newest first", "training_sets", ("user_id",),
        lambda uow, user_id: uow.training.sets(user_id, SetFilter(limit=50, newest_first=True)),
        ordered=True,
    ),
    HotQuery(
        "a page of one exercise's sets", "training_sets", ("user_id", "exercise_id"),
        lambda uow, user_id: uow.training.sets(
            user_id, SetFilter("deadlift", limit=50, offset=50, newest_first=True)
        ), ordered=True,
    ),
    HotQuery(
        "a page of sessions, newest first", "training_sessions", ("user_id",),
        lambda uow, user_id: uow.training.sessions(user_id, newest_first=True, limit=50),
        ordered=True,
    ),
]  # fmt: skip


@contextmanager
def captured(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    sent: list[tuple[str, Any]] = []

    def remember(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, params))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", remember)


def sqlite_problems(engine: Engine, sql: str, params: Any, case: HotQuery) -> list[str]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    details = [str(row[-1]) for row in rows]
    mine = [d for d in details if d.split(" ")[1:2] == [case.table]]
    problems = [f"reads every row: {d}" for d in mine if d.startswith("SCAN")]
    for detail in (d for d in mine if d.startswith("SEARCH")):
        key = detail.partition("(")[2]
        problems += [f"not keyed on {c}: {detail}" for c in case.keys if f"{c}=" not in key]
    if case.ordered:
        problems += [f"sorts: {d}" for d in details if "TEMP B-TREE" in d]
    return problems or ([] if mine else [f"{case.table} not in the plan: {details}"])


def _nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("Plans", []):
        yield from _nodes(child)


def postgres_problems(engine: Engine, sql: str, params: Any, case: HotQuery) -> list[str]:
    with engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        raw = conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {sql}", params).scalar()
        conn.rollback()
    plan = raw if isinstance(raw, list) else json.loads(raw)
    nodes = list(_nodes(plan[0]["Plan"]))
    conds = " ".join(n.get("Index Cond", "") for n in nodes if n.get("Index Name", "").startswith(
        "ix_" + case.table) or n.get("Relation Name") == case.table)  # fmt: skip
    scans = [n for n in nodes if n.get("Relation Name") == case.table]
    problems = [f"reads every row: {n['Node Type']}" for n in scans if "Seq" in n["Node Type"]]
    problems += [f"not keyed on {c}: {conds!r}" for c in case.keys if c not in conds]
    if case.ordered:
        problems += [f"sorts: {n['Node Type']}" for n in nodes if n["Node Type"] == "Sort"]
    return problems or ([] if scans else [f"{case.table} not in the plan"])


@pytest.mark.parametrize("case", HOT_QUERIES, ids=lambda case: case.name)
def test_a_hot_query_reads_only_what_it_answers(container: Container, case: HotQuery):
    user = container.accounts.local_user()
    engine = container.engine
    with captured(engine) as sent, container.uow() as uow:
        case.run(uow, user.id)
    touching = [(sql, params) for sql, params in sent if case.table in sql]
    assert touching, f"{case.name}: no query on {case.table} was sent"
    check = sqlite_problems if engine.dialect.name == "sqlite" else postgres_problems
    for sql, params in touching:
        assert check(engine, sql, params, case) == [], f"{case.name}: {sql}"


def test_the_harness_catches_a_query_that_reads_a_whole_history(container: Container):
    """The check itself can fail: by user alone, a day's diary reads every entry the person has."""
    user = container.accounts.local_user()
    whole = HotQuery("by user only", "diary_entries", ("user_id", "day"),
                     lambda uow, user_id: uow.diary_entries.for_day(user_id, DAY))  # fmt: skip
    sql = "SELECT id FROM diary_entries WHERE user_id = {p} AND meal = {p} ORDER BY id"
    if container.engine.dialect.name == "sqlite":
        found = sqlite_problems(container.engine, sql.format(p="?"), (user.id, "lunch"), whole)
    else:
        params = {"u": user.id, "m": "lunch"}
        sql = sql.replace("{p}", "%(u)s", 1).replace("{p}", "%(m)s")
        found = postgres_problems(container.engine, sql, params, whole)
    assert any("not keyed on day" in problem for problem in found), found
