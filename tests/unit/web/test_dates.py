"""Dates on the pages: one format, in the reader's language (Accept-Language)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from starlette.requests import Request

from backstrong.entrypoints.web.dates import format_day, format_time_of_day, request_locale


def _request(accept_language: str | None) -> Request:
    headers = [] if accept_language is None else [(b"accept-language", accept_language.encode())]
    return Request({"type": "http", "headers": headers, "method": "GET", "path": "/"})


def test_a_date_reads_the_way_each_language_writes_it():
    day = date(2026, 12, 1)
    assert format_day(day, request_locale(_request("en-US"))) == "Tue, Dec 1, 2026"
    assert format_day(day, request_locale(_request("en-GB,en;q=0.8"))) == "Tue, 1 Dec 2026"
    assert format_day(day, request_locale(_request("de-DE,de;q=0.9"))) == "Di., 1. Dez. 2026"


def test_the_most_preferred_known_language_wins():
    assert str(request_locale(_request("xx-YY, fr;q=0.4, nl;q=0.9"))) == "nl"


def test_no_or_unknown_language_falls_back_to_british_english():
    assert str(request_locale(_request(None))) == "en_GB"
    assert str(request_locale(_request("*, zz;q=abc"))) == "en_GB"


def test_a_moment_shows_its_day():
    moment = datetime(2026, 3, 2, 7, 15, tzinfo=UTC)
    assert format_day(moment, request_locale(_request("en-GB"))) == "Mon, 2 Mar 2026"


def test_a_time_of_day_uses_the_languages_own_clock_in_the_moments_zone():
    moment = datetime(2026, 3, 2, 17, 5, tzinfo=UTC)
    assert format_time_of_day(moment, request_locale(_request("en-US"))) == "5:05\u202fPM"
    assert format_time_of_day(moment, request_locale(_request("en-GB"))) == "17:05"
    assert format_time_of_day(moment, request_locale(_request("de"))) == "17:05"
