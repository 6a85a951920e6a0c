"""Errors every feature service raises, turned into 404 / 409 / 403 / 503 by the web app and exit
code 2 by the CLI. Another person's rows look exactly like rows that do not exist."""

from __future__ import annotations


class NotFound(LookupError):
    """Nothing of the acting person's has this id; ``message`` says more than "not found" (what
    to do instead, the closest ids) where the feature knows more."""

    def __init__(self, what: str, item_id: object, message: str | None = None) -> None:
        super().__init__(f"{what} '{item_id}' not found" if message is None else message)
        self.what = what
        self.item_id = item_id


class Conflict(ValueError):
    """The request clashes with what is stored (a taken id, a missing prerequisite)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class Forbidden(PermissionError):
    """The acting person may not do this (sign-up closed, an invalid invite, not the admin)."""


class Busy(RuntimeError):
    """The database could not take the change in time (another writer held it, a deadlock was
    broken): nothing was written, and the same request may simply be sent again."""

    retry_after_seconds = 1

    def __init__(self) -> None:
        super().__init__("The database is busy with other changes; nothing was saved. Try again.")
