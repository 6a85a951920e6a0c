"""Analytics over the whole log: records, e1RM over time, weekly volume, pain beside load.

Records, e1RM lines and weekly volume come from summaries stored beside the log and kept in step
with every write (see ``TrainingRepository.week_totals``): a first call in a fresh process reads a
few thousand small rows, never the whole log. The history page asks for records and volume at
once (:meth:`Stats.dashboard`); an exercise's page reads its own e1RM line only. The few analytics
that need every set (pain beside load, the guided workout's history) keep the sets in a cache
keyed by the person, checked against a cheap revision — (count, highest id) of their sets — on
every call: a stale answer is never served.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, MutableMapping
from datetime import date, timedelta
from typing import Any

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.training.load_factors import kg_per_unit
from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.pain_and_load import PainAndLoadDay, pain_alongside_load
from backstrong.domain.training.records import ExerciseRecords
from backstrong.domain.training.summaries import (
    Dashboard,
    dashboard,
    records_in_order,
    trend_lines,
)
from backstrong.domain.training.volume import RegionWeek, WeeklyVolume
from backstrong.domain.training.weeks import week_start
from backstrong.domain.units import MassUnit
from backstrong.services.clock import Clock
from backstrong.services.training.reports import records_json
from backstrong.services.unit_of_work import UowFactory

StatsCache = MutableMapping[Hashable, tuple[Hashable, object]]

__all__ = ["Dashboard", "Stats", "StatsCache", "unit_of"]


def unit_of(user: User, unit: str | None = None) -> MassUnit:
    return MassUnit(unit or user.unit or "kg")


def _last_weeks(rows: tuple[RegionWeek, ...], weeks: int, today: date) -> tuple[RegionWeek, ...]:
    newest = week_start(today)
    cutoff = newest - timedelta(weeks=max(weeks, 1) - 1)
    return tuple(row for row in rows if cutoff <= row.week_start <= newest)


class Stats:
    """Analytics over a person's whole log, from the stored summaries (and, for the few that need
    every set, from ``cache`` while the log is unchanged)."""

    def __init__(
        self,
        uow: UowFactory,
        clock: Clock,
        library: Callable[[User], ExerciseLibrary],
        cache: StatsCache | None = None,
    ) -> None:
        self._uow, self._clock, self._library = uow, clock, library
        self._cache: StatsCache = cache if cache is not None else {}

    def warm_up(self) -> None:
        """Load what the first answer needs (the unit factors, from pint) ahead of it."""
        kg_per_unit()

    def performed_sets(self, user: User) -> list[PerformedSet]:
        """Every set of the person, oldest first, as the analytics read them."""
        with self._uow() as uow:
            revision = uow.training.revision(user.id)
            held = self._cache.get((user.id, "sets"))
            if held is not None and held[0] == revision:
                return held[1]  # type: ignore[return-value]
            sets = uow.training.performed(user.id)
        self._cache[(user.id, "sets")] = (revision, sets)
        return sets

    def dashboard(
        self,
        user: User,
        *,
        unit: str | None = None,
        formula: Formula = Formula.EPLEY,
        weeks: int | None = None,
    ) -> Dashboard:
        """Records and weekly volume together (the history page's figures); ``weeks`` keeps the
        last N weeks of volume."""
        mass, library = unit_of(user, unit), self._library(user)
        today = self._clock.today(user)
        since = None if weeks is None else week_start(today) - timedelta(weeks=max(weeks, 1) - 1)
        with self._uow() as uow:
            firsts = uow.training.first_trained(user.id)
            totals = uow.training.week_totals(user.id, since)
            records = uow.training.exercise_records(user.id, set(firsts), mass, formula)
            uow.commit()  # summaries built or worked out on the way are kept
        muscles = {exercise.id: exercise for exercise in library}
        found = dashboard(firsts, totals, records, muscles, unit=mass)
        if weeks is None:
            return found
        recent = _last_weeks(found.volume.weeks, weeks, today)  # none after this week either
        return Dashboard(found.records, WeeklyVolume(recent, found.volume.unmapped_exercises))

    def records(
        self, user: User, *, unit: str | None = None, formula: Formula = Formula.EPLEY
    ) -> dict[str, ExerciseRecords]:
        """Each exercise's records in the order first trained (the weekly totals left unread)."""
        mass = unit_of(user, unit)
        with self._uow() as uow:
            firsts = uow.training.first_trained(user.id)
            records = uow.training.exercise_records(user.id, set(firsts), mass, formula)
            uow.commit()  # summaries built or worked out on the way are kept
        return records_in_order(firsts, records)

    def records_report(
        self, user: User, *, unit: str | None = None, formula: Formula = Formula.EPLEY
    ) -> list[dict[str, Any]]:
        """Records as JSON (the API and ``--json``)."""
        return records_json(self.records(user, unit=unit, formula=formula))

    def progress(
        self,
        user: User,
        exercise_id: str,
        *,
        unit: str | None = None,
        formula: Formula = Formula.EPLEY,
    ) -> tuple[TrendPoint, ...]:
        """One exercise's best e1RM per training day."""
        return self._trends(user, unit, formula, exercise_id).get(exercise_id, ())

    def trend(
        self, user: User, *, unit: str | None = None, formula: Formula = Formula.EPLEY
    ) -> dict[str, tuple[TrendPoint, ...]]:
        """Every exercise's line (those with points), by exercise id."""
        return trend_lines(self._trends(user, unit, formula))

    def _trends(
        self, user: User, unit: str | None, formula: Formula, only: str | None = None
    ) -> dict[str, tuple[TrendPoint, ...]]:
        with self._uow() as uow:
            ids = set(uow.training.first_trained(user.id))
            if only is not None:
                ids &= {only}
            found = uow.training.exercise_trends(user.id, ids, unit_of(user, unit), formula)
            uow.commit()
        return found

    def volume(
        self, user: User, *, unit: str | None = None, weeks: int | None = None
    ) -> WeeklyVolume:
        """Hard sets and tonnage per region and week; ``weeks`` keeps the last N weeks."""
        return self.dashboard(user, unit=unit, weeks=weeks).volume

    def pain_and_load(self, user: User, *, unit: str | None = None) -> tuple[PainAndLoadDay, ...]:
        with self._uow() as uow:
            checks = [session.pain_check for session in uow.training.sessions(user.id)]
        return pain_alongside_load(self.performed_sets(user), checks, unit=unit_of(user, unit))
