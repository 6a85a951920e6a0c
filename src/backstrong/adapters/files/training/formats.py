"""One entry point for the training import's file formats, with "auto" recognising the app."""

from __future__ import annotations

from dataclasses import replace
from typing import TextIO

from backstrong.adapters.files.training.csv_table import as_source
from backstrong.adapters.files.training.generic_csv import parse_generic_csv
from backstrong.adapters.files.training.hevy import parse_hevy_csv
from backstrong.adapters.files.training.strong import parse_strong_csv
from backstrong.domain.training.imported import ParsedImport
from backstrong.domain.units import MassUnit

NOT_RECOGNISED = (
    "not an export Backstrong recognises: choose Strong, Hevy or the generic CSV (its header"
    " needs at least date and exercise)"
)


def _header_refused(parsed: ParsedImport) -> bool:
    return not parsed.workouts and any(e.field == "header" for e in parsed.errors)


def read_training_file(text: str | TextIO, file_format: str, unit: MassUnit) -> ParsedImport:
    """``text`` (or a text stream) read as ``file_format`` ("strong", "hevy", "csv", or "auto":
    Strong, then Hevy, then the generic layout, whichever recognises the header)."""
    source = as_source(text)  # the header is tried by each parser, the rows read by one
    if file_format == "strong":
        return parse_strong_csv(source, unit=unit)
    if file_format == "hevy":
        return parse_hevy_csv(source)
    if file_format == "csv":
        return parse_generic_csv(source, unit=unit)
    strong = parse_strong_csv(source, unit=unit)
    if not _header_refused(strong):
        return strong
    hevy = parse_hevy_csv(source)
    if not _header_refused(hevy):
        return hevy
    generic = parse_generic_csv(source, unit=unit)
    if not _header_refused(generic):
        return generic
    refused = next(e for e in generic.errors if e.field == "header")
    return ParsedImport("unknown", (), (replace(refused, message=NOT_RECOGNISED),))
