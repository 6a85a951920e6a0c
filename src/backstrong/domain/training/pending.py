"""An uploaded import waiting for the person's review of its exercise names.

The file's text is kept (not the parsed rows) and read again when the person confirms: the
parsers are fast, and the text is what was uploaded, so the review and the import see the same
rows. A pending import lasts :data:`PENDING_LIFETIME`; after that it is gone and the file must be
uploaded again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from backstrong.domain.errors import FieldError

PENDING_LIFETIME = timedelta(hours=1)
FORMATS = ("auto", "strong", "hevy", "csv")  # "auto" recognises Strong and Hevy by their header
NEW_EXERCISE = "new"  # the match that makes the name a custom exercise of the person's own
FORMAT_NAMES = {
    "auto": "Recognise it (Strong or Hevy)",
    "strong": "Strong",
    "hevy": "Hevy",
    "csv": "Generic CSV",
}


@dataclass(frozen=True, slots=True)
class PendingImport:
    id: str  # a UUID, the public handle
    file_format: str  # one of FORMATS
    unit: str  # "kg" or "lb": weights in files that do not name their unit
    skip_invalid: bool
    text: str
    created_at: datetime

    @property
    def expires_at(self) -> datetime:
        return self.created_at + PENDING_LIFETIME

    def expired(self, now: datetime) -> bool:
        return now >= self.expires_at


def check_format(value: str) -> str:
    chosen = value.strip().lower()
    if chosen not in FORMATS:
        raise FieldError("format", value, f"must be one of {', '.join(FORMATS)}")
    return chosen


def check_unit(value: str) -> str:
    chosen = value.strip().lower()
    if chosen not in ("kg", "lb"):
        raise FieldError("unit", value, "must be kg or lb")
    return chosen


def check_upload_text(text: str) -> str:
    """The uploaded file's text (decoded by the entrypoint); refuses an empty file."""
    if not text.strip():
        raise FieldError("file", "(empty)", "must be a CSV export with at least a header row")
    return text
