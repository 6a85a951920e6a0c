"""Rows of an imported file that could not be read, as every importer (workouts, weigh-ins)
reports them: each names its row, field and value, and a refused file lists the first few."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SHOWN_ROWS = 5  # a refusal names this many unreadable rows, then counts the rest


@dataclass(frozen=True, slots=True)
class RowProblem:
    row_number: int  # header = 1 (a file without one, e.g. Apple Health: the record's position)
    field: str  # the column as named in the file, or "row" / "header"
    value: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row_number}, {self.field} '{self.value}': {self.message}"


def refusal_message(problems: Sequence[RowProblem], skipped: str) -> str:
    """Why nothing was imported: the first rows that could not be read, and how to go on
    (``skipped``: how the skip option calls those rows, e.g. "invalid")."""
    shown = "; ".join(str(problem) for problem in problems[:SHOWN_ROWS])
    extra = len(problems) - SHOWN_ROWS
    more = f" (and {extra} more)" if extra > 0 else ""
    return (
        f"{len(problems)} row(s) could not be read, nothing was imported: {shown}{more}. "
        f"Fix them, or import again skipping {skipped} rows."
    )
