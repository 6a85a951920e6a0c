"""Account use cases against in-memory fakes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from backstrong.domain.accounts import AccountError
from backstrong.services.accounts.service import InvalidCredentials, TooManyAttempts
from tests.fakes import FakeUnitOfWork, accounts_over

PASSWORD = "a long enough passphrase"


def test_the_first_account_takes_over_the_cli_users_data_only_with_a_claim_code():
    accounts = accounts_over(FakeUnitOfWork())
    local = accounts.local_user()
    code = accounts.create_claim_code()
    user = accounts.register("me@example.org", PASSWORD, claim_code=code)
    assert user.id == local.id
    assert user.is_admin
    assert accounts.local_user().email == "me@example.org"


def test_without_a_claim_code_the_first_account_starts_empty_and_is_admin():
    accounts = accounts_over(FakeUnitOfWork())
    local = accounts.local_user()
    user = accounts.register("me@example.org", PASSWORD)
    assert user.id != local.id
    assert user.is_admin
    assert accounts.local_user().email is None


def test_later_accounts_are_new_users():
    accounts = accounts_over(FakeUnitOfWork())
    accounts.local_user()
    first = accounts.register("me@example.org", PASSWORD)
    second = accounts.register("you@example.org", PASSWORD)
    assert second.id != first.id


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short", "at least 12"),
        ("password1234", "too easy"),
        ("aaaaaaaaaaaa", "too easy"),
        ("me@example.org", "same as the email"),
    ],
)
def test_weak_passwords_are_refused_with_a_reason(password, message):
    with pytest.raises(AccountError, match=message) as err:
        accounts_over(FakeUnitOfWork()).register("me@example.org", password)
    assert err.value.field == "password"
    assert password not in str(err.value)  # a password is never echoed


def test_failures_are_counted_per_account_and_address_within_a_minute():
    start = datetime(2026, 1, 1, tzinfo=UTC)
    moment = [start]
    accounts = accounts_over(FakeUnitOfWork(), now=lambda: moment[0], failures_per_minute=5)
    accounts.register("me@example.org", PASSWORD)
    for i in range(5):
        moment[0] = start + timedelta(seconds=i)
        with pytest.raises(InvalidCredentials):
            accounts.authenticate("me@example.org", "wrong guess!", address="1.2.3.4")
    moment[0] = start + timedelta(seconds=10)
    with pytest.raises(TooManyAttempts):
        accounts.authenticate("me@example.org", PASSWORD, address="1.2.3.4")
    # another address is not blocked, and a minute later the first one works again
    assert accounts.authenticate("me@example.org", PASSWORD, address="5.6.7.8")
    moment[0] = start + timedelta(seconds=70)
    assert accounts.authenticate("me@example.org", PASSWORD, address="1.2.3.4")


def test_an_api_token_only_resolves_to_its_owner_and_can_be_revoked():
    accounts = accounts_over(FakeUnitOfWork())
    user = accounts.register("me@example.org", PASSWORD)
    token = accounts.create_api_token(user, "script")
    assert accounts.user_for_api_token(token) == user
    assert accounts.user_for_api_token(token + "x") is None
    other = accounts.register("you@example.org", PASSWORD)
    token_id = accounts.list_api_tokens(user)[0].id
    assert accounts.revoke_api_token(other, token_id) is False
    assert accounts.revoke_api_token(user, token_id) is True
    assert accounts.user_for_api_token(token) is None


def test_a_resolved_token_is_answered_from_the_cache_until_revoked():
    cache: dict = {}
    accounts = accounts_over(FakeUnitOfWork(), token_cache=cache)
    user = accounts.register("me@example.org", PASSWORD)
    token = accounts.create_api_token(user, "script")
    assert accounts.cached_user_for_api_token(token) is None
    assert accounts.user_for_api_token(token) == user
    assert accounts.cached_user_for_api_token(token) == user
    accounts.revoke_api_token(user, accounts.list_api_tokens(user)[0].id)
    assert accounts.cached_user_for_api_token(token) is None


def test_an_ended_web_session_no_longer_logs_you_in():
    accounts = accounts_over(FakeUnitOfWork())
    user = accounts.register("me@example.org", PASSWORD)
    token = accounts.start_web_session(user)
    assert accounts.user_for_web_session(token) == user
    accounts.end_web_session(token)
    assert accounts.user_for_web_session(token) is None


def test_the_display_unit_accepts_kg_or_lb_only():
    accounts = accounts_over(FakeUnitOfWork())
    user = accounts.local_user()
    assert accounts.set_unit(user, "lb").unit == "lb"
    with pytest.raises(AccountError, match="use kg or lb"):
        accounts.set_unit(user, "stone")
