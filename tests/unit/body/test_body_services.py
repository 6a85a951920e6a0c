"""Weigh-ins, girths and the expenditure report against in-memory fakes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from backstrong.domain.body.girths import parse_girth
from backstrong.domain.nutrition.diary import Meal
from backstrong.domain.nutrition.foods import Food
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.services.body import service as body
from backstrong.services.nutrition import diary
from backstrong.services.nutrition import service as nutrition
from tests.fakes import FakeUnitOfWork, accounts_over

NOW = datetime(2026, 3, 10, 7, 30, tzinfo=UTC)
TODAY = NOW.date()


def test_a_bare_weigh_in_number_is_in_the_persons_unit():
    assert body.read_weigh_in("180", NOW, "lb").weight_kg == pytest.approx(81.647, abs=0.001)
    assert body.read_weigh_in("80", NOW, "kg").weight_kg == 80.0
    assert body.read_weigh_in("12 st 4 lb", NOW, "kg").weight_kg == pytest.approx(78.02, abs=0.01)


def test_girths_read_cm_or_inches_and_refuse_nonsense():
    assert parse_girth("waist=84").centimetres == 84.0
    assert parse_girth("Hips = 40 in").centimetres == 101.6
    assert parse_girth("hips=40 in").site == "hips"
    with pytest.raises(InvalidInput, match=r"girth 'waist=900': give a size from 10 to 250 cm"):
        parse_girth("waist=900")
    with pytest.raises(InvalidInput, match="site=size"):
        parse_girth("84 cm")
    with pytest.raises(InvalidInput, match="each site once"):
        body.read_weigh_in("80 kg", NOW, "kg", girths=["waist=84", "waist=85"])


def test_a_weigh_in_given_as_a_day_counts_as_that_morning():
    local = datetime(2026, 3, 10, 21, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert body.moment_for(local.date(), local) == local.astimezone(UTC)
    earlier = body.moment_for(date(2026, 3, 8), local)
    assert earlier == datetime(2026, 3, 8, 13, 0, tzinfo=UTC)  # 08:00 at UTC−5


def _logged_weeks(uow: FakeUnitOfWork, user, days: int, intake: str, start_kg: float) -> None:
    shelf = nutrition.FoodShelf.of([Food("rice", "Rice, cooked", Nutrients(130, 2.7, 0.3, 28))])
    index = nutrition.food_index_for(uow, user, shelf)
    for offset in range(days, 0, -1):
        day = TODAY - timedelta(days=offset)
        moment = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=7)
        body.log_weight(
            uow, user, body.read_weigh_in(start_kg - 0.05 * (days - offset), moment, "kg")
        )
        diary.log_food(uow, user, index, intake, day, Meal.LUNCH)


def test_expenditure_learns_from_complete_days_and_lists_those_left_out():
    uow = FakeUnitOfWork()
    user = accounts_over(uow).local_user()
    nutrition.update_profile(
        uow, user, {"sex": "male", "age": 40, "height": 180, "activity": "light"}, TODAY
    )
    _logged_weeks(uow, user, 21, "1500 g rice", 85.0)
    diary.mark_day(uow, user, TODAY - timedelta(days=3), False)
    report = body.expenditure(uow, user, TODAY)
    assert report.learnt and report.estimate.days_used == 20
    reasons = {d.day: d.reason for d in report.left_out}
    assert reasons[TODAY - timedelta(days=3)] == "marked incomplete"
    assert report.suggestion is not None
    assert report.to_dict()["learnt"] is True


def test_expenditure_needs_a_profile_and_a_weigh_in():
    uow = FakeUnitOfWork()
    user = accounts_over(uow).local_user()
    with pytest.raises(nutrition.MissingProfile, match="profile"):
        body.expenditure(uow, user, TODAY)
    nutrition.update_profile(
        uow, user, {"sex": "male", "age": 40, "height": 180, "activity": "light"}, TODAY
    )
    with pytest.raises(nutrition.MissingProfile, match="weight"):
        body.expenditure(uow, user, TODAY)
