"""Recipes over HTTP: made from diary-style lines, searched and logged by the serving, edited,
paged, private to their owner, and refused with the field named."""

from __future__ import annotations

from tests.e2e.conftest import api_token, bearer

PORRIDGE = {"name": "My porridge", "servings": 2, "items": ["80 g oats", "250 ml milk", "1 banana"]}


def test_a_recipe_is_logged_by_the_serving_and_edited_without_touching_the_diary(client):
    headers = bearer(api_token(client, "cook@example.org"))
    made = client.post("/api/v1/recipes", json=PORRIDGE, headers=headers)
    assert made.status_code == 201, made.text
    recipe = made.json()
    assert next(item["food_name"] for item in recipe["items"]).startswith("Oat")
    assert recipe["serving_grams"] == recipe["grams"] / 2

    found = client.get("/api/v1/foods", params={"q": "my porridge"}, headers=headers).json()
    assert found["items"][0]["id"] == recipe["id"]
    logged = client.post(
        "/api/v1/diary/lines", json={"text": "1 serving of my porridge", "date": "2026-11-30"},
        headers=headers,
    )  # fmt: skip
    assert logged.status_code == 201, logged.text
    [entry] = logged.json()
    assert abs(entry["kcal"] - recipe["per_serving"]["kcal"]) <= 1

    changed = client.put(
        f"/api/v1/recipes/{recipe['id']}", json={**PORRIDGE, "servings": 4}, headers=headers
    )
    assert changed.status_code == 200 and changed.json()["id"] == recipe["id"]
    again = client.get("/api/v1/diary", params={"date": "2026-11-30"}, headers=headers).json()
    assert again["items"][0]["kcal"] == entry["kcal"]  # logged entries keep their values

    listed = client.get("/api/v1/recipes", params={"limit": 1}, headers=headers).json()
    assert listed["total"] == 1 and listed["items"][0]["servings"] == 4

    other = bearer(api_token(client, "other@example.org"))
    assert client.get(f"/api/v1/recipes/{recipe['id']}", headers=other).status_code == 404
    assert client.delete(f"/api/v1/recipes/{recipe['id']}", headers=other).status_code == 404
    assert client.delete(f"/api/v1/recipes/{recipe['id']}", headers=headers).status_code == 204
    gone = client.get("/api/v1/foods", params={"q": "my porridge"}, headers=headers).json()
    assert all(food["id"] != recipe["id"] for food in gone["items"])


def test_a_line_naming_no_food_refuses_the_recipe_on_items(client):
    headers = bearer(api_token(client, "typo@example.org"))
    bad = client.post(
        "/api/v1/recipes", json={**PORRIDGE, "items": ["80 g oats", "2 zorblax"]}, headers=headers
    )
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["loc"][-1] == "items" and "zorblax" in bad.text
    assert client.get("/api/v1/recipes", headers=headers).json()["total"] == 0
