"""Rows of an imported file that could not be read, as every importer (workouts, weigh-ins, food
diaries) reports them: each names its row, field and value, and a refused file lists the first
few. Also what the one-entry-a-row importers (weigh-ins, food diaries) share: the parsed file,
the plan of what importing it adds and skips, and the split of new entries from duplicates."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

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


class RowsRejected(ValueError):
    """Rows could not be read and the person did not ask to skip them: nothing is imported."""

    def __init__(self, problems: tuple[RowProblem, ...]) -> None:
        self.problems = problems
        super().__init__(refusal_message(problems, "unreadable"))


@dataclass(frozen=True, slots=True)
class ParsedFile(Generic[T]):
    """What a file held: its layout, the entries read, the rows that could not be, and what the
    reading had to guess (``warnings``: read, but worth a look)."""

    source: str
    entries: tuple[T, ...]
    problems: tuple[RowProblem, ...] = ()
    warnings: tuple[RowProblem, ...] = ()


@dataclass(frozen=True, slots=True)
class FilePlan(Generic[T]):
    """What importing a file would do: the entries it adds, those it skips as already there,
    the rows it leaves out unread, and its warnings."""

    source: str
    new: tuple[T, ...]
    duplicates: tuple[T, ...]
    skipped_rows: tuple[RowProblem, ...]
    warnings: tuple[RowProblem, ...] = ()

    @property
    def added_count(self) -> int:
        return len(self.new)

    @property
    def duplicate_count(self) -> int:
        return len(self.duplicates)

    @property
    def skipped_texts(self) -> tuple[str, ...]:
        return tuple(str(problem) for problem in self.skipped_rows)

    @property
    def warning_texts(self) -> tuple[str, ...]:
        return tuple(str(warning) for warning in self.warnings)


def split_new(
    parsed: ParsedFile[T],
    known: Iterable[Hashable],
    key: Callable[[T], Hashable],
    rejected: type[RowsRejected],
    *,
    skip_invalid: bool,
) -> tuple[list[T], list[T]]:
    """The file's entries split into new ones and duplicates (a key already ``known``, or met
    on an earlier row). Raises ``rejected`` for unreadable rows unless ``skip_invalid``."""
    if parsed.problems and not skip_invalid:
        raise rejected(parsed.problems)
    seen = set(known)
    new: list[T] = []
    duplicates: list[T] = []
    for entry in parsed.entries:
        found = key(entry)
        (duplicates if found in seen else new).append(entry)
        seen.add(found)
    return new, duplicates
