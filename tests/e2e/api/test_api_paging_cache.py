"""Lists come a page at a time in one envelope; the exercise library is answered from a cached
copy with a strong ETag (304 when unchanged), compressed, and personal copies stay personal."""

from __future__ import annotations

import gzip
import uuid

from tests.e2e.conftest import api_token, bearer, sign_up_in_browser

MOVE = {
    "name": "Wall angel",
    "kind": "mobility",
    "pattern": "spinal-mobility",
    "level": "beginner",
    "primary_muscles": ["trapezius"],
    "dosage": {"sets": 2, "reps": [8, 10], "rest_seconds": 30},
    "instructions": ["Stand with your back to a wall.", "Slide the arms up.", "Slide down."],
}


def test_the_library_comes_a_page_at_a_time(client):
    first = client.get("/api/v1/exercises", params={"limit": 10}).json()
    assert set(first) == {"items", "total", "limit", "offset", "next"}
    assert len(first["items"]) == 10
    assert first["total"] > 10
    assert (first["limit"], first["offset"]) == (10, 0)
    assert first["next"] == "/api/v1/exercises?limit=10&offset=10"
    second = client.get(first["next"]).json()
    assert {i["id"] for i in first["items"]}.isdisjoint(i["id"] for i in second["items"])
    last = client.get("/api/v1/exercises", params={"limit": 10, "offset": first["total"] - 3})
    assert len(last.json()["items"]) == 3
    assert last.json()["next"] is None


def test_the_default_page_is_fifty_and_filters_stay_in_next(client):
    page = client.get("/api/v1/exercises").json()
    assert page["limit"] == 50 and len(page["items"]) == min(50, page["total"])
    narrowed = client.get("/api/v1/exercises", params={"kind": "strength", "limit": 2}).json()
    assert "kind=strength" in narrowed["next"]


def test_a_page_too_large_or_a_negative_offset_is_a_clear_422(client):
    for params in ({"limit": 201}, {"limit": 0}, {"offset": -1}):
        response = client.get("/api/v1/exercises", params=params)
        assert response.status_code == 422, params
        (error,) = response.json()["detail"]
        assert error["loc"][-1] in params


