"""Values no field can hold get a 422 naming the field, never a 500, on SQLite and PostgreSQL:
NaN and ±Infinity, lone surrogates, NUL characters, dates in year 1 or 9999 or before 1900, a
number of seconds for a date, and true/false where a number goes. Nothing is stored."""

from __future__ import annotations

import json
import math

import pytest

from tests.e2e.conftest import api_token, bearer

SET = {"id": "3f2b6c1e-8a4d-4e8a-9c61-2d1f0b7a5e43", "exercise_id": "deadlift", "reps": 5}
FOOD = {"name": "Rye toast", "kcal": 250}
EXERCISE = {"name": "Wall angel", "kind": "strength", "pattern": "bridge",
            "primary_muscles": ["glutes"]}  # fmt: skip

HOSTILE_BODIES = [
    ("/api/v1/sets", {**SET, "reps": math.nan}, ("reps",)),
    ("/api/v1/sets", {**SET, "load": {"value": math.inf, "unit": "kg"}}, ("load", "value")),
    ("/api/v1/sets", {**SET, "rpe": -math.inf}, ("rpe",)),
    ("/api/v1/sets", {**SET, "load": {"value": "inf", "unit": "kg"}}, ("load", "value")),
    ("/api/v1/sets", {**SET, "rpe": "nan"}, ("rpe",)),
    ("/api/v1/sets", {**SET, "notes": "a\ud800b"}, ("notes",)),
    ("/api/v1/sets", {**SET, "notes": "a\x00b"}, ("notes",)),
    ("/api/v1/sets", {**SET, "exercise_id": "dead\x00lift"}, ("exercise_id",)),
    ("/api/v1/sets", {**SET, "reps": True}, ("reps",)),
    ("/api/v1/sets", {**SET, "performed_at": 0}, ("performed_at",)),
    ("/api/v1/sets", {**SET, "performed_at": "0001-01-01T00:00:00+01:00"}, ("performed_at",)),
    ("/api/v1/sets", {**SET, "performed_at": "9999-12-31T23:59:00-05:00"}, ("performed_at",)),
    ("/api/v1/sets", {**SET, "performed_at": "1899-12-31T12:00:00Z"}, ("performed_at",)),
    ("/api/v1/quick-entries", {"text": "deadlift 5x5@60kg", "performed_at": 0}, ("performed_at",)),
    ("/api/v1/sessions", {"started_at": "0001-01-01T08:00:00Z"}, ("started_at",)),
    ("/api/v1/sessions", {"pain_before": True}, ("pain_before",)),
    ("/api/v1/sessions", {"title": "\x00"}, ("title",)),
    ("/api/v1/weights", {"weight": math.nan}, ("weight",)),
    ("/api/v1/weights", {"weight": "80 kg", "date": "0001-01-01"}, ("date",)),
    ("/api/v1/weights", {"weight": "80 kg", "date": "9999-12-31"}, ("date",)),
    ("/api/v1/weights", {"weight": "80 kg", "measured_at": 0}, ("measured_at",)),
    ("/api/v1/weights", {"weight": "80 kg", "body_fat_percent": True}, ("body_fat_percent",)),
    ("/api/v1/diary", {"text": "2 eggs", "date": "9999-12-31"}, ("date",)),
    ("/api/v1/diary", {"text": "2 eggs\x00"}, ("text",)),
    ("/api/v1/diary", {"barcode": "3017620422003", "grams": math.inf}, ("grams",)),
    ("/api/v1/diary/lines", {"text": "2 eggs", "date": "1899-01-01"}, ("date",)),
    ("/api/v1/foods", {**FOOD, "kcal": math.nan}, ("kcal",)),
    ("/api/v1/foods", {**FOOD, "kcal": True}, ("kcal",)),
    ("/api/v1/foods", {**FOOD, "name": "toast\ud83d"}, ("name",)),
    ("/api/v1/exercises", {**EXERCISE, "name": "Wall\x00angel"}, ("name",)),
    ("/api/v1/exercises", {**EXERCISE, "aliases": ["ok", "\udfff"]}, ("aliases", 1)),
    (
        "/api/v1/weight/projection",
        {"sex": "female", "age": 35, "height": 168, "weight": math.inf},
        ("weight",),
    ),
]


def _post(client, token: str, path: str, body: object):
    # json.dumps writes NaN/Infinity literals and \ud800 escapes, as a hostile client would
    raw = json.dumps(body)
    headers = {**bearer(token), "content-type": "application/json"}
    return client.post(path, content=raw.encode(), headers=headers)


def _named(response, field: tuple[object, ...]) -> bool:
    return any(
        tuple(item["loc"][1 : 1 + len(field)]) == field for item in response.json()["detail"]
    )


@pytest.mark.parametrize(("path", "body", "field"), HOSTILE_BODIES)
def test_a_hostile_value_gets_a_422_naming_its_field(client, path, body, field):
    token = api_token(client, "ada@example.org")
    response = _post(client, token, path, body)
    assert response.status_code == 422, response.text
    assert _named(response, field), response.text


def test_nothing_of_the_refused_requests_is_stored(client):
    token = api_token(client, "ada@example.org")
    for path, body, _ in HOSTILE_BODIES:
        assert _post(client, token, path, body).status_code == 422
    assert client.get("/api/v1/sets", headers=bearer(token)).json()["items"] == []
    assert client.get("/api/v1/weights", headers=bearer(token)).json()["items"] == []
    assert client.get("/api/v1/sessions", headers=bearer(token)).json()["items"] == []


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/v1/exercises?q=dead%00lift", ("query", "q")),
        ("/api/v1/foods?q=%ED%A0%80", ("query", "q")),
        ("/api/v1/exercises/dead%00lift", ("path",)),
        ("/api/v1/foods/barcode/301%007", ("path",)),
        ("/api/v1/diary/days/9999-12-31", ("path", "day")),
        ("/api/v1/diary/days/0001-01-01", ("path", "day")),
        ("/api/v1/sets?from=0001-01-01", ("query", "from")),
        ("/api/v1/sessions?to=9999-12-31", ("query", "to")),
        ("/api/v1/diary?date=9999-12-31", ("query", "date")),
    ],
)
def test_a_hostile_query_or_path_gets_a_422_naming_it(client, url, field):
    token = api_token(client, "ada@example.org")
    response = client.get(url, headers=bearer(token))
    assert response.status_code == 422, response.text
    assert any(tuple(item["loc"][: len(field)]) == field for item in response.json()["detail"])


def test_a_body_that_is_not_utf8_gets_a_422(client):
    token = api_token(client, "ada@example.org")
    headers = {**bearer(token), "content-type": "application/json"}
    response = client.post("/api/v1/sets", content=b'{"notes": "\xff\xfe"}', headers=headers)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body"]


def test_a_date_of_today_and_of_1900_is_still_accepted(client):
    token = api_token(client, "ada@example.org")
    oldest = _post(client, token, "/api/v1/weights", {"weight": "80 kg", "date": "1900-01-01"})
    assert oldest.status_code == 201, oldest.text
    today = _post(client, token, "/api/v1/sets", SET)
    assert today.status_code == 201, today.text
