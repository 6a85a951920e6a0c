"""Weigh-ins read from a scale's or tracker's export, and the plan of what importing them adds.

The rules are those of training imports: a file with unreadable rows is refused (naming them)
unless the person asks to skip them; a weigh-in at a moment already logged is a duplicate and is
skipped, so importing the same file again adds nothing; the plan is shown before anything is
stored, and storing is all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, tzinfo

from backstrong.domain.body.trend import WeightEntry
from backstrong.domain.file_rows import (
    FilePlan,
    ParsedFile,
    RowsRejected,
    split_new,
)
from backstrong.domain.file_rows import RowProblem as RowProblem

FORMATS = ("withings", "fitbit", "myfitnesspal", "apple-health", "generic")
MIN_KG, MAX_KG = 20.0, 400.0  # a weigh-in outside these is a misread column, not a person


class ParsedWeighIns(ParsedFile[WeightEntry]):
    """The weigh-ins a file held (see ``ParsedFile``)."""

    __slots__ = ()


class WeighInsRejected(RowsRejected):
    """Rows could not be read and the person did not ask to skip them: nothing is imported."""


class WeighInPlan(FilePlan[WeightEntry]):
    """What an import would do: the weigh-ins it adds, and those it skips and why."""

    __slots__ = ()

    @property
    def first(self) -> datetime | None:
        return min((e.moment for e in self.new), default=None)

    @property
    def last(self) -> datetime | None:
        return max((e.moment for e in self.new), default=None)


def plan_weigh_ins(
    parsed: ParsedFile[WeightEntry],
    logged: Iterable[datetime],
    zone: tzinfo,
    *,
    skip_invalid: bool = False,
) -> WeighInPlan:
    """Split the file's weigh-ins into new ones and duplicates (same moment, to the second, as
    one already logged or an earlier row). Moments the file gives without an offset are in
    ``zone`` (the person's). Raises WeighInsRejected for unreadable rows unless
    ``skip_invalid``."""
    placed = [
        entry if entry.moment.tzinfo else replace(entry, at=entry.moment.replace(tzinfo=zone))
        for entry in parsed.entries
    ]
    new, duplicates = split_new(
        ParsedFile(parsed.source, tuple(placed), parsed.problems),
        {_key(moment, zone) for moment in logged},
        lambda entry: _key(entry.moment, zone),
        WeighInsRejected,
        skip_invalid=skip_invalid,
    )
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