def test_an_unchanged_library_answers_304_to_its_etag(client):
    first = client.get("/api/v1/exercises")
    etag = first.headers["etag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    assert "public" in first.headers["cache-control"]
    again = client.get("/api/v1/exercises", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    other_page = client.get("/api/v1/exercises?offset=50", headers={"If-None-Match": etag})
    assert other_page.status_code == 200


def test_large_bodies_are_gzipped_when_asked(client):
    response = client.get(
        "/api/v1/exercises", headers={"Accept-Encoding": "gzip"}, params={"limit": 20}
    )
    assert response.headers["content-encoding"] == "gzip"
    raw = client.get(
        "/api/v1/exercises", headers={"Accept-Encoding": "identity"}, params={"limit": 20}
    )
    assert "content-encoding" not in raw.headers
    assert raw.json() == response.json()
    assert len(gzip.compress(raw.content)) < len(raw.content) / 2


def test_a_personal_copy_changes_with_their_exercises_and_is_theirs(client):
    owner = bearer(api_token(client, "owner@example.com"))
    other = bearer(api_token(client, "other@example.com"))
    before = client.get("/api/v1/exercises", params={"limit": 200}, headers=owner)
    assert before.headers["cache-control"] == "private, no-cache"
    assert client.post("/api/v1/exercises", json=MOVE, headers=owner).status_code == 201
    stale = {"If-None-Match": before.headers["etag"], **owner}
    after = client.get("/api/v1/exercises", params={"limit": 200}, headers=stale)
    assert after.status_code == 200
    assert "wall-angel" in {item["id"] for item in after.json()["items"]}
    theirs = client.get("/api/v1/exercises", params={"limit": 200}, headers=other)
    assert "wall-angel" not in {item["id"] for item in theirs.json()["items"]}
    anonymous = client.get("/api/v1/exercises", params={"limit": 200})
    assert "wall-angel" not in {item["id"] for item in anonymous.json()["items"]}


def test_a_page_a_visitor_cached_stays_shared_and_tokens_are_still_checked(client):
    visitor = client.get("/api/v1/exercises", params={"limit": 5})
    again = client.get("/api/v1/exercises", params={"limit": 5})
    assert again.content == visitor.content and again.headers["etag"] == visitor.headers["etag"]
    assert again.headers["cache-control"] == "public, max-age=300"
    owner = bearer(api_token(client, "owner@example.com"))
    theirs = client.get("/api/v1/exercises", params={"limit": 5}, headers=owner)
    assert theirs.headers["cache-control"] == "private, no-cache"
    refused = client.get("/api/v1/exercises", params={"limit": 5}, headers=bearer("not-a-token"))
    assert refused.status_code == 401


def test_weigh_ins_come_newest_first(client):
    headers = bearer(api_token(client, "weigh@example.com"))
    for day in ("2026-01-01", "2026-01-03", "2026-01-02"):
        made = client.post("/api/v1/weights", json={"weight": 70, "date": day}, headers=headers)
        assert made.status_code == 201, made.text
    page = client.get("/api/v1/weights", params={"limit": 2}, headers=headers).json()
    assert [w["measured_at"][:10] for w in page["items"]] == ["2026-01-03", "2026-01-02"]
    assert page["total"] == 3 and page["next"] is not None


def test_the_red_flag_questions_answer_304_to_their_etag(client):
    first = client.get("/api/v1/programs/red-flags")
    assert isinstance(first.json(), list) and first.json()
    again = client.get(
        "/api/v1/programs/red-flags", headers={"If-None-Match": first.headers["etag"]}
    )
    assert again.status_code == 304


def test_hand_written_static_files_are_revalidated_by_etag(client):
    first = client.get("/static/app.css")
    assert first.status_code == 200
    assert first.headers["cache-control"] == "no-cache"
    again = client.get("/static/app.css", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304


def test_pages_over_a_kilobyte_are_gzipped(client):
    response = client.get("/login", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers.get("content-encoding") == "gzip"


def test_browsers_that_take_brotli_get_brotli(client):
    # httpx decodes brotli itself: the header says what came over the wire
    listing = client.get("/api/v1/exercises", headers={"Accept-Encoding": "gzip, deflate, br"})
    assert listing.headers["content-encoding"] == "br"
    plain = client.get("/api/v1/exercises", headers={"Accept-Encoding": "identity"})
    assert listing.json() == plain.json()
    page = client.get("/login", headers={"Accept-Encoding": "gzip, deflate, br"})
    assert page.headers["content-encoding"] == "br"
    assert "<form" in page.text


def test_an_unchanged_page_answers_304_to_its_etag(client):
    first = client.get("/exercises/bridge")
    assert first.status_code == 200
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "no-cache"  # nobody signed in: revalidate
    again = client.get("/exercises/bridge", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    other = client.get("/exercises/squat", headers={"If-None-Match": etag})
    assert other.status_code == 200


def test_signed_in_pages_are_never_stored_even_with_an_etag(client):
    sign_up_in_browser(client, "pages@example.com")
    page = client.get("/today")
    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-store"


def _log(client, auth, reps):
    body = {"id": str(uuid.uuid4()), "exercise_id": "bridge", "reps": reps}
    created = client.post("/api/v1/sets", json=body, headers=auth)
    assert created.status_code == 201, created.text
    return created.json()["id"]


def _history(client, auth, etag=None):
    headers = {**auth, **({"If-None-Match": etag} if etag else {})}
    return client.get("/api/v1/sets", params={"limit": 50}, headers=headers)


def test_a_history_page_answers_304_until_a_set_is_added_or_deleted(client):
    owner = bearer(api_token(client, "owner@example.com"))
    first = _log(client, owner, 10)
    page = _history(client, owner)
    assert page.headers["cache-control"] == "private, no-cache"
    assert _history(client, owner, page.headers["etag"]).status_code == 304
    # reading the history figures builds the stored summaries: the page's stamp then comes from
    # them, and still says the log is unchanged
    assert client.get("/api/v1/records", headers=owner).status_code == 200
    assert _history(client, owner, page.headers["etag"]).status_code == 304

    second = _log(client, owner, 12)
    grown = _history(client, owner, page.headers["etag"])
    assert grown.status_code == 200
    assert [s["id"] for s in grown.json()["items"]] == [second, first]
    assert client.delete(f"/api/v1/sets/{first}", headers=owner).status_code == 204
    third = _log(client, owner, 14)  # as many sets as before the delete, other content
    swapped = _history(client, owner, grown.headers["etag"])
    assert swapped.status_code == 200
    assert [s["id"] for s in swapped.json()["items"]] == [third, second]


def test_a_history_page_is_only_ever_its_owners(client):
    owner = bearer(api_token(client, "owner@example.com"))
    other = bearer(api_token(client, "other@example.com"))
    _log(client, owner, 10)
    mine = _history(client, owner)
    assert len(mine.json()["items"]) == 1
    theirs = _history(client, other, mine.headers["etag"])
    assert theirs.status_code == 200 and theirs.json()["items"] == []
    assert _history(client, {}).status_code == 401


def test_a_bad_history_query_is_a_422_naming_the_parameter(client):
    owner = bearer(api_token(client, "owner@example.com"))
    for params, name in (({"limit": 0}, "limit"), ({"from": "yesterday"}, "from")):
        response = client.get("/api/v1/sets", params=params, headers=owner)
        assert response.status_code == 422, params
        (error,) = response.json()["detail"]
        assert error["loc"] == ["query", name] and error["input"] == str(params[name])
    listed = client.get("/api/openapi.json").json()["paths"]["/api/v1/sets"]["get"]["parameters"]
    assert {p["name"] for p in listed} == {
        "limit",
        "offset",
        "exercise_id",
        "session_id",
        "from",
        "to",
    }
    assert all(p["in"] == "query" and not p["required"] for p in listed)


def test_records_are_kept_until_a_set_changes_them_and_follow_the_display_unit(client):
    owner = bearer(api_token(client, "owner@example.com"))
    body = {
        "id": str(uuid.uuid4()),
        "exercise_id": "deadlift",
        "reps": 5,
        "load": {"value": 100, "unit": "kg"},
    }
    assert client.post("/api/v1/sets", json=body, headers=owner).status_code == 201
    first = client.get("/api/v1/records", headers=owner)
    again = client.get("/api/v1/records", headers={"If-None-Match": first.headers["etag"], **owner})
    assert again.status_code == 304
    heavier = {**body, "id": str(uuid.uuid4()), "load": {"value": 120, "unit": "kg"}}
    assert client.post("/api/v1/sets", json=heavier, headers=owner).status_code == 201
    grown = client.get("/api/v1/records", headers={"If-None-Match": first.headers["etag"], **owner})
    assert grown.status_code == 200 and grown.json() != first.json()
    assert "120" in grown.text
    in_pounds = client.get("/api/v1/records", params={"unit": "lb"}, headers=owner)
    assert in_pounds.status_code == 200 and in_pounds.json() != grown.json()
    assert client.patch("/api/v1/me", json={"unit": "lb"}, headers=owner).status_code == 200
    shown = client.get("/api/v1/records", headers={"If-None-Match": grown.headers["etag"], **owner})
    assert shown.status_code == 200 and shown.json() == in_pounds.json()
