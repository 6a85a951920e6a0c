"""Nutrition over HTTP: an open calculator and food search; a diary that belongs to its owner."""

from __future__ import annotations

from datetime import date

from tests.e2e.conftest import api_token, bearer

PERSON = {
    "sex": "female",
    "age": "35",
    "height": "5 ft 4 in",
    "weight": "150 lb",
    "activity": "light",
}
PROFILE = {"sex": "male", "age": 40, "height": "180 cm", "activity": "moderate", "goal": "lose-1"}


def _owner(client, email: str = "ana@example.org") -> dict[str, str]:
    headers = bearer(api_token(client, email))
    assert client.put("/api/v1/nutrition/profile", json=PROFILE, headers=headers).status_code == 200
    assert (
        client.post("/api/v1/weights", json={"weight": "90 kg"}, headers=headers).status_code == 201
    )
    return headers


def test_the_calorie_target_needs_no_account(client):
    response = client.get("/api/v1/calories/target", params={**PERSON, "goal": "lose-1"})
    assert response.status_code == 200
    data = response.json()
    assert data["target_kcal"] == data["tdee_kcal"] - 500
    assert set(data["macros"]) == {"protein_g", "fat_g", "carbohydrate_g"}
    assert data["floor_applied"] is False


def test_bad_calculator_input_is_a_field_level_422(client):
    response = client.get("/api/v1/calories/target", params={**PERSON, "height": "5 ft 14 in"})
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["query", "height"]
    assert error["msg"] == "height '5 ft 14 in': inches must be below 12"
    body_fat = client.get("/api/v1/calories/target", params={**PERSON, "body_fat": "90"})
    assert body_fat.json()["detail"][0]["loc"] == ["query", "body_fat"]


def test_food_search_is_open_and_best_first(client):
    found = client.get("/api/v1/foods", params={"q": "chiken brest"}).json()["items"]
    assert found[0]["name"].startswith("Chicken breast")
    assert set(found[0]) == {
        "id",
        "name",
        "kcal_per_100g",
        "protein_g",
        "fat_g",
        "carbohydrate_g",
        "source",
        "fiber_g",
        "portions",
        "times_logged",
    }


def test_a_diary_entry_is_created_listed_changed_and_deleted(client):
    headers = _owner(client)
    created = client.post(
        "/api/v1/diary", json={"text": "2 eggs", "meal": "breakfast"}, headers=headers
    )
    assert created.status_code == 201
    entry = created.json()
    assert entry["food_id"] == "egg-whole" and entry["meal"] == "breakfast"
    listed = client.get("/api/v1/diary", params={"date": date.today().isoformat()}, headers=headers)
    assert [e["id"] for e in listed.json()["items"]] == [entry["id"]]
    changed = client.patch(
        f"/api/v1/diary/{entry['id']}", json={"grams": 150, "meal": "lunch"}, headers=headers
    )
    assert changed.json()["meal"] == "lunch"
    assert changed.json()["kcal"] == round(entry["kcal"] * 1.5)
    assert client.delete(f"/api/v1/diary/{entry['id']}", headers=headers).status_code == 204
    assert client.get(f"/api/v1/diary/{entry['id']}", headers=headers).status_code == 404


def test_an_unreadable_line_is_a_422_on_the_text_field(client):
    headers = _owner(client)
    response = client.post("/api/v1/diary", json={"text": "3 blorps"}, headers=headers)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "text"]
    assert "no food matches 'blorps'" in response.json()["detail"][0]["msg"]


def test_the_day_summary_compares_totals_with_the_target(client):
    headers = _owner(client)
    client.post("/api/v1/diary", json={"text": "1 banana", "meal": "snacks"}, headers=headers)
    day = client.get(f"/api/v1/diary/days/{date.today().isoformat()}", headers=headers).json()
    assert day["target_kcal"] and day["remaining_kcal"] == day["target_kcal"] - day["total"]["kcal"]
    marked = client.put(
        f"/api/v1/diary/days/{date.today().isoformat()}", json={"complete": True}, headers=headers
    )
    assert marked.json()["complete"] is True and marked.json()["marked"] is True


def test_another_person_cannot_read_change_or_delete_your_entries(client):
    owner = _owner(client)
    entry = client.post("/api/v1/diary", json={"text": "1 banana"}, headers=owner).json()
    stranger = bearer(api_token(client, "eve@example.org"))
    assert client.get(f"/api/v1/diary/{entry['id']}", headers=stranger).status_code == 404
    assert (
        client.patch(
            f"/api/v1/diary/{entry['id']}", json={"grams": 1}, headers=stranger
        ).status_code
        == 404
    )
    assert client.delete(f"/api/v1/diary/{entry['id']}", headers=stranger).status_code == 404
    assert client.get("/api/v1/diary", headers=stranger).json()["items"] == []
    assert (
        client.get(f"/api/v1/diary/{entry['id']}", headers=owner).json()["grams"] == entry["grams"]
    )


