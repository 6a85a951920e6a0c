"""Weigh-ins read from a scale's or tracker's export, and the plan of what importing them adds.

The rules are those of training imports: a file with unreadable rows is refused (naming them)
unless the person asks to skip them; a weigh-in at a moment already logged is a duplicate and is
skipped, so importing the same file again adds nothing; the plan is shown before anything is
stored, and storing is all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo

from backstrong.domain.body.trend import WeightEntry
from backstrong.domain.file_rows import RowProblem as RowProblem
from backstrong.domain.file_rows import refusal_message

FORMATS = ("withings", "fitbit", "myfitnesspal", "apple-health", "generic")
MIN_KG, MAX_KG = 20.0, 400.0  # a weigh-in outside these is a misread column, not a person


@dataclass(frozen=True, slots=True)
class ParsedWeighIns:
    """What a file held: its layout, the weigh-ins read, the rows that could not be, and what
    the reading had to guess (``warnings``: read, but worth a look)."""

    source: str
    entries: tuple[WeightEntry, ...]
    problems: tuple[RowProblem, ...] = ()
    warnings: tuple[RowProblem, ...] = ()


class WeighInsRejected(ValueError):
    """Rows could not be read and the person did not ask to skip them: nothing is imported."""

    def __init__(self, problems: tuple[RowProblem, ...]) -> None:
        self.problems = problems
        super().__init__(refusal_message(problems, "unreadable"))


@dataclass(frozen=True, slots=True)
class WeighInPlan:
    """What an import would do: the weigh-ins it adds, and those it skips and why."""

    source: str
    new: tuple[WeightEntry, ...]
    duplicates: tuple[WeightEntry, ...]
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

    @property
    def first(self) -> datetime | None:
        return min((e.moment for e in self.new), default=None)

    @property
    def last(self) -> datetime | None:
        return max((e.moment for e in self.new), default=None)


def plan_weigh_ins(
    parsed: ParsedWeighIns,
    logged: Iterable[datetime],
    zone: tzinfo,
    *,
    skip_invalid: bool = False,
) -> WeighInPlan:
    """Split the file's weigh-ins into new ones and duplicates (same moment, to the second, as
    one already logged or an earlier row). Moments the file gives without an offset are in
    ``zone`` (the person's). Raises WeighInsRejected for unreadable rows unless
    ``skip_invalid``."""
    if parsed.problems and not skip_invalid:
        raise WeighInsRejected(parsed.problems)
    seen = {_key(moment, zone) for moment in logged}
    new: list[WeightEntry] = []
    duplicates: list[WeightEntry] = []
    for entry in parsed.entries:
        moment = entry.moment if entry.moment.tzinfo else entry.moment.replace(tzinfo=zone)
        placed = replace(entry, at=moment)
        key = _key(moment, zone)
        (duplicates if key in seen else new).append(placed)
        seen.add(key)
    return WeighInPlan(
        parsed.source, tuple(new), tuple(duplicates), parsed.problems, parsed.warnings
    )


def _key(moment: datetime, zone: tzinfo) -> datetime:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=zone)
    return aware.astimezone(UTC).replace(microsecond=0)


def as_generic_csv(entries: Iterable[WeightEntry]) -> str:
    """Weigh-ins in the generic layout, moments with their offset and weights in kg: what a
    reviewed plan is carried as until the person confirms it."""
    lines = ["date,weight (kg),body_fat"]
    for entry in entries:
        fat = "" if entry.body_fat_percent is None else f"{entry.body_fat_percent:g}"
        lines.append(f"{entry.moment.isoformat()},{entry.weight_kg:.3f},{fat}")
    return "\n".join(lines) + "\n"
