"""One way to show a date on every page: in the reader's language, from their browser's
Accept-Language (Babel's CLDR data), e.g. "Tue, Dec 1, 2026" (en-US), "Tue, 1 Dec 2026" (en-GB),
"Di., 1. Dez. 2026" (de). Templates write ``{{ some_date|day }}``, and ``{{ moment|time }}`` for
the time of day ("5:05 PM" en-US, "17:05" en-GB)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton, format_time
from fastapi import Request
from jinja2 import pass_context
from jinja2.runtime import Context

DEFAULT_LOCALE = Locale.parse("en_GB")
DAY_SKELETON = "yMMMEd"  # weekday, day, short month, year; each language orders them its own way
MAX_LANGUAGES = 8


def request_locale(request: Request | None) -> Locale:
    """The first language of Accept-Language that CLDR knows, by the browser's order of
    preference (its q-values); British English when none is given or known."""
    header = request.headers.get("accept-language", "") if request is not None else ""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")[:MAX_LANGUAGES]):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                continue
        if tag and tag != "*":
            ranked.append((-weight, position, tag))
    for _, _, tag in sorted(ranked):
        try:
            return Locale.parse(tag, sep="-")
        except (ValueError, UnknownLocaleError):
            continue
    return DEFAULT_LOCALE


def format_day(value: date | datetime, locale: Locale, skeleton: str = DAY_SKELETON) -> str:
    if isinstance(value, datetime):
        value = value.date()
    return format_skeleton(skeleton, value, locale=locale)


def format_time_of_day(value: datetime, locale: Locale) -> str:
    """The time of day as the language writes it, in the moment's own time zone (CLDR's short
    time: its 12- or 24-hour clock)."""
    return format_time(value, "short", locale=locale)


def _locale(context: Context) -> Locale:
    request: Any = context.get("request")
    return context.get("locale") or request_locale(request)


@pass_context
def day_filter(
    context: Context, value: date | datetime | None, skeleton: str = DAY_SKELETON
) -> str:
    """``{{ d|day }}``: the date in the reader's language ("" for none). A CLDR skeleton picks
    fewer parts, each language ordering them its own way: ``{{ d|day("yMMMM") }}`` for a month
    ("December 2026"), ``{{ d|day("MMMMd") }}`` for a day of it."""
    if value is None:
        return ""
    return format_day(value, _locale(context), skeleton)


@pass_context
def time_filter(context: Context, value: datetime | None) -> str:
    """``{{ moment|time }}``: its time of day in the reader's language ("" for none)."""
    if value is None:
        return ""
    return format_time_of_day(value, _locale(context))
