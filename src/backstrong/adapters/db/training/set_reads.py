"""Reading logged sets: one statement per shape of :class:`SetFilter` (which filters are given,
the order, a limit, an offset), built once with bound parameters, and rows read by position.

A history page of 50 sets cost about 3.5 ms to read through named rows with every column
converted (figure ``history_page_50_vs_me_10000_sets``): this reads the columns a set shows,
the time as stored (text on SQLite, one C call to parse), and builds the sets from plain tuples."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Select, String, bindparam, select, type_coerce

from backstrong.adapters.db.training.rows import FastSets
from backstrong.adapters.db.training.statements import SESSIONS, SETS
from backstrong.domain.training.model import PerformedSet, Side
from backstrong.domain.training.sessions import LoggedSet
from backstrong.services.ports.training import SetFilter

_S, _T = SESSIONS.c, SETS.c
_SIDES = {side.value: side for side in Side}


class _Shape(NamedTuple):
    raw_time: bool  # SQLite: the stored text, parsed by FastSets.when
    exercise: bool
    session: bool
    first: bool
    last: bool
    newest_first: bool
    limit: bool
    offset: bool


# The 14 columns of FastSets.build, in its order (the time comes second); then the prescription,
# and where the set sits.
_COLUMNS = (
    _T.exercise_id, _T.utc_offset_minutes, _T.reps, _T.load_value, _T.load_unit,
    _T.added_load_value, _T.added_load_unit, _T.hold_seconds, _T.side, _T.rpe, _T.rir, _T.warmup,
    _T.pain, _T.target_reps, _T.target_load_value, _T.target_load_unit, _T.target_hold_seconds,
    _T.uuid, _S.uuid, _T.position, _T.notes, _T.import_key,
)  # fmt: skip


@cache
def _statement(shape: _Shape) -> Select[Any]:
    performed_at = type_coerce(_T.performed_at, String) if shape.raw_time else _T.performed_at
    stmt = (
        select(_COLUMNS[0], performed_at, *_COLUMNS[1:])
        .join(SESSIONS, _S.id == _T.session_id)
        .where(_T.user_id == bindparam("user_id"))
    )
    if shape.exercise:
        stmt = stmt.where(_T.exercise_id == bindparam("exercise_id"))
    if shape.session:
        stmt = stmt.where(_S.uuid == bindparam("session_id"))
    if shape.first:
        stmt = stmt.where(_S.day >= bindparam("first", type_=_S.day.type))
    if shape.last:
        stmt = stmt.where(_S.day <= bindparam("last", type_=_S.day.type))
    if shape.newest_first:  # straight down (user_id, [exercise_id,] performed_at, id)
        stmt = stmt.order_by(_T.performed_at.desc(), _T.id.desc())
    else:
        stmt = stmt.order_by(_S.started_at, _S.id, _T.position, _T.id)
    if shape.limit:
        stmt = stmt.limit(bindparam("limit", type_=_T.id.type))
    if shape.offset:
        stmt = stmt.offset(bindparam("offset", type_=_T.id.type))
    return stmt


def sets_query(
    user_id: int, where: SetFilter, *, sqlite: bool
) -> tuple[Select[Any], dict[str, Any]]:
    """The statement for ``where`` and the values it binds."""
    shape = _Shape(
        sqlite,
        where.exercise_id is not None,
        where.session_id is not None,
        where.first is not None,
        where.last is not None,
        where.newest_first,
        where.limit is not None,
        bool(where.offset),
    )
    values: dict[str, int | str | date | None] = {
        "user_id": user_id,
        "exercise_id": where.exercise_id,
        "session_id": where.session_id,
        "first": where.first,
        "last": where.last,
        "limit": where.limit,
        "offset": where.offset,
    }
    return _statement(shape), {k: v for k, v in values.items() if v is not None}


def logged_sets(rows: Any) -> list[LoggedSet]:
    """Sets from the rows of :func:`sets_query`."""
    fast = FastSets()
    load, when = fast.load, fast.when
    return [
        LoggedSet(r[18], r[19], r[20], PerformedSet(
            r[0], when(r[1], r[2]), r[3], load(r[4], r[5]), load(r[6], r[7]), r[8],
            None if r[9] is None else _SIDES[r[9]], r[10], r[11], bool(r[12]), r[13],
            r[14], load(r[15], r[16]), r[17],
        ), r[21], r[22])
        for r in rows
    ]  # fmt: skip
