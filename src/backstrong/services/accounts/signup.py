"""Who may create an account: the sign-up mode, single-use invites, and the claim code that hands
the CLI's local data to the first web account."""

from __future__ import annotations

from backstrong.domain.accounts import (
    CLAIM_CODE_LIFETIME,
    INVITE_LIFETIME,
    CodeKind,
    Invite,
    SignupMode,
    User,
    normalise_email,
    signup_mode,
)
from backstrong.domain.accounts.tokens import new_token, token_digest
from backstrong.services.accounts.base import AccountsBase, EmailTaken
from backstrong.services.errors import Conflict, Forbidden, NotFound
from backstrong.services.unit_of_work import UnitOfWork, delete_or_raise

CODE_BYTES_SHOWN = 200  # longer than any code of ours: refused without a look-up


class SignupRefused(Forbidden):
    """Sign-up is closed, or the invite or claim code is missing, used, expired or mistyped;
    ``field`` names the code that was refused (``invite`` or ``claim_code``), None when closed."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class SignupUseCases(AccountsBase):
    def signup_mode(self) -> SignupMode:
        """The mode in force now: the configured one, else open until the first account exists
        and invite-only afterwards."""
        with self._uow() as uow:
            return signup_mode(self._signup, has_accounts=uow.users.count_with_login() > 0)

    def register(
        self,
        email: str,
        password: str,
        *,
        invite: str | None = None,
        claim_code: str | None = None,
        by_server: bool = False,
    ) -> User:
        """Create an account. Invite-only servers consume the invite before looking at the email
        (so a stranger learns nothing about who is registered). The first account is the admin;
        it takes over the CLI's local data only with a valid claim code (or when the server's
        own CLI creates it), otherwise it starts empty."""
        address = normalise_email(email)
        self._check_password(password, address)
        hashed = self._hasher.hash(password)
        with self._uow() as uow:
            first = uow.users.count_with_login() == 0
            if not by_server:
                self._admit(uow, first, invite)
            if uow.users.by_email(address) is not None:
                raise EmailTaken(address)
            local = uow.users.local_user() if first else None
            claims = local is not None and local.email is None and (by_server or bool(claim_code))
            if claims and not by_server:
                self._consume(uow, CodeKind.CLAIM, claim_code, "claim_code")
            if claims and local is not None:
                user = uow.users.claim(local.id, address, hashed, is_admin=True)
            else:
                user = uow.users.add(address, hashed, is_admin=first)
            uow.commit()
            return user

    def _admit(self, uow: UnitOfWork, first: bool, invite: str | None) -> None:
        mode = signup_mode(self._signup, has_accounts=not first)
        if mode is SignupMode.CLOSED:
            raise SignupRefused("sign-up is closed on this server: ask its admin to add you")
        if mode is SignupMode.INVITE:
            self._consume(uow, CodeKind.INVITE, invite, "invite")

    def _consume(self, uow: UnitOfWork, kind: CodeKind, code: str | None, field: str) -> None:
        code = (code or "").strip()
        valid = 0 < len(code) <= CODE_BYTES_SHOWN
        if not (valid and uow.invites.consume(kind, token_digest(code), self._clock.now())):
            what = "an invite link" if kind is CodeKind.INVITE else "a claim code"
            raise SignupRefused(
                f"{field}: this needs {what} that is unused and not expired; ask for a new one",
                field,
            )

    # Invites (any person with an account may invite; the admin sees and revokes everyone's)

    def create_invite(self, user: User) -> str:
        """A single-use invite code, valid for a week; returned once, stored as a digest."""
        code = new_token()
        with self._uow() as uow:
            expires = self._clock.now() + INVITE_LIFETIME
            uow.invites.add(CodeKind.INVITE, token_digest(code), user.id, expires)
            uow.commit()
        return code

    def list_invites(self, user: User | None) -> list[Invite]:
        """One person's invites; the admin's (or the server CLI's, ``None``) list holds all."""
        with self._uow() as uow:
            owner = None if user is None or user.is_admin else user.id
            return uow.invites.list(CodeKind.INVITE, owner)

    def revoke_invite(self, user: User | None, invite_id: int) -> None:
        owner = None if user is None or user.is_admin else user.id
        delete_or_raise(
            self._uow(),
            lambda uow: uow.invites.revoke(invite_id, owner),
            NotFound("unused invite", invite_id),
        )

    def create_claim_code(self) -> str:
        """A one-time code (valid an hour) that lets the first web account take over the CLI's
        local data. Only the server's CLI calls this: it proves the person owns the machine."""
        with self._uow() as uow:
            if uow.users.count_with_login() > 0:
                raise Conflict("the local data can no longer be claimed: an account exists")
            if uow.users.local_user() is None:
                raise Conflict("there is no local data on this server to claim")
            code = new_token()
            expires = self._clock.now() + CLAIM_CODE_LIFETIME
            uow.invites.add(CodeKind.CLAIM, token_digest(code), None, expires)
            uow.commit()
        return code