def test_the_diary_and_profile_need_a_token(client):
    assert client.get("/api/v1/diary").status_code == 401
    assert client.post("/api/v1/diary", json={"text": "1 banana"}).status_code == 401
    assert client.get("/api/v1/nutrition/profile").status_code == 401


def test_a_profile_is_set_in_steps_with_field_level_errors(client):
    headers = bearer(api_token(client, "ana@example.org"))
    first = client.put("/api/v1/nutrition/profile", json={"sex": "male"}, headers=headers)
    assert first.status_code == 422 and first.json()["detail"][0]["loc"] == ["body", "age"]
    assert client.put("/api/v1/nutrition/profile", json=PROFILE, headers=headers).status_code == 200
    bad = client.put("/api/v1/nutrition/profile", json={"goal": "lose-7"}, headers=headers)
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "goal"]
    shown = client.get("/api/v1/nutrition/profile", headers=headers).json()
    assert shown["goal"] == "lose-1" and shown["activity"] == "moderate"


def test_imported_foods_are_searchable_by_their_owner_only(client, container):
    from backstrong.domain.nutrition.foods import Food
    from backstrong.domain.nutrition.nutrients import Nutrients

    owner_token = api_token(client, "ana@example.org")
    stranger = bearer(api_token(client, "eve@example.org"))
    owner = container.accounts.user_for_api_token(owner_token)
    zander = Food(
        "usda-sr28-99002", "Smoked zander fillet", Nutrients(131, 24, 3.8, 0), source="usda-sr28"
    )
    container.nutrition.import_foods(owner, [zander])
    mine = client.get("/api/v1/foods", params={"q": "zander"}, headers=bearer(owner_token)).json()[
        "items"
    ]
    assert mine[0]["id"] == "usda-sr28-99002"
    theirs = client.get("/api/v1/foods", params={"q": "zander"}, headers=stranger).json()["items"]
    assert all(food["id"] != "usda-sr28-99002" for food in theirs)


def test_food_search_lists_portions_and_puts_your_foods_first(client):
    ana = _owner(client)
    before = client.get("/api/v1/foods", params={"q": "egg", "limit": 5}, headers=ana).json()[
        "items"
    ]
    assert any(p["name"] == "large" and p["grams"] == 50 for p in before[0]["portions"])
    logged = client.post(
        "/api/v1/diary", json={"text": "2 eggs, scrambled", "meal": "breakfast"}, headers=ana
    )
    assert logged.status_code == 201, logged.text
    eaten = logged.json()["food_id"]
    found = client.get("/api/v1/foods", params={"q": "egg", "limit": 5}, headers=ana).json()[
        "items"
    ]
    assert found[0]["id"] == eaten and found[0]["times_logged"] == 1
    usual = client.get("/api/v1/foods", headers=ana).json()["items"]
    assert [food["id"] for food in usual] == [eaten]
    bea = _owner(client, "bea@example.org")
    assert client.get("/api/v1/foods", headers=bea).json()["items"] == []
    assert (
        client.get("/api/v1/foods", params={"q": "egg"}, headers=bea).json()["items"][0][
            "times_logged"
        ]
        == 0
    )


def test_one_line_logs_several_entries_or_none_with_the_closest_foods(client):
    ana = _owner(client)
    line = {"text": "a slice of wholemeal toast with butter", "meal": "breakfast"}
    created = client.post("/api/v1/diary/lines", json=line, headers=ana)
    assert created.status_code == 201, created.text
    assert [e["food_id"] for e in created.json()] == ["bread-wholewheat", "butter"]
    unknown = {"text": "2 eggs, 1 slice of rye butter toast", "meal": "lunch"}
    refused = client.post("/api/v1/diary/lines", json=unknown, headers=ana)
    assert refused.status_code == 422
    [part] = refused.json()["detail"]
    assert part["input"] == "1 slice of rye butter toast" and part["type"] == "unmatched_food"
    assert any("Butter" in food["name"] for food in part["candidates"])
    today = client.get("/api/v1/diary", headers=ana).json()["items"]
    assert {e["meal"] for e in today} == {"breakfast"}  # the eggs were not stored either


