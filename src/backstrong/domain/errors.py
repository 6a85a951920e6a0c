"""The one error vocabulary of the domain: a value that cannot be used.

Every interface turns a :class:`FieldError` into its own shape (a 422 naming the field in the API,
a message beside the field on a form, a one-line error and exit code 2 in the CLI), so the rule
that refused the value writes the words once."""

from __future__ import annotations

SHOWN_CHARS = 80  # a refused value is echoed only this far, so a huge input is not sent back


def excerpt(value: object, limit: int = SHOWN_CHARS) -> str:
    """The value as text, cut short with an ellipsis (never echo a whole upload back)."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class FieldError(ValueError):
    """``field`` holds ``value``, which is not accepted; ``accepted`` says what would be."""

    def __init__(self, field: str, value: object, accepted: str) -> None:
        self.field = field
        self.value = value
        self.accepted = accepted
        super().__init__(f"{field} '{excerpt(value)}': {accepted}")


MEGABYTE = 1_048_576


class FileTooLarge(FieldError):
    """A file over the import limit (``BACKSTRONG_IMPORT_MAX_MB``), refused before it is read;
    HTTP answers it with 413, not 422."""

    def __init__(self, size: int, limit: int) -> None:
        accepted = (
            f"must be at most {limit // MEGABYTE} MB (the import limit, BACKSTRONG_IMPORT_MAX_MB)"
        )
        super().__init__("file", f"{size / MEGABYTE:.1f} MB", accepted)
        self.size, self.limit = size, limit
