"""Read weigh-ins from the exports of common scales and trackers.

- Withings (``weight.csv``): ``Date,"Weight (kg)","Fat mass (kg)",…``; the unit is in the header
  and body fat is given as a mass, turned into a percentage here. The headers follow the account's
  language (``"Gewicht (kg)","Fettmasse (kg)"`` in German); see :data:`WEIGHT_WORDS`.
- Fitbit (account export CSV): a ``Body`` section with ``Date,Weight,BMI,Fat``.
- MyFitnessPal (measurement export): ``Date,Body Fat %,Weight`` (either column order).
- Apple Health (``export.xml``): ``Record`` elements of type HKQuantityTypeIdentifierBodyMass,
  with body fat from HKQuantityTypeIdentifierBodyFatPercentage at the same moment.
- Generic: ``date,weight[,body_fat]``.

Files that carry no unit (Fitbit, MyFitnessPal, generic) are in ``unit`` (the person's).
Numeric dates such as 03/04/2026 are read one way for the whole file: day first when some date
of the file can only be day first (25/04/2026), month first otherwise, with a warning naming
the first date that reads both ways.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import BinaryIO, TextIO

from defusedxml.ElementTree import iterparse

from backstrong.adapters.files.headers import unit_header
from backstrong.adapters.files.text_input import text_stream, undecodable
from backstrong.domain.body.trend import WeightEntry
from backstrong.domain.body.weigh_in_import import (
    FORMATS,
    MAX_KG,
    MIN_KG,
    ParsedWeighIns,
    RowProblem,
)
from backstrong.domain.errors import FieldError
from backstrong.domain.units import convert

BODY_MASS = "HKQuantityTypeIdentifierBodyMass"
BODY_FAT = "HKQuantityTypeIdentifierBodyFatPercentage"
_DAYS = {"any": ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y"), "mdy": ("%m-%d-%Y", "%m/%d/%Y"),
         "dmy": ("%d-%m-%Y", "%d/%m/%Y")}  # fmt: skip
_TIMES = ("", " %H:%M", " %H:%M:%S")
_UNITS = {"kg": "kg", "kgs": "kg", "lb": "lb", "lbs": "lb"}
# Withings' header words by language, lower case: English and German are confirmed by real
# exports; the others are Withings' likely wording.
WEIGHT_WORDS = frozenset({"weight", "gewicht", "poids", "peso"})
FAT_MASS_WORDS = frozenset({"fat mass", "fettmasse", "masse grasse", "masa grasa", "massa grassa"})
_HEAD_LINES = 50  # a Fitbit export's Body section starts within these


def read_weigh_ins(
    data: bytes | BinaryIO, fmt: str | None = None, unit: str = "kg", name: str = "file"
) -> ParsedWeighIns:
    """The weigh-ins in ``data`` (bytes, or a seekable binary file read from its start as a
    stream); ``fmt`` names the layout (guessed from the content when None). Raises FieldError
    for a file of no known layout, or whose bytes fit no text encoding."""
    if fmt is not None and fmt not in FORMATS:
        raise FieldError("format", fmt, "use one of " + ", ".join(FORMATS))
    binary = io.BytesIO(data) if isinstance(data, bytes) else data
    binary.seek(0)
    head = binary.read(2000).lstrip()
    binary.seek(0)
    if fmt == "apple-health" or (fmt is None and head.startswith(b"<?xml")):
        return _apple_health(binary)
    stream = text_stream(binary, name)
    try:
        return _csv_file(stream, fmt, unit)
    except UnicodeDecodeError as error:
        raise undecodable(error, name, "in the file") from None
    finally:
        stream.detach()


def _csv_file(stream: TextIO, fmt: str | None, unit: str) -> ParsedWeighIns:
    """The rows of a CSV export, read as they come; a Fitbit export's Body section alone."""
    head = list(itertools.islice(stream, _HEAD_LINES))
    start = next((i + 1 for i, line in enumerate(head) if line.strip() == "Body"), 0)
    lines: Iterator[str] = itertools.chain(head[start:], stream)
    if start:  # a Fitbit export: the Body section ends at the first blank line
        lines = itertools.takewhile(lambda line: bool(line.strip()), lines)
    rows = csv.reader(lines)
    first = next(rows, None)
    if not first:
        raise FieldError("file", "", "the file is empty")
    header = [cell.strip().removeprefix("\ufeff") for cell in first]
    source = fmt or _guess(header, start > 0)
    return _csv(source, header, rows, unit, start + 1)