def test_your_own_foods_are_created_found_changed_and_deleted_by_you_only(client):
    ana, bea = _owner(client), _owner(client, "bea@example.org")
    toast = {"name": "Rye toast with seeds", "kcal": 250, "protein_g": 9, "fat_g": 5,
             "carbohydrate_g": 40, "fiber_g": 7, "portion": "slice", "portion_g": 36}  # fmt: skip
    created = client.post("/api/v1/foods", json=toast, headers=ana)
    assert created.status_code == 201, created.text
    food = created.json()
    assert food["source"] == "custom" and food["portions"] == [{"name": "slice", "grams": 36.0}]
    found = client.get("/api/v1/foods", params={"q": "rye toast"}, headers=ana).json()["items"]
    assert found[0]["id"] == food["id"]
    assert all(f["id"] != food["id"] for f in client.get(
        "/api/v1/foods", params={"q": "rye toast"}, headers=bea).json()["items"])  # fmt: skip
    line = {"text": "2 slices of rye toast with seeds", "meal": "lunch"}
    logged = client.post("/api/v1/diary/lines", json=line, headers=ana).json()
    assert logged[0]["grams"] == 72 and logged[0]["kcal"] == 180
    url = f"/api/v1/foods/{food['id']}"
    assert client.put(url, json={**toast, "kcal": 260}, headers=bea).status_code == 404
    assert client.delete(url, headers=bea).status_code == 404
    changed = client.put(url, json={**toast, "kcal": 260}, headers=ana)
    assert changed.status_code == 200 and changed.json()["kcal_per_100g"] == 260
    assert client.delete(url, headers=ana).status_code == 204
    assert (
        client.get("/api/v1/diary", headers=ana).json()["items"][0]["kcal"] == 180
    )  # history kept
    assert client.delete("/api/v1/foods/egg-whole", headers=ana).status_code == 404


def test_a_food_read_back_can_be_sent_again_without_adding_its_fibre_twice(client):
    ana = _owner(client)
    label = {"name": "Seeded rye", "kcal": 250, "protein_g": 9, "fat_g": 5,
             "carbohydrate_g": 40, "fiber_g": 7}  # fmt: skip
    food = client.post("/api/v1/foods", json=label, headers=ana).json()
    assert food["carbohydrate_g"] == 47  # kept as total carbohydrate, fibre included
    again = {**label, "carbohydrate_g": food["carbohydrate_g"], "carbohydrate_basis": "total"}
    same = client.put(f"/api/v1/foods/{food['id']}", json=again, headers=ana)
    assert same.status_code == 200, same.text
    assert same.json()["carbohydrate_g"] == 47
    wrong = client.put(
        f"/api/v1/foods/{food['id']}", json={**label, "carbohydrate_basis": "net"}, headers=ana
    )
    assert wrong.status_code == 422
    assert "carbohydrate_basis" in wrong.text


def test_pregnancy_and_breastfeeding_change_the_day_s_target(client):
    from datetime import timedelta

    headers = _owner(client)
    client.put("/api/v1/nutrition/profile", json={"sex": "female"}, headers=headers)
    today = date.today().isoformat()

    def target() -> int:
        return client.get(f"/api/v1/diary/days/{today}", headers=headers).json()["target_kcal"]

    usual = target()  # a 1 lb a week loss: 500 kcal under what keeps her weight
    due = (date.today() + timedelta(weeks=24)).isoformat()  # 16 weeks along
    saved = client.put("/api/v1/nutrition/profile", json={"due_date": due}, headers=headers)
    assert saved.status_code == 200 and saved.json()["due_date"] == due
    assert target() == usual + 500 + 340  # the loss paused, the second trimester's extra added
    changes = {"due_date": "none", "breastfeeding": True}
    assert client.put("/api/v1/nutrition/profile", json=changes, headers=headers).status_code == 200
    assert target() == usual + 330  # 0.45 kg a week is within the 0.5 kg allowed
    far = (date.today() + timedelta(weeks=50)).isoformat()
    bad = client.put("/api/v1/nutrition/profile", json={"due_date": far}, headers=headers)
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "due_date"]
    assert "or none" in bad.json()["detail"][0]["msg"]


def test_a_pregnant_person_s_weight_projection_says_the_model_does_not_cover_pregnancy(
    client, container
):
    from datetime import timedelta

    from backstrong.services.body.projection import PersonText, ProjectionRequest

    token = api_token(client, "eli@example.org")
    user = container.accounts.user_for_api_token(token)
    person = PersonText("female", "30", "165 cm", "62 kg", activity="light")
    request = ProjectionRequest(person, -300, days=30)
    container.nutrition.update_profile(
        user, {"sex": "female", "age": "30", "height": "165", "activity": "light"}
    )
    assert not any("pregnan" in w for w in container.body.project(user, request).warnings)
    due = (date.today() + timedelta(weeks=20)).isoformat()
    container.nutrition.update_profile(user, {"due_date": due})
    warned = container.body.project(user, request).warnings
    assert any("does not show the weight a pregnancy adds" in w for w in warned)
    assert not any("pregnan" in w for w in container.body.project(None, request).warnings)
