"""Analytics over the whole log: records, e1RM over time, weekly volume, pain beside load.

Answers only change when the log does, so they are kept in a cache keyed by the person and the
question, and checked against a cheap revision — (count, highest id) of their sets, plus their
custom exercises' for volume — on every call: a stale answer is never served. Records, trend and
volume are worked out from week summaries (``training_weeks``), also cached: after a change only
the weeks it touched are read again, and the figures are exactly those of one pass over the log.
The history page asks for all three at once (:meth:`Stats.dashboard`): one revision check, and
the log read at most once. Requests for one person that arrive together while the summaries are
built wait for that one build (a lock per person) rather than each reading the whole log; records
are also kept as JSON, so the API's usual answer is the revision check alone.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, MutableMapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from threading import Lock
from typing import Any, TypeVar

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.training.history_weeks import (
    WeeklyHistory,
    join_records,
    join_trend,
    join_volume,
)
from backstrong.domain.training.load_factors import kg_per_unit
from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.pain_and_load import PainAndLoadDay, pain_alongside_load
from backstrong.domain.training.records import ExerciseRecords
from backstrong.domain.training.volume import RegionWeek, WeeklyVolume
from backstrong.domain.training.weeks import week_start
from backstrong.domain.units import MassUnit
from backstrong.services.clock import Clock
from backstrong.services.training.reports import records_json
from backstrong.services.training.weeks import LogWeeks, up_to_date
from backstrong.services.unit_of_work import UowFactory

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

    def __init__(self, uow: UowFactory, user: User, cache: StatsCache, building: Lock) -> None:
        self.uow, self.user, self.cache, self.building = uow, user, cache, building
        with uow() as open_uow:
            self.revision = open_uow.training.revision(user.id)
            self.library_revision = open_uow.custom_exercises.revision(user.id)

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
            with self.uow() as uow:
                return uow.training.performed(self.user.id)

        return self.answer("sets", load)

    def weeks(self, unit: MassUnit, formula: Formula) -> LogWeeks:
        """The log as week summaries: kept from the last call, only changed weeks read again."""
        key = (self.user.id, ("weeks", unit, formula))
        with self.building:  # requests arriving together wait for one build, then share it
            held = self.cache.get(key)
            if held is not None and held[0] == self.revision and isinstance(held[1], LogWeeks):
                return held[1]
            return self._build_weeks(key, held, unit, formula)

    def _build_weeks(
        self, key: Hashable, held: tuple[Hashable, object] | None, unit: MassUnit, formula: Formula
    ) -> LogWeeks:
        before = held[1] if held is not None and isinstance(held[1], LogWeeks) else None
        with self.uow() as uow:
            rules = _rules(unit, formula)
            weeks = up_to_date(uow.training, self.user.id, before, rules, self.revision[0])
        self.cache[key] = (self.revision, weeks)
        return weeks

    def records(self, unit: MassUnit, formula: Formula) -> dict[str, ExerciseRecords]:
        return self.answer(
            ("records", unit, formula), lambda: join_records(self.weeks(unit, formula).histories())
        )

    def trend(self, unit: MassUnit, formula: Formula) -> dict[str, tuple[TrendPoint, ...]]:
        return self.answer(
            ("trend", unit, formula), lambda: join_trend(self.weeks(unit, formula).histories())
        )

    def volume(
        self, library: ExerciseLibrary, unit: MassUnit, formula: Formula = Formula.EPLEY
    ) -> WeeklyVolume:
        """Every week's volume (it does not depend on the formula: the caller's weeks serve)."""
        muscles = {exercise.id: exercise for exercise in library}
        return self.answer(
            ("volume", unit),
            lambda: join_volume(self.weeks(unit, formula).weeks(), muscles, unit=unit),
            library=True,
        )


@cache
def _rules(unit: MassUnit, formula: Formula) -> WeeklyHistory:
    return WeeklyHistory(unit=unit, formula=formula)


def _last_weeks(rows: tuple[RegionWeek, ...], weeks: int, today: date) -> tuple[RegionWeek, ...]:
    newest = week_start(today)
    cutoff = newest - timedelta(weeks=max(weeks, 1) - 1)
    return tuple(row for row in rows if cutoff <= row.week_start <= newest)


class Stats:
    """Analytics over a person's whole log, answered from ``cache`` while the log is unchanged
    (without one, each call reads the log once)."""

    def __init__(
        self,
        uow: UowFactory,
        clock: Clock,
        library: Callable[[User], ExerciseLibrary],
        cache: StatsCache | None = None,
    ) -> None:
        self._uow, self._clock, self._library = uow, clock, library
        self._cache: StatsCache = cache if cache is not None else {}
        self._building: dict[int, Lock] = {}

    def _log(self, user: User) -> _Log:
        return _Log(self._uow, user, self._cache, self._building.setdefault(user.id, Lock()))

    def warm_up(self) -> None:
        """Load what the first answer needs (the unit factors, from pint) ahead of it."""
        kg_per_unit()

    def performed_sets(self, user: User) -> list[PerformedSet]:
        """Every set of the person, oldest first, as the analytics read them."""
        return self._log(user).sets()

    def records(
        self, user: User, *, unit: str | None = None, formula: Formula = Formula.EPLEY
    ) -> dict[str, ExerciseRecords]:
        return self._log(user).records(unit_of(user, unit), formula)

    def records_report(
        self, user: User, *, unit: str | None = None, formula: Formula = Formula.EPLEY
    ) -> list[dict[str, Any]]:
        """Records as JSON, kept beside them: answering again costs only the revision check."""
        log, mass = self._log(user), unit_of(user, unit)
        return log.answer(
            ("records_json", mass, formula), lambda: records_json(log.records(mass, formula))
        )

    def progress(
        self,
        user: User,
        exercise_id: str,
        *,
        unit: str | None = None,
        formula: Formula = Formula.EPLEY,
    ) -> tuple[TrendPoint, ...]:
        """One exercise's best e1RM per training day."""
        return self._log(user).trend(unit_of(user, unit), formula).get(exercise_id, ())

    def trend(
        self, user: User, *, unit: str | None = None, formula: Formula = Formula.EPLEY
    ) -> dict[str, tuple[TrendPoint, ...]]:
        return self._log(user).trend(unit_of(user, unit), formula)

    def volume(
        self, user: User, *, unit: str | None = None, weeks: int | None = None
    ) -> WeeklyVolume:
        """Hard sets and tonnage per region and week; ``weeks`` keeps the last N weeks."""
        full = self._log(user).volume(self._library(user), unit_of(user, unit))
        return self._recent(user, full, weeks)

    def _recent(self, user: User, full: WeeklyVolume, weeks: int | None) -> WeeklyVolume:
        if weeks is None:
            return full
        recent = _last_weeks(full.weeks, weeks, self._clock.today(user))
        return WeeklyVolume(recent, full.unmapped_exercises)

    def dashboard(
        self,
        user: User,
        *,
        unit: str | None = None,
        formula: Formula = Formula.EPLEY,
        weeks: int | None = None,
    ) -> Dashboard:
        """Records, e1RM trend and weekly volume together (the history page's figures)."""
        log, mass = self._log(user), unit_of(user, unit)
        volume = log.volume(self._library(user), mass, formula)
        return Dashboard(
            log.records(mass, formula), log.trend(mass, formula), self._recent(user, volume, weeks)
        )

    def pain_and_load(self, user: User, *, unit: str | None = None) -> tuple[PainAndLoadDay, ...]:
        with self._uow() as uow:
            checks = [session.pain_check for session in uow.training.sessions(user.id)]
        return pain_alongside_load(self.performed_sets(user), checks, unit=unit_of(user, unit))