def _guess(header: list[str], has_body_section: bool) -> str:
    lowered = [cell.casefold() for cell in header]
    if any(_unit_header(cell, WEIGHT_WORDS) for cell in lowered):
        return "withings"
    if has_body_section or lowered[:4] == ["date", "weight", "bmi", "fat"]:
        return "fitbit"
    if "body fat %" in lowered:
        return "myfitnesspal"
    if "date" in lowered and "weight" in lowered:
        return "generic"
    raise FieldError(
        "file",
        ",".join(header)[:60],
        "not a known weigh-in layout: Withings weight.csv, Fitbit, MyFitnessPal, Apple Health "
        "export.xml, or a CSV with date and weight columns",
    )


def _csv(
    source: str, header: list[str], rows: Iterable[list[str]], unit: str, first_row: int
) -> ParsedWeighIns:
    columns = {cell.casefold(): i for i, cell in enumerate(header)}
    weight_at, weight_unit = _weight_column(columns, unit)
    fat_at = next((columns[c] for c in ("body fat %", "fat", "body_fat") if c in columns), None)
    fat_mass_at = next((i for c, i in columns.items() if _unit_header(c, FAT_MASS_WORDS)), None)
    date_at = columns.get("date")
    if date_at is None:
        raise FieldError("file", ",".join(header)[:60], "no 'Date' column")
    entries: list[WeightEntry] = []
    problems: list[RowProblem] = []
    kept = []
    for number, row in enumerate(rows, start=first_row + 1):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(date_at, weight_at):
            problems.append(RowProblem(number, "row", ",".join(row)[:40], "too few columns"))
            continue
        if not row[weight_at].strip():
            continue  # a day with other measurements but no weight: nothing to weigh in, not bad
        kept.append((number, row))
    order, warnings = _date_order(kept, date_at, header[date_at])
    for number, row in kept:
        try:
            entries.append(
                _entry(row, (date_at, order), weight_at, weight_unit, fat_at, fat_mass_at)
            )
        except _Unreadable as exc:
            problems.append(RowProblem(number, header[exc.column], row[exc.column], exc.why))
    return ParsedWeighIns(source, tuple(entries), tuple(problems), warnings)


def _weight_column(columns: dict[str, int], unit: str) -> tuple[int, str]:
    for name, at in columns.items():
        header_unit = _unit_header(name, WEIGHT_WORDS)
        if header_unit:
            return at, _UNITS.get(header_unit, unit)
    if "weight" in columns:
        return columns["weight"], unit
    raise FieldError("file", ",".join(columns)[:60], "no weight column")


def _unit_header(name: str, words: frozenset[str]) -> str:
    """The unit in a header such as "weight (kg)" whose word is one of ``words``, else ""."""
    found = unit_header(name)
    return found[1] if found and found[0] in words else ""


def _date_order(
    kept: list[tuple[int, list[str]]], date_at: int, column: str
) -> tuple[str, tuple[RowProblem, ...]]:
    """The file's order for numeric dates, read by ``strptime`` both ways: "dmy" when some date
    only fits day first, else "mdy", with a warning naming the first date that fits both."""
    either: RowProblem | None = None
    for number, row in kept:
        text = row[date_at].strip()
        day_first, month_first = _fit(text, _DAYS["dmy"]), _fit(text, _DAYS["mdy"])
        if day_first is not None and month_first is None:
            return "dmy", ()
        if either is None and day_first is not None and day_first != month_first:
            why = "could be day or month first; dates like it were read month first"
            either = RowProblem(number, column, text, why)
    return "mdy", () if either is None else (either,)


def _fit(text: str, days: tuple[str, ...]) -> datetime | None:
    """``text`` read by the first of ``days`` (with or without a time) that fits, else None."""
    for day in days:
        for time in _TIMES:
            try:
                return datetime.strptime(text, day + time)
            except ValueError:
                continue
    return None


