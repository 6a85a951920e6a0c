"""Back pain over time next to training load, one row per day that has either.

Pain comes from :class:`PainCheck` (before, after, next morning; 0–10) and from the worst pain
logged during a set. Load is the day's working sets and tonnage (reps × external load, as in
``volume``), all exercises together.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from backstrong.domain.training.load_factors import kg_per_unit, unit_per_kg
from backstrong.domain.training.model import Load, PainCheck, PerformedSet
from backstrong.domain.units import MassUnit


@dataclass(frozen=True, slots=True)
class PainAndLoadDay:
    day: date
    working_sets: int
    tonnage: Load  # in the unit asked for
    pain_before: int | None = None
    pain_after: int | None = None
    pain_next_morning: int | None = None
    worst_set_pain: int | None = None

    @property
    def worst_pain(self) -> int | None:
        """The highest pain of the day from any source, None when none was logged."""
        values = [
            v
            for v in (
                self.pain_before,
                self.pain_after,
                self.pain_next_morning,
                self.worst_set_pain,
            )
            if v is not None
        ]
        return max(values) if values else None


def pain_alongside_load(
    sets: Iterable[PerformedSet],
    pain_checks: Iterable[PainCheck],
    *,
    unit: MassUnit = MassUnit.KG,
) -> tuple[PainAndLoadDay, ...]:
    """Days in order; a day with two pain checks keeps the higher value of each."""
    kg_per = kg_per_unit()
    load_by_day: dict[date, list[float]] = {}
    set_pain: dict[date, int] = {}
    for s in sets:
        if s.warmup:
            continue
        day = s.performed_at.date()
        totals = load_by_day.setdefault(day, [0.0, 0.0])
        totals[0] += 1
        load = s.load if s.load is not None else s.added_load
        if load is not None and s.reps:
            totals[1] += load.value * kg_per[load.unit] * s.reps
        if s.pain is not None:
            set_pain[day] = max(s.pain, set_pain.get(day, s.pain))
    checks = _checks_by_day(pain_checks)
    per_kg = unit_per_kg(unit)
    rows = []
    for day in sorted(load_by_day.keys() | checks.keys()):
        count, kg = load_by_day.get(day, (0.0, 0.0))
        before, after, morning = checks.get(day, (None, None, None))
        rows.append(
            PainAndLoadDay(
                day, int(count), Load(kg * per_kg, unit), before, after, morning, set_pain.get(day)
            )
        )
    return tuple(rows)


def _checks_by_day(
    pain_checks: Iterable[PainCheck],
) -> dict[date, tuple[int | None, int | None, int | None]]:
    by_day: dict[date, tuple[int | None, int | None, int | None]] = {}
    for check in pain_checks:
        day = check.session_date.date()
        held = by_day.get(day, (None, None, None))
        by_day[day] = (
            _higher(held[0], check.before),
            _higher(held[1], check.after),
            _higher(held[2], check.next_morning),
        )
    return by_day


def _higher(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    return a if b is None else max(a, b)
