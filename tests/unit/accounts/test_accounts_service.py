"""Account use cases against in-memory fakes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from backstrong.domain.accounts import AccountError
from backstrong.services.accounts import service as accounts
from tests.fakes import FakeHasher, FakeUnitOfWork

PASSWORD = "a long enough passphrase"


def test_the_first_account_takes_over_the_cli_users_data():
    uow = FakeUnitOfWork()
    local = accounts.local_user(uow)
    user = accounts.register(uow, FakeHasher(), "me@example.org", PASSWORD)
    assert user.id == local.id
    assert accounts.local_user(uow).email == "me@example.org"


def test_later_accounts_are_new_users():
    uow = FakeUnitOfWork()
    accounts.local_user(uow)
    first = accounts.register(uow, FakeHasher(), "me@example.org", PASSWORD)
    second = accounts.register(uow, FakeHasher(), "you@example.org", PASSWORD)
    assert second.id != first.id


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short", "at least 10"),
        ("password123", "too easy"),
        ("aaaaaaaaaaaa", "too easy"),
        ("me@example.org", "same as the email"),
    ],
)
def test_weak_passwords_are_refused_with_a_reason(password, message):
    with pytest.raises(AccountError, match=message) as err:
        accounts.register(FakeUnitOfWork(), FakeHasher(), "me@example.org", password)
    assert err.value.field == "password"


def test_failures_are_counted_per_account_and_address_within_a_minute():
    uow, hasher = FakeUnitOfWork(), FakeHasher()
    accounts.register(uow, hasher, "me@example.org", PASSWORD)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(5):
        with pytest.raises(accounts.InvalidCredentials):
            accounts.authenticate(
                uow,
                hasher,
                "me@example.org",
                "wrong guess!",
                address="1.2.3.4",
                failures_per_minute=5,
                now=start + timedelta(seconds=i),
            )
    with pytest.raises(accounts.TooManyAttempts):
        accounts.authenticate(
            uow,
            hasher,
            "me@example.org",
            PASSWORD,
            address="1.2.3.4",
            failures_per_minute=5,
            now=start + timedelta(seconds=10),
        )
    # another address is not blocked, and a minute later the first one works again
    assert accounts.authenticate(
        uow,
        hasher,
        "me@example.org",
        PASSWORD,
        address="5.6.7.8",
        failures_per_minute=5,
        now=start + timedelta(seconds=10),
    )
    assert accounts.authenticate(
        uow,
        hasher,
        "me@example.org",
        PASSWORD,
        address="1.2.3.4",
        failures_per_minute=5,
        now=start + timedelta(seconds=70),
    )


def test_an_api_token_only_resolves_to_its_owner_and_can_be_revoked():
    uow = FakeUnitOfWork()
    user = accounts.register(uow, FakeHasher(), "me@example.org", PASSWORD)
    token = accounts.create_api_token(uow, user, "script")
    assert accounts.user_for_api_token(uow, token) == user
    assert accounts.user_for_api_token(uow, token + "x") is None
    other = accounts.register(uow, FakeHasher(), "you@example.org", PASSWORD)
    token_id = accounts.list_api_tokens(uow, user)[0].id
    assert accounts.revoke_api_token(uow, other, token_id) is False
    assert accounts.revoke_api_token(uow, user, token_id) is True
    assert accounts.user_for_api_token(uow, token) is None


def test_an_ended_web_session_no_longer_logs_you_in():
    uow = FakeUnitOfWork()
    user = accounts.register(uow, FakeHasher(), "me@example.org", PASSWORD)
    token = accounts.start_web_session(uow, user, days=30)
    assert accounts.user_for_web_session(uow, token) == user
    accounts.end_web_session(uow, token)
    assert accounts.user_for_web_session(uow, token) is None


def test_the_display_unit_accepts_kg_or_lb_only():
    uow = FakeUnitOfWork()
    user = accounts.local_user(uow)
    assert accounts.set_unit(uow, user, "lb").unit == "lb"
    with pytest.raises(AccountError, match="use kg or lb"):
        accounts.set_unit(uow, user, "stone")
