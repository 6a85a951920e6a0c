"""Diary shortcuts over HTTP: a food picked from search by id, calories without a food, and a
meal or a day copied from an earlier date; every refusal names its field."""

from __future__ import annotations

from tests.e2e.conftest import api_token, bearer

DAY, NEXT = "2026-11-30", "2026-12-01"


def _entries(client, headers, day: str) -> list[dict]:
    return client.get("/api/v1/diary", params={"date": day}, headers=headers).json()["items"]


def test_a_food_picked_from_search_is_logged_by_portion_or_grams(client):
    headers = bearer(api_token(client, "pick@example.org"))
    food = client.get("/api/v1/foods", params={"q": "wholemeal bread"}).json()["items"][0]
    assert food["id"] == "bread-wholewheat"
    body = {
        "food_id": food["id"],
        "portion": "slice",
        "quantity": 2,
        "meal": "breakfast",
        "date": DAY,
    }
    sliced = client.post("/api/v1/diary", json=body, headers=headers)
    assert sliced.status_code == 201, sliced.text
    assert sliced.json()["grams"] == 64 and sliced.json()["portion"] == "2 slice (64 g)"
    weighed = client.post(
        "/api/v1/diary", json={"food_id": food["id"], "grams": 50, "date": DAY}, headers=headers
    )
    assert weighed.json()["portion"] == "50 g"
    bad = client.post(
        "/api/v1/diary", json={"food_id": food["id"], "portion": "bowl", "date": DAY},
        headers=headers,
    )  # fmt: skip
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["loc"][-1] == "portion" and "slice" in bad.text
    unknown = client.post("/api/v1/diary", json={"food_id": "nope", "grams": 5}, headers=headers)
    assert unknown.status_code == 422 and unknown.json()["detail"][0]["loc"][-1] == "food_id"


def test_an_unknown_part_of_a_line_offers_each_candidate_as_a_line_to_send_again(client):
    headers = bearer(api_token(client, "line@example.org"))
    refused = client.post(
        "/api/v1/diary/lines", json={"text": "2 eggs, 1 slice of wholemeal brd"}, headers=headers
    )
    assert refused.status_code == 422
    [part] = refused.json()["detail"]
    assert len(part["choices"]) == len(part["candidates"]) > 0
    assert part["choices"][0].startswith("2 eggs, 1 ")
    assert (
        client.post(
            "/api/v1/diary/lines", json={"text": part["choices"][0]}, headers=headers
        ).status_code
        == 201
    )


def test_calories_are_logged_without_a_food(client):
    headers = bearer(api_token(client, "quick@example.org"))
    body = {"kcal": 350, "protein_g": 4, "label": "cake at work", "meal": "snacks", "date": DAY}
    logged = client.post("/api/v1/diary/quick", json=body, headers=headers)
    assert logged.status_code == 201, logged.text
    data = logged.json()
    assert (data["food_name"], data["kcal"], data["protein_g"], data["meal"]) == (
        "cake at work",
        350,
        4,
        "snacks",
    )
    day = client.get(f"/api/v1/diary/days/{DAY}", headers=headers).json()
    assert round(day["total"]["kcal"]) == 350
    refused = client.post("/api/v1/diary/quick", json={"kcal": 0}, headers=headers)
    assert refused.status_code == 422 and refused.json()["detail"][0]["loc"][-1] == "kcal"


def test_a_meal_or_a_whole_day_is_copied_from_an_earlier_date_and_stays_yours(client):
    headers = bearer(api_token(client, "copy@example.org"))
    for text, meal in (("2 eggs", "breakfast"), ("1 banana", "snacks")):
        client.post(
            "/api/v1/diary", json={"text": text, "meal": meal, "date": DAY}, headers=headers
        )
    meal = client.post(
        "/api/v1/diary/copy",
        json={"from_date": DAY, "date": NEXT, "meal": "breakfast", "to_meal": "lunch"},
        headers=headers,
    )
    assert meal.status_code == 201, meal.text
    assert [(e["food_name"], e["meal"]) for e in meal.json()] == [("Egg, whole, raw", "lunch")]
    whole = client.post(
        "/api/v1/diary/copy", json={"from_date": DAY, "date": NEXT}, headers=headers
    )
    assert len(whole.json()) == 2
    assert len(_entries(client, headers, NEXT)) == 3
    assert len(_entries(client, headers, DAY)) == 2  # the earlier day is left as it was

    other = bearer(api_token(client, "other@example.org"))
    nothing = client.post(
        "/api/v1/diary/copy", json={"from_date": DAY, "date": NEXT}, headers=other
    )
    assert nothing.status_code == 422 and nothing.json()["detail"][0]["loc"][-1] == "from_date"
    assert _entries(client, other, NEXT) == []