class _Unreadable(Exception):
    def __init__(self, column: int, why: str) -> None:
        self.column, self.why = column, why


def _entry(
    row: list[str],
    date: tuple[int, str],
    weight_at: int,
    unit: str,
    fat_at: int | None,
    mass_at: int | None,
) -> WeightEntry:
    date_at, order = date
    moment = _moment(row[date_at].strip(), date_at, order)
    kilograms = _kilograms(_number(row[weight_at], weight_at), unit, weight_at)
    fat: float | None = None
    if fat_at is not None and fat_at < len(row) and row[fat_at].strip():
        fat = _number(row[fat_at], fat_at)
    elif mass_at is not None and mass_at < len(row) and row[mass_at].strip():
        fat = _kilograms(_number(row[mass_at], mass_at), unit, mass_at, low=0.0) / kilograms * 100
    fat = None if fat == 0.0 else fat  # trackers write 0 for "not measured"
    if fat is not None and not 0 < fat < 80:
        raise _Unreadable(fat_at if fat_at is not None else mass_at or 0, "body fat must be 0–80 %")
    return WeightEntry(moment, kilograms, None if fat is None else round(fat, 1))


def _moment(text: str, column: int, order: str) -> datetime:
    """The moment in ``text``; numeric day-month dates in the file's ``order`` ("dmy", "mdy")."""
    try:
        return datetime.fromisoformat(text)  # the quick path: "2026-03-10 07:30:00", "2026-03-10"
    except ValueError:
        pass
    found = _fit(text, (*_DAYS["any"], *_DAYS[order]))
    if found is not None:
        return found
    raise _Unreadable(column, "not a date such as 2026-03-10 or 2026-03-10 07:30")


def _number(text: str, column: int) -> float:
    try:
        return float(text.strip().strip('"').replace(",", "."))
    except ValueError:
        raise _Unreadable(column, "not a number") from None


def _kilograms(value: float, unit: str, column: int, low: float = MIN_KG) -> float:
    kilograms = convert(value, "pound", "kilogram") if unit == "lb" else value
    if not low <= kilograms <= MAX_KG:
        raise _Unreadable(column, f"a weight must be between {MIN_KG:g} and {MAX_KG:g} kg")
    return kilograms


def _apple_health(data: BinaryIO) -> ParsedWeighIns:
    """Body mass records, each with the body fat recorded at the same moment (if any)."""
    masses: list[tuple[int, dict[str, str]]] = []
    fats: dict[str, float] = {}
    for number, attrs in enumerate(_records(data), start=1):
        if attrs.get("type") == BODY_MASS:
            masses.append((number, attrs))
        elif attrs.get("type") == BODY_FAT and attrs.get("value"):
            fats[attrs.get("startDate", "")] = float(attrs["value"]) * 100
    entries: list[WeightEntry] = []
    problems: list[RowProblem] = []
    for number, attrs in masses:
        try:
            when = datetime.strptime(attrs.get("startDate", ""), "%Y-%m-%d %H:%M:%S %z")
            unit = _UNITS.get(attrs.get("unit", "kg").casefold(), "kg")
            kilograms = _kilograms(_number(attrs.get("value", ""), 0), unit, 0)
            fat = fats.get(attrs.get("startDate", ""))
            entries.append(WeightEntry(when, kilograms, round(fat, 1) if fat else None))
        except (ValueError, _Unreadable) as exc:
            why = exc.why if isinstance(exc, _Unreadable) else "no readable startDate"
            problems.append(RowProblem(number, "Record", attrs.get("value", ""), why))
    return ParsedWeighIns("apple-health", tuple(entries), tuple(problems))


def _records(data: BinaryIO) -> Iterator[dict[str, str]]:
    """Each Record's attributes, the XML read as a stream (export.xml runs to hundreds of MB)."""
    try:
        for _, element in iterparse(data, events=("end",)):
            if element.tag == "Record":
                yield dict(element.attrib)
            element.clear()
    except Exception as exc:
        raise FieldError("file", "export.xml", f"not readable XML ({exc})") from None
