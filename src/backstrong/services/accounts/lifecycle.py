"""An account's life after sign-up: passwords, signing out everywhere, deleting it, and the
admin's tools (list, disable, delete users). ``admin=None`` is the server's own CLI."""

from __future__ import annotations

from backstrong.domain.accounts import AccountError, User, normalise_email
from backstrong.services.accounts.base import AccountsBase
from backstrong.services.errors import Forbidden, NotFound
from backstrong.services.unit_of_work import UnitOfWork, fetch_or_raise

LOCAL_CONFIRMATION = "delete"


class LifecycleUseCases(AccountsBase):
    def change_password(self, user: User, current: str, new: str) -> None:
        """Replace the password after checking the current one; every web login of this person
        ends (the caller starts a fresh one for the device in hand)."""
        with self._uow() as uow:
            hashed = uow.users.password_hash(user.id)
            if hashed is None or not self._hasher.verify(current, hashed):
                raise AccountError("current_password", None, "your current password")
        self._set_password(user.id, new, user.email)

    def reset_password(self, email: str, new: str) -> User:
        """On the server (no mail needed): set a forgotten password and end every web login."""
        user = fetch_or_raise(
            self._uow(),
            lambda uow: uow.users.by_email(normalise_email(email)),
            NotFound("account", email),
        )
        self._set_password(user.id, new, user.email)
        return user

    def _set_password(self, user_id: int, new: str, email: str | None) -> None:
        self._check_password(new, email)
        hashed = self._hasher.hash(new)
        with self._uow() as uow:
            uow.users.set_password(user_id, hashed)
            uow.web_sessions.remove_all(user_id)
            if email:
                uow.login_failures.clear(email)
            uow.commit()

    def sign_out_everywhere(self, user: User) -> None:
        """End every web login of this person (API tokens stay: revoke them one by one)."""
        with self._uow() as uow:
            uow.web_sessions.remove_all(user.id)
            uow.commit()

    def delete_account(self, user: User, confirmation: str) -> None:
        """Delete the person and everything of theirs, once they re-type their email (the local
        user types "delete")."""
        expected = user.email or LOCAL_CONFIRMATION
        if confirmation.strip().lower() != expected:
            raise AccountError("confirmation", confirmation, f"type {expected} to confirm")
        with self._uow() as uow:
            uow.users.delete(user.id)
            uow.commit()
        self._forget_cached(user.id)

    # The admin's tools

    def list_users(self, admin: User | None) -> list[User]:
        with self._uow() as uow:
            self._require_admin(uow, admin)
            return uow.users.list_with_login()

    def set_user_disabled(self, admin: User | None, email: str, disabled: bool) -> User:
        """Switch an account off (no login, no token, no web session) or on again."""
        with self._uow() as uow:
            target = self._other_user(uow, admin, email)
            updated = uow.users.set_disabled(target.id, disabled)
            uow.web_sessions.remove_all(target.id)
            uow.commit()
        self._forget_cached(target.id)
        return updated

    def delete_user(self, admin: User | None, email: str) -> None:
        with self._uow() as uow:
            target = self._other_user(uow, admin, email)
            uow.users.delete(target.id)
            uow.commit()
        self._forget_cached(target.id)

    def _other_user(self, uow: UnitOfWork, admin: User | None, email: str) -> User:
        self._require_admin(uow, admin)
        target = uow.users.by_email(normalise_email(email))
        if target is None:
            raise NotFound("account", email)
        if admin is not None and target.id == admin.id:
            raise Forbidden("the admin's own account is changed from its own Settings")
        return target

    def _require_admin(self, uow: UnitOfWork, admin: User | None) -> None:
        if admin is None:
            return  # the server's CLI: whoever runs it owns the database
        current = uow.users.get(admin.id)
        if current is None or not current.is_admin:
            raise Forbidden("only the admin may manage other accounts")
