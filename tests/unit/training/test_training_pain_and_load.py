"""Back pain next to training load, day by day."""

from __future__ import annotations

from datetime import date, datetime

from backstrong.domain.training.model import Load, PainCheck, PerformedSet
from backstrong.domain.training.pain_and_load import pain_alongside_load


def test_each_day_shows_its_load_beside_the_pain_logged():
    sets = [
        PerformedSet("deadlift", datetime(2026, 3, 9, 18), reps=5, load=Load(100.0), pain=2),
        PerformedSet("deadlift", datetime(2026, 3, 9, 18), reps=5, load=Load(100.0), pain=4),
        PerformedSet("deadlift", datetime(2026, 3, 9, 18), reps=5, load=Load(40.0), warmup=True),
    ]
    checks = [PainCheck(datetime(2026, 3, 9, 17), before=3, after=2, next_morning=1)]
    [day] = pain_alongside_load(sets, checks)
    assert (day.day, day.working_sets, day.tonnage) == (date(2026, 3, 9), 2, Load(1000.0))
    assert (day.pain_before, day.pain_after, day.pain_next_morning, day.worst_set_pain) == (
        3,
        2,
        1,
        4,
    )
    assert day.worst_pain == 4


def test_rest_days_with_a_pain_check_appear_with_no_load():
    days = pain_alongside_load([], [PainCheck(datetime(2026, 3, 10), next_morning=5)])
    assert [(d.day, d.working_sets, d.tonnage.value, d.pain_next_morning) for d in days] == [
        (date(2026, 3, 10), 0, 0.0, 5)
    ]
