"""Who may sign up (open, invite, closed), single-use invites, claim codes, passwords, account
deletion and the admin's tools, against in-memory fakes."""

from __future__ import annotations

import pytest

from backstrong.domain.accounts import AccountError, SignupMode
from backstrong.services.accounts.service import EmailTaken, InvalidCredentials, SignupRefused
from backstrong.services.errors import Forbidden
from tests.fakes import FakeUnitOfWork, accounts_over

PASSWORD = "a long enough passphrase"
NEW_PASSWORD = "another quite long phrase"


def test_by_default_the_second_person_needs_an_invite():
    accounts = accounts_over(FakeUnitOfWork(), signup=None)
    admin = accounts.register("admin@example.org", PASSWORD)
    assert accounts.signup_mode() is SignupMode.INVITE
    with pytest.raises(SignupRefused, match="invite"):
        accounts.register("guest@example.org", PASSWORD)
    invite = accounts.create_invite(admin)
    guest = accounts.register("guest@example.org", PASSWORD, invite=invite)
    assert not guest.is_admin


def test_an_invite_works_once():
    accounts = accounts_over(FakeUnitOfWork(), signup=SignupMode.INVITE)
    admin = accounts.register("admin@example.org", PASSWORD)
    invite = accounts.create_invite(admin)
    accounts.register("one@example.org", PASSWORD, invite=invite)
    with pytest.raises(SignupRefused):
        accounts.register("two@example.org", PASSWORD, invite=invite)


def test_without_an_invite_a_taken_email_is_not_revealed():
    accounts = accounts_over(FakeUnitOfWork(), signup=SignupMode.INVITE)
    accounts.register("admin@example.org", PASSWORD)
    with pytest.raises(SignupRefused) as refused:
        accounts.register("admin@example.org", PASSWORD, invite="made-up")
    assert not isinstance(refused.value, EmailTaken)


def test_closed_sign_up_refuses_everyone_but_the_server_cli():
    accounts = accounts_over(FakeUnitOfWork(), signup=SignupMode.CLOSED)
    with pytest.raises(SignupRefused, match="closed"):
        accounts.register("admin@example.org", PASSWORD)
    admin = accounts.register("admin@example.org", PASSWORD, by_server=True)
    assert admin.is_admin


def test_a_wrong_claim_code_refuses_the_sign_up():
    accounts = accounts_over(FakeUnitOfWork())
    accounts.local_user()
    accounts.create_claim_code()
    with pytest.raises(SignupRefused, match="claim") as refused:
        accounts.register("me@example.org", PASSWORD, claim_code="guessed")
    assert refused.value.field == "claim_code"


def test_changing_the_password_needs_the_current_one_and_ends_web_logins():
    uow = FakeUnitOfWork()
    accounts = accounts_over(uow)
    user = accounts.register("me@example.org", PASSWORD)
    session = accounts.start_web_session(user)
    with pytest.raises(AccountError, match="current"):
        accounts.change_password(user, "not it at all", NEW_PASSWORD)
    accounts.change_password(user, PASSWORD, NEW_PASSWORD)
    assert accounts.user_for_web_session(session) is None
    assert accounts.authenticate("me@example.org", NEW_PASSWORD, address="a").id == user.id


def test_a_guessable_new_password_is_refused_with_advice():
    accounts = accounts_over(FakeUnitOfWork())
    user = accounts.register("me@example.org", PASSWORD)
    with pytest.raises(AccountError, match="too easy to guess"):
        accounts.change_password(user, PASSWORD, "qwertyuiop123")


def test_the_server_resets_a_forgotten_password():
    accounts = accounts_over(FakeUnitOfWork())
    accounts.register("me@example.org", PASSWORD)
    accounts.reset_password("me@example.org", NEW_PASSWORD)
    with pytest.raises(InvalidCredentials):
        accounts.authenticate("me@example.org", PASSWORD, address="a")


def test_deleting_an_account_needs_the_email_retyped():
    accounts = accounts_over(FakeUnitOfWork())
    user = accounts.register("me@example.org", PASSWORD)
    with pytest.raises(AccountError, match="confirmation"):
        accounts.delete_account(user, "yes")
    accounts.delete_account(user, "Me@Example.org")
    with pytest.raises(InvalidCredentials):
        accounts.authenticate("me@example.org", PASSWORD, address="a")


def test_a_disabled_account_cannot_log_in_and_only_the_admin_disables():
    accounts = accounts_over(FakeUnitOfWork())
    admin = accounts.register("admin@example.org", PASSWORD)
    guest = accounts.register("guest@example.org", PASSWORD)
    with pytest.raises(Forbidden):
        accounts.set_user_disabled(guest, "admin@example.org", True)
    accounts.set_user_disabled(admin, "guest@example.org", True)
    with pytest.raises(InvalidCredentials):
        accounts.authenticate("guest@example.org", PASSWORD, address="a")
    assert [u.email for u in accounts.list_users(admin)] == [
        "admin@example.org",
        "guest@example.org",
    ]


def test_failures_for_one_account_from_many_addresses_are_capped():
    from backstrong.services.accounts.service import TooManyAttempts

    accounts = accounts_over(FakeUnitOfWork(), failures_per_minute=2)
    accounts.register("me@example.org", PASSWORD)
    with pytest.raises(TooManyAttempts):
        for n in range(20):
            with pytest.raises(InvalidCredentials):
                accounts.authenticate("me@example.org", "wrong guess", address=f"10.0.0.{n}")
