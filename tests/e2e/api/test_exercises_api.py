"""The exercise library over HTTP: open reading, custom exercises scoped to their owner."""

from __future__ import annotations

from tests.e2e.conftest import api_token, bearer

WALL_ANGEL = {
    "name": "Wall angel",
    "kind": "mobility",
    "pattern": "spinal-mobility",
    "level": "beginner",
    "primary_muscles": ["trapezius"],
    "dosage": {"sets": 2, "reps": [8, 10], "rest_seconds": 30},
    "instructions": ["Stand with your back to a wall.", "Slide the arms up.", "Slide down."],
}


def test_listing_filters_by_region_and_equipment(client):
    found = client.get("/api/v1/exercises", params={"muscle": "lower back", "equipment": "none"})
    assert found.status_code == 200
    items = found.json()["items"]
    assert items, "body-weight exercises for the lower back exist"
    for item in items:
        assert item["equipment"] == []
        assert "lower-back" in item["regions"]


def test_fuzzy_search_puts_the_best_match_first(client):
    for text, expected in [
        ("goodmorning", "good-morning"),
        ("RDL", "romanian-deadlift"),
        ("bird-dog", "bird-dog"),
        ("glute ham raise", "glute-ham-raise"),
    ]:
        items = client.get("/api/v1/exercises", params={"q": text}).json()["items"]
        assert items[0]["id"] == expected, text


def test_unknown_vocabulary_is_a_422_naming_close_names(client):
    response = client.get("/api/v1/exercises", params={"pattern": "hindge"})
    assert response.status_code == 422
    assert "hinge" in response.json()["detail"]


def test_one_exercise_has_the_documented_shape(client):
    bridge = client.get("/api/v1/exercises/bridge").json()
    for key in (
        "id",
        "name",
        "aliases",
        "kind",
        "pattern",
        "unilateral",
        "primary_muscles",
        "secondary_muscles",
        "equipment",
        "level",
        "dosage",
        "instructions",
        "cues",
        "faults",
        "safety_tags",
        "easier",
        "harder",
        "met",
        "keyframes",
        "source",
    ):
        assert key in bridge, key
    assert 15 in range(bridge["dosage"]["reps"][0], bridge["dosage"]["reps"][1] + 1)


def test_an_unknown_exercise_is_404_with_a_suggestion(client):
    response = client.get("/api/v1/exercises/bird-dgo")
    assert response.status_code == 404
    assert "bird-dog" in response.json()["detail"]


def test_the_figure_is_an_svg_picture(client):
    response = client.get("/api/v1/exercises/deadlift/figure.svg")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert response.text.lstrip().startswith("<svg") and "Start" in response.text


def test_adding_a_custom_exercise_needs_a_token(client):
    assert client.post("/api/v1/exercises", json=WALL_ANGEL).status_code == 401


def test_a_custom_exercise_is_seen_by_its_owner_only(client):
    owner, other = api_token(client, "owner@example.org"), api_token(client, "other@example.org")
    created = client.post("/api/v1/exercises", json=WALL_ANGEL, headers=bearer(owner))
    assert created.status_code == 201, created.text
    assert created.json()["id"] == "wall-angel"
    assert created.json()["source"]["name"] == "custom"
    assert client.get("/api/v1/exercises/wall-angel", headers=bearer(owner)).status_code == 200
    assert client.get("/api/v1/exercises/wall-angel", headers=bearer(other)).status_code == 404
    assert client.get("/api/v1/exercises/wall-angel").status_code == 404
    found = client.get(
        "/api/v1/exercises", params={"q": "wall angel"}, headers=bearer(other)
    ).json()["items"]
    assert all(item["id"] != "wall-angel" for item in found)


def test_a_custom_exercise_cannot_take_a_library_id(client):
    token = api_token(client, "taker@example.org")
    response = client.post(
        "/api/v1/exercises", json={**WALL_ANGEL, "id": "bridge"}, headers=bearer(token)
    )
    assert response.status_code == 409


def test_a_custom_exercise_with_unknown_vocabulary_is_a_field_level_422(client):
    token = api_token(client, "typo@example.org")
    bad = {**WALL_ANGEL, "primary_muscles": ["glutes-maximus"]}
    response = client.post("/api/v1/exercises", json=bad, headers=bearer(token))
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"][-1].startswith("primary_muscles")
    assert "gluteus-maximus" in detail["msg"]
