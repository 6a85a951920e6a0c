"""Analytics over the whole log: records, e1RM over time, weekly volume, pain beside load.

Answers only change when the log does, so they are kept in a cache keyed by the person and the
question, and checked against a cheap revision — (count, highest id) of their sets, plus their
custom exercises' for volume — on every call: a stale answer is never served. Records, trend and
volume are worked out from week summaries (``training_weeks``), also cached: after a change only
the weeks it touched are read again, and the figures are exactly those of one pass over the log.
Without a cache, each call reads the log once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, MutableMapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TypeVar

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.training.history_weeks import (
    WeeklyHistory,
    join_records,
    join_trend,
    join_volume,
)
from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.pain_and_load import PainAndLoadDay, pain_alongside_load
from backstrong.domain.training.records import ExerciseRecords
from backstrong.domain.training.volume import RegionWeek, WeeklyVolume
from backstrong.domain.training.weeks import week_start
from backstrong.domain.units import MassUnit
from backstrong.services.training.weeks import LogWeeks, up_to_date
from backstrong.services.unit_of_work import UnitOfWork

StatsCache = MutableMapping[Hashable, tuple[Hashable, object]]
V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Dashboard:
    records: dict[str, ExerciseRecords]
    trend: dict[str, tuple[TrendPoint, ...]]
    volume: WeeklyVolume


def unit_of(user: User, unit: str | None = None) -> MassUnit:
    return MassUnit(unit or user.unit or "kg")


class _Log:
    """One call's view of a person's log: its revision read once, its sets loaded at most once
    (and only when no cached answer fits)."""

    def __init__(self, uow: UnitOfWork, user: User, cache: StatsCache | None) -> None:
        self.uow, self.user = uow, user
        self.cache: StatsCache = cache if cache is not None else {}
        with uow:
            self.revision = uow.training.revision(user.id)
            self.library_revision = uow.custom_exercises.revision(user.id)

    def answer(self, question: Hashable, compute: Callable[[], V], *, library: bool = False) -> V:
        key = (self.user.id, question)
        revision = (self.revision, self.library_revision) if library else self.revision
        held = self.cache.get(key)
        if held is not None and held[0] == revision:
            return held[1]  # type: ignore[return-value]
        value = compute()
        self.cache[key] = (revision, value)
        return value

    def sets(self) -> list[PerformedSet]:
        def load() -> list[PerformedSet]:
            with self.uow:
                return self.uow.training.performed(self.user.id)

        return self.answer("sets", load)

    def weeks(self, unit: MassUnit, formula: Formula) -> LogWeeks:
        """The log as week summaries: kept from the last call, only changed weeks read again."""
        key = (self.user.id, ("weeks", unit, formula))
        held = self.cache.get(key)
        if held is not None and held[0] == self.revision and isinstance(held[1], LogWeeks):
            return held[1]
        before = held[1] if held is not None and isinstance(held[1], LogWeeks) else None
        with self.uow:
            rules = _rules(unit, formula)
            weeks = up_to_date(self.uow.training, self.user.id, before, rules, self.revision[0])
        self.cache[key] = (self.revision, weeks)
        return weeks


@cache
def _rules(unit: MassUnit, formula: Formula) -> WeeklyHistory:
    return WeeklyHistory(unit=unit, formula=formula)


def performed_sets(
    uow: UnitOfWork, user: User, cache: StatsCache | None = None
) -> list[PerformedSet]:
    """Every set of the person, oldest first, as the analytics read them."""
    return _Log(uow, user, cache).sets()


def _records(log: _Log, unit: MassUnit, formula: Formula) -> dict[str, ExerciseRecords]:
    return log.answer(
        ("records", unit, formula),
        lambda: join_records(log.weeks(unit, formula).histories()),
    )


def _trend(log: _Log, unit: MassUnit, formula: Formula) -> dict[str, tuple[TrendPoint, ...]]:
    return log.answer(
        ("trend", unit, formula),
        lambda: join_trend(log.weeks(unit, formula).histories()),
    )


def _volume(
    log: _Log,
    library: ExerciseLibrary,
    unit: MassUnit,
    weeks: int | None,
    today: date | None,
    formula: Formula = Formula.EPLEY,  # volume does not depend on it: reuse the caller's weeks
) -> WeeklyVolume:
    muscles = {exercise.id: exercise for exercise in library}
    full = log.answer(
        ("volume", unit),
        lambda: join_volume(log.weeks(unit, formula).weeks(), muscles, unit=unit),
        library=True,
    )
    if weeks is None:
        return full
    return WeeklyVolume(_last_weeks(full.weeks, weeks, today), full.unmapped_exercises)


def records(
    uow: UnitOfWork,
    user: User,
    *,
    unit: MassUnit,
    formula: Formula = Formula.EPLEY,
    cache: StatsCache | None = None,
) -> dict[str, ExerciseRecords]:
    return _records(_Log(uow, user, cache), unit, formula)


def trend(
    uow: UnitOfWork,
    user: User,
    *,
    unit: MassUnit,
    formula: Formula = Formula.EPLEY,
    cache: StatsCache | None = None,
) -> dict[str, tuple[TrendPoint, ...]]:
    return _trend(_Log(uow, user, cache), unit, formula)


def volume(
    uow: UnitOfWork,
    user: User,
    library: ExerciseLibrary,
    *,
    unit: MassUnit,
    weeks: int | None = None,
    today: date | None = None,
    cache: StatsCache | None = None,
) -> WeeklyVolume:
    """Hard sets and tonnage per region and week; ``weeks`` keeps the last N weeks."""
    return _volume(_Log(uow, user, cache), library, unit, weeks, today)


def _last_weeks(
    rows: tuple[RegionWeek, ...], weeks: int, today: date | None
) -> tuple[RegionWeek, ...]:
    newest = week_start(today or date.today())
    cutoff = newest - timedelta(weeks=max(weeks, 1) - 1)
    return tuple(row for row in rows if cutoff <= row.week_start <= newest)


def dashboard(
    uow: UnitOfWork,
    user: User,
    library: ExerciseLibrary,
    *,
    unit: MassUnit,
    formula: Formula = Formula.EPLEY,
    weeks: int | None = None,
    cache: StatsCache | None = None,
) -> Dashboard:
    """Records, e1RM trend and weekly volume together (the history page's figures): one
    revision check, and the log read at most once."""
    log = _Log(uow, user, cache)
    return Dashboard(
        _records(log, unit, formula),
        _trend(log, unit, formula),
        _volume(log, library, unit, weeks, None, formula),
    )


def pain_and_load(
    uow: UnitOfWork, user: User, *, unit: MassUnit, cache: StatsCache | None = None
) -> tuple[PainAndLoadDay, ...]:
    with uow:
        checks = [session.pain_check for session in uow.training.sessions(user.id)]
    return pain_alongside_load(performed_sets(uow, user, cache), checks, unit=unit)
