"""A person's time zone: set explicitly, or once from the browser; "today" follows it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from backstrong.domain.errors import FieldError
from backstrong.services.clock import Clock
from tests.fakes import FakeUnitOfWork, accounts_over

LATE_EVENING_UTC = datetime(2026, 3, 13, 23, 30, tzinfo=UTC)


def test_a_time_zone_is_kept_and_moves_the_persons_today():
    accounts = accounts_over(FakeUnitOfWork())
    user = accounts.set_time_zone(accounts.local_user(), "Pacific/Auckland")
    assert accounts.local_user().time_zone == "Pacific/Auckland"
    assert Clock(lambda: LATE_EVENING_UTC).today(user) == date(2026, 3, 14)


def test_an_unknown_time_zone_is_refused_naming_the_field():
    accounts = accounts_over(FakeUnitOfWork())
    with pytest.raises(FieldError, match="Mars/Olympus") as err:
        accounts.set_time_zone(accounts.local_user(), "Mars/Olympus")
    assert err.value.field == "time_zone"
    assert accounts.local_user().time_zone is None


def test_the_browsers_zone_is_adopted_only_while_the_person_has_none():
    accounts = accounts_over(FakeUnitOfWork())
    user = accounts.local_user()
    assert accounts.adopt_time_zone(user, "Europe/Berlin").time_zone == "Europe/Berlin"
    assert accounts.adopt_time_zone(user, "America/New_York").time_zone == "Europe/Berlin"
    assert accounts.set_time_zone(user, "America/New_York").time_zone == "America/New_York"


def test_unit_and_time_zone_change_together_or_not_at_all():
    accounts = accounts_over(FakeUnitOfWork())
    user = accounts.local_user()
    with pytest.raises(FieldError):
        accounts.update(user, unit="lb", time_zone="Nowhere/Special")
    assert accounts.local_user().unit == "kg"
    updated = accounts.update(user, unit="lb", time_zone="UTC")
    assert (updated.unit, updated.time_zone) == ("lb", "UTC")


def test_a_cached_token_sees_its_owners_new_settings_at_once():
    accounts = accounts_over(FakeUnitOfWork(), token_cache={})
    user = accounts.register("me@example.org", "a long enough passphrase")
    token = accounts.create_api_token(user)
    accounts.user_for_api_token(token)
    accounts.set_time_zone(user, "Asia/Tokyo")
    cached = accounts.cached_user_for_api_token(token)
    assert cached is not None and cached.time_zone == "Asia/Tokyo"


def test_the_settings_offer_every_known_zone():
    accounts = accounts_over(FakeUnitOfWork())
    zones = accounts.settings(accounts.local_user()).time_zones
    assert "Europe/Berlin" in zones and "UTC" in zones
    assert list(zones) == sorted(zones)
