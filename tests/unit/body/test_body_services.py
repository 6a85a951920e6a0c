"""Weigh-ins, girths and the expenditure report against in-memory fakes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from backstrong.domain.body.girths import parse_girth
from backstrong.domain.nutrition.diary import Meal
from backstrong.domain.nutrition.foods import Food
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.entrypoints.public import shown
from backstrong.entrypoints.public.body import ExpenditurePublic
from backstrong.services.body import service as body
from backstrong.services.body.service import BodyService, WeighIn
from backstrong.services.nutrition.profile import MissingProfile
from backstrong.services.nutrition.service import NutritionService
from tests.fakes import FakeUnitOfWork, accounts_over
from tests.fakes_nutrition import body_service, nutrition_service

RICE = Food("rice", "Rice, cooked", Nutrients(130, 2.7, 0.3, 28))

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


def _logged_weeks(
    service: BodyService, nutrition: NutritionService, user, days: int, intake: str, start_kg: float
) -> None:
    for offset in range(days, 0, -1):
        day = TODAY - timedelta(days=offset)
        moment = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=7)
        service.log_weight(user, WeighIn(start_kg - 0.05 * (days - offset), at=moment))
        nutrition.eat(user, intake, meal=Meal.LUNCH.value, day=day)


def test_expenditure_learns_from_complete_days_and_lists_those_left_out():
    uow = FakeUnitOfWork()
    user = accounts_over(uow).local_user()
    nutrition = nutrition_service(uow, TODAY, [RICE])
    service = body_service(uow, TODAY, nutrition)
    nutrition.update_profile(user, {"sex": "male", "age": 40, "height": 180, "activity": "light"})
    _logged_weeks(service, nutrition, user, 21, "1500 g rice", 85.0)
    nutrition.mark_day(user, TODAY - timedelta(days=3), False)
    report = service.expenditure(user)
    assert report.learnt and report.estimate.days_used == 20
    reasons = {d.day: d.reason for d in report.left_out}
    assert reasons[TODAY - timedelta(days=3)] == "marked incomplete"
    assert report.suggestion is not None
    assert shown(ExpenditurePublic, report)["learnt"] is True


def test_expenditure_needs_a_profile_and_a_weigh_in():
    uow = FakeUnitOfWork()
    user = accounts_over(uow).local_user()
    nutrition = nutrition_service(uow, TODAY)
    service = body_service(uow, TODAY, nutrition)
    with pytest.raises(MissingProfile, match="profile"):
        service.expenditure(user)
    nutrition.update_profile(user, {"sex": "male", "age": 40, "height": 180, "activity": "light"})
    with pytest.raises(MissingProfile, match="weight"):
        service.expenditure(user)


def test_a_weigh_in_given_a_past_day_is_that_morning_in_the_persons_time_zone():
    uow = FakeUnitOfWork()
    user = uow.users.set_time_zone(accounts_over(uow).local_user().id, "America/New_York")
    logged = body_service(uow, TODAY).log_weight(user, WeighIn("80 kg", on=date(2026, 3, 5)))
    assert logged.entry.moment == datetime(2026, 3, 5, 13, 0, tzinfo=UTC)  # 08:00 at UTC−5
