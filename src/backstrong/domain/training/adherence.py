"""Adherence to a program: sessions prescribed against sessions done, week by week.

Inputs stay simple so any program shape can feed them: the days sessions were done (one entry
per session; two on one day count twice) and how many were prescribed per week — one number for
every week, or a number per week keyed by any day in that week. A week's ratio is done ÷ prescribed
and may pass 1; the overall figure caps each week at what was prescribed, so extra sessions in one
week do not make up for a missed one in another.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.validation import TrainingValueError
from backstrong.domain.training.weeks import week_start, weeks_between


@dataclass(frozen=True, slots=True)
class WeekAdherence:
    week_start: date
    prescribed: int
    done: int

    @property
    def ratio(self) -> float | None:
        """done ÷ prescribed, None for a week with nothing prescribed."""
        return None if self.prescribed == 0 else self.done / self.prescribed


@dataclass(frozen=True, slots=True)
class Adherence:
    weeks: tuple[WeekAdherence, ...]

    @property
    def prescribed(self) -> int:
        return sum(week.prescribed for week in self.weeks)

    @property
    def done(self) -> int:
        return sum(week.done for week in self.weeks)

    @property
    def overall(self) -> float | None:
        """Σ min(done, prescribed) ÷ Σ prescribed; None when nothing was prescribed."""
        prescribed = self.prescribed
        kept = sum(min(week.done, week.prescribed) for week in self.weeks)
        return None if prescribed == 0 else kept / prescribed


def weekly_adherence(
    done_sessions: Iterable[date | datetime],
    prescribed_per_week: int | Mapping[date, int],
    *,
    first_day: date,
    last_day: date,
) -> Adherence:
    """One row per week from ``first_day``'s week to ``last_day``'s; other sessions are ignored."""
    prescribed = _prescribed_by_week(prescribed_per_week)
    weeks = weeks_between(first_day, last_day)
    done = Counter(week_start(_day(session)) for session in done_sessions)
    default = prescribed_per_week if isinstance(prescribed_per_week, int) else 0
    return Adherence(
        tuple(
            WeekAdherence(monday, prescribed.get(monday, default), done[monday]) for monday in weeks
        )
    )


def session_days(sets: Iterable[PerformedSet]) -> tuple[date, ...]:
    """The distinct days with at least one working (non-warm-up) set, oldest first."""
    return tuple(sorted({s.performed_at.date() for s in sets if not s.warmup}))


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _prescribed_by_week(prescribed_per_week: int | Mapping[date, int]) -> dict[date, int]:
    if isinstance(prescribed_per_week, int):
        _check_count(prescribed_per_week)
        return {}
    by_week: dict[date, int] = {}
    for day, count in prescribed_per_week.items():
        monday = week_start(_day(day))
        by_week[monday] = by_week.get(monday, 0) + _check_count(count)
    return by_week


def _check_count(count: int) -> int:
    if not 0 <= count <= 21:  # three sessions a day, every day: more is a typo
        raise TrainingValueError("sessions per week", count, "must be a whole number from 0 to 21")
    return count
