"""The calorie calculator, food diary, body and projection pages as a person uses them."""

from __future__ import annotations

import re

from tests.e2e.conftest import api_token, bearer, csrf_from, sign_up_in_browser

WIDGET = {
    "goal": "lose-1",
    "sex": "female",
    "ft": "5",
    "in": "4",
    "age": "35",
    "weight": "150",
    "unit": "lb",
    "activity": "light",
}


def _error_beside(html: str, field_id: str) -> str:
    match = re.search(rf'id="{field_id}"[^>]*>([^<]*)<', html)
    assert match, f"no error beside {field_id}"
    return match.group(1).replace("&#39;", "'")


def test_the_home_page_calculator_works_without_an_account(web):
    sign_up_in_browser(web, "first@example.org")
    web.cookies.clear()
    blank = web.get("/")
    assert blank.status_code == 200
    assert 'action="/#calories"' in blank.text and 'method="get"' in blank.text
    result = web.get("/", params=WIDGET)
    assert result.status_code == 200
    assert "kcal a day" in result.text and "protein" in result.text
    assert "floors are there for safety" in result.text


def test_the_calculator_shows_the_floor_and_why(web):
    page = web.get(
        "/calories", params={**WIDGET, "goal": "lose-2", "weight": "130", "activity": "sedentary"}
    )
    assert "<strong>1,200</strong> kcal a day" in page.text
    assert "should not go below" in page.text


def test_a_bad_height_is_shown_beside_the_field_with_the_values_kept(web):
    page = web.get("/calories", params={**WIDGET, "in": "14"})
    assert page.status_code == 422
    assert (
        _error_beside(page.text, "e-calc-height") == "height '5 ft 14 in': inches must be below 12"
    )
    assert 'name="in" inputmode="decimal" min="0" step="any" value="14"' in page.text
    assert 'value="female" checked' in page.text


def test_the_diary_logs_a_line_totals_it_and_deletes_it(web):
    sign_up_in_browser(web, "kim@example.org")
    page = web.get("/nutrition")
    assert page.status_code == 200 and "Nothing logged." in page.text
    logged = web.post(
        "/nutrition/entries",
        data={"text": "2 eggs", "meal": "breakfast", "csrf_token": csrf_from(page.text)},
    )
    assert logged.status_code == 200  # followed the redirect back to the diary
    assert "Egg, whole, raw" in logged.text and "2 large (100 g)" in logged.text
    entry_id = re.search(r'action="/nutrition/entries/(\d+)/delete"', logged.text).group(1)
    deleted = web.post(
        f"/nutrition/entries/{entry_id}/delete", data={"csrf_token": csrf_from(logged.text)}
    )
    assert "Egg, whole, raw" not in deleted.text


def test_an_unreadable_line_is_explained_beside_the_box_and_kept(web):
    sign_up_in_browser(web, "kim@example.org")
    page = web.get("/nutrition")
    response = web.post(
        "/nutrition/entries",
        data={"text": "3 blorps", "meal": "lunch", "csrf_token": csrf_from(page.text)},
    )
    assert response.status_code == 422
    assert "no food matches 'blorps'" in _error_beside(response.text, "e-text")
    assert 'value="3 blorps"' in response.text


def test_the_diary_shows_the_target_once_profile_and_weight_exist(web):
    sign_up_in_browser(web, "kim@example.org")
    page = web.get("/nutrition")
    assert "No target yet" in page.text
    token = csrf_from(page.text)
    profile = {
        "sex": "male",
        "age": "40",
        "height": "5 ft 11 in",
        "activity": "moderate",
        "goal": "lose-1",
        "equation": "mifflin-st-jeor",
        "csrf_token": token,
    }
    assert "Saved." in web.post("/nutrition/profile", data=profile).text
    web.post("/body/weights", data={"weight": "90 kg", "csrf_token": token})
    page = web.get("/nutrition").text
    assert re.search(r"<strong>[\d,]+</strong><span>target</span>", page)
    assert "kcal left" in page


def test_a_due_date_and_breastfeeding_are_kept_and_a_bad_date_shows_by_its_field(web):
    from datetime import date, timedelta

    sign_up_in_browser(web, "liv@example.org")
    token = csrf_from(web.get("/nutrition/profile").text)
    due = (date.today() + timedelta(weeks=20)).isoformat()
    profile = {"sex": "female", "age": "32", "height": "165 cm", "activity": "light",
               "goal": "maintain", "equation": "mifflin-st-jeor", "due_date": due,
               "csrf_token": token}  # fmt: skip
    assert "Saved." in web.post("/nutrition/profile", data=profile).text
    page = web.get("/nutrition/profile").text
    assert f'value="{due}"' in page and "Pregnant or breastfeeding?" in page
    late = web.post("/nutrition/profile", data={**profile, "due_date": "2099-01-01"})
    assert late.status_code == 422 and _error_beside(late.text, "e-due_date").startswith(
        "due_date '2099-01-01': a date from"
    )
    done = web.post("/nutrition/profile", data={**profile, "due_date": "", "breastfeeding": "yes"})
    assert "Saved." in done.text
    again = web.get("/nutrition/profile").text
    assert 'name="breastfeeding" value="yes" checked' in again and f'value="{due}"' not in again


def test_the_profile_form_shows_errors_beside_fields(web):
    sign_up_in_browser(web, "kim@example.org")
    token = csrf_from(web.get("/nutrition/profile").text)
    bad = {
        "sex": "male",
        "age": "40",
        "height": "5 ft 14 in",
        "activity": "light",
        "goal": "maintain",
        "equation": "mifflin-st-jeor",
        "csrf_token": token,
    }
    response = web.post("/nutrition/profile", data=bad)
    assert response.status_code == 422
    assert (
        _error_beside(response.text, "e-height") == "height '5 ft 14 in': inches must be below 12"
    )
    assert 'value="5 ft 14 in"' in response.text


def test_the_body_page_logs_weights_and_draws_the_trend(web):
    sign_up_in_browser(web, "kim@example.org")
    token = csrf_from(web.get("/body").text)
    for weight, day in [("92", "2026-01-01"), ("91.5", "2026-01-05"), ("91", "2026-01-09")]:
        web.post("/body/weights", data={"weight": weight, "date": day, "csrf_token": token})
    page = web.get("/body").text
    assert page.count('action="/body/weights/') == 3
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page and "weigh-ins" in page
    bad = web.post("/body/weights", data={"weight": "5 ft", "csrf_token": token})
    assert bad.status_code == 422
    assert _error_beside(bad.text, "e-weight").startswith("weight '5 ft'")


def test_the_projection_page_draws_the_model_and_the_rule_and_says_it_is_a_model(web):
    page = web.get(
        "/body/projection",
        params={
            "sex": "male",
            "age": "40",
            "height": "180",
            "weight": "210",
            "unit": "lb",
            "activity": "light",
            "intake_change": "-500",
            "days": "365",
        },
    )
    assert page.status_code == 200
    assert "This is a model, not a promise." in page.text
    assert "Hall model (NIH)" in page.text and "3,500-kcal rule" in page.text
    assert page.text.count('stroke-linejoin="round"') == 2  # the two lines of the chart
    bad = web.get(
        "/body/projection",
        params={
            "sex": "male",
            "age": "40",
            "height": "180",
            "weight": "210",
            "activity": "light",
            "intake_change": "-500",
            "schedule": "0:-500",
        },
    )
    assert bad.status_code == 422 and "either a daily intake change" in bad.text


def test_you_cannot_delete_someone_elses_entry_from_the_page(web):
    owner = bearer(api_token(web, "ana@example.org"))
    entry = web.post("/api/v1/diary", json={"text": "1 banana"}, headers=owner).json()
    weight = web.post("/api/v1/weights", json={"weight": 70}, headers=owner).json()
    sign_up_in_browser(web, "eve@example.org")
    token = csrf_from(web.get("/nutrition").text)
    response = web.post(f"/nutrition/entries/{entry['id']}/delete", data={"csrf_token": token})
    assert response.status_code == 404
    response = web.post(f"/body/weights/{weight['id']}/delete", data={"csrf_token": token})
    assert response.status_code == 404
    assert web.get(f"/api/v1/diary/{entry['id']}", headers=owner).status_code == 200


def test_one_line_logs_several_foods_and_an_unknown_part_offers_the_closest(web):
    sign_up_in_browser(web, "lou@example.org")
    page = web.get("/nutrition")
    token = csrf_from(page.text)
    line = "a slice of wholemeal toast with butter"
    logged = web.post(
        "/nutrition/entries", data={"text": line, "meal": "breakfast", "csrf_token": token}
    )
    assert logged.status_code == 200
    assert "Bread, whole wheat" in logged.text and "Butter, salted" in logged.text
    unknown = web.post(
        "/nutrition/entries",
        data={"text": "2 eggs, 1 slice of rye butter toast", "meal": "lunch", "csrf_token": token},
    )
    assert unknown.status_code == 422
    assert "which food did you mean?" in unknown.text
    choices = re.findall(r'name="choice" value="([^"]+)"', unknown.text)
    assert choices and all(choice.startswith("2 eggs, 1 ") for choice in choices)
    assert "Add “rye butter toast” as your own food" in unknown.text
    bread = next(choice for choice in choices if "bread" in choice)
    picked = web.post(
        "/nutrition/entries",
        data={"text": "ignored", "choice": bread, "meal": "lunch", "csrf_token": token},
    )
    assert picked.status_code == 200
    assert picked.text.count("Delete Egg, whole, raw") == 1  # nothing stored by the refusal


def test_after_switching_to_lb_the_body_page_speaks_pounds_only(web):
    sign_up_in_browser(web, "lee@example.org")
    token = csrf_from(web.get("/body").text)
    web.post("/settings/unit", data={"unit": "lb", "csrf_token": token})
    for weight, day in [("180", "2026-01-01"), ("179", "2026-01-05")]:
        web.post("/body/weights", data={"weight": weight, "date": day, "csrf_token": token})
    page = web.get("/body").text
    assert "180.0 lb" in page and "weight (lb)" in page
    assert "kilo" not in page and " kg" not in page.replace("81.2 kg or 179 lb", "")


def test_weigh_ins_are_imported_on_the_web_after_a_review(web):
    from tests import weigh_in_files as files

    sign_up_in_browser(web, "ivy@example.org")
    form = web.get("/body/import")
    token = csrf_from(form.text)
    upload = {"file": ("weight.csv", files.WITHINGS, "text/csv")}
    review = web.post("/body/import", data={"csrf_token": token}, files=upload)
    assert review.status_code == 200
    assert "<strong>2</strong> new weigh-ins" in review.text and "81.4 kg" in review.text
    assert web.get("/body").text.count('action="/body/weights/') == 0  # nothing stored yet
    carried = re.search(r'<textarea name="weigh_ins"[^>]*>([^<]*)</textarea>', review.text)
    done = web.post(
        "/body/import/confirm",
        data={"csrf_token": token, "weigh_ins": carried.group(1).replace("&#43;", "+")},
    )
    assert done.status_code == 200 and done.text.count('action="/body/weights/') == 2
    again = web.post("/body/import", data={"csrf_token": token}, files=upload)
    assert "Nothing new to import." in again.text and "2 already logged" in again.text
    bad = {"file": ("w.csv", files.GENERIC_WITH_A_BAD_ROW, "text/csv")}
    refused = web.post("/body/import", data={"csrf_token": token}, files=bad)
    assert refused.status_code == 422 and "row 3, weight" in refused.text
    either_way = {"file": ("w.csv", b"Date,Weight\n03/11/2025,74.9\n", "text/csv")}
    guessed = web.post("/body/import", data={"csrf_token": token}, files=either_way)
    assert "Worth a look before you import" in guessed.text and "03/11/2025" in guessed.text


def test_a_myfitnesspal_diary_is_imported_on_the_web_after_a_review(web):
    from tests import diary_files as files

    sign_up_in_browser(web, "mia@example.org")
    diary = web.get("/nutrition")
    assert 'href="/nutrition/import"' in diary.text  # found from the diary
    token = csrf_from(diary.text)
    upload = {"file": ("Nutrition-Summary.csv", files.MFP, "text/csv")}
    review = web.post("/nutrition/import", data={"csrf_token": token}, files=upload)
    assert review.status_code == 200
    assert "<strong>5</strong> meals on 2 days, 2026-01-05 to 2026-01-06" in review.text
    assert "Pre-workout" in review.text  # the warning, before anything is stored
    assert "MyFitnessPal breakfast" not in web.get("/nutrition?date=2026-01-05").text
    carried = re.search(r'<textarea name="meals"[^>]*>([^<]*)</textarea>', review.text)
    done = web.post(
        "/nutrition/import/confirm", data={"csrf_token": token, "meals": carried.group(1)}
    )
    assert done.status_code == 200 and str(done.url).endswith("/nutrition?date=2026-01-06")
    day = web.get("/nutrition?date=2026-01-05").text
    assert "MyFitnessPal breakfast" in day and "MyFitnessPal dinner" in day
    again = web.post("/nutrition/import", data={"csrf_token": token}, files=upload)
    assert "Nothing new to import." in again.text and "5 already imported" in again.text
    bad = {"file": ("d.csv", files.MFP_WITH_A_BAD_ROW, "text/csv")}
    refused = web.post("/nutrition/import", data={"csrf_token": token}, files=bad)
    assert refused.status_code == 422 and "row 3, Date" in refused.text


def test_a_food_named_nowhere_is_added_on_the_spot_and_the_line_comes_back(web):
    sign_up_in_browser(web, "noa@example.org")
    token = csrf_from(web.get("/nutrition").text)
    line = "2 eggs, 1 slice of rye seed loaf"
    unknown = web.post(
        "/nutrition/entries", data={"text": line, "meal": "lunch", "csrf_token": token}
    )
    link = re.search(r'href="(/nutrition/foods/new\?[^"]+)"', unknown.text).group(1)
    form = web.get(link.replace("&amp;", "&"))
    assert 'value="rye seed loaf"' in form.text
    bad = web.post("/nutrition/foods/new", data={"csrf_token": token, "name": "Rye seed loaf",
                                                 "kcal": "lots"})  # fmt: skip
    assert bad.status_code == 422 and "kcal &#39;lots&#39;: give a number" in bad.text
    saved = web.post(
        "/nutrition/foods/new",
        data={
            "csrf_token": token,
            "name": "Rye seed loaf",
            "kcal": "240",
            "portion": "slice",
            "portion_g": "40",
            "line": line,
            "date": "",
        },
    )
    assert saved.status_code == 200 and f'value="{line}"' in saved.text
    logged = web.post(
        "/nutrition/entries", data={"text": line, "meal": "lunch", "csrf_token": token}
    )
    assert "Rye seed loaf" in logged.text and "1 slice (40 g)" in logged.text


def test_quick_add_and_copying_yesterday_work_from_the_diary_page(web):
    sign_up_in_browser(web, "quick@example.org")
    page = web.get("/nutrition?date=2026-11-30")
    token = csrf_from(page.text)
    day = {"date": "2026-11-30", "csrf_token": token}
    web.post("/nutrition/entries", data={"text": "2 eggs", "meal": "breakfast", **day})
    quick = web.post(
        "/nutrition/quick",
        data={"kcal": "350", "label": "cake at work", "meal": "snacks", "date": "2026-11-30",
              "csrf_token": token},
    )  # fmt: skip
    assert "cake at work" in quick.text and "350" in quick.text
    refused = web.post("/nutrition/quick", data={"kcal": "lots", **day})
    assert refused.status_code == 422 and "kcal &#39;lots&#39;" in refused.text
    copied = web.post(
        "/nutrition/copy",
        data={"from_date": "2026-11-30", "copy_meal": "breakfast", "date": "2026-12-01",
              "csrf_token": token},
    )  # fmt: skip
    assert copied.status_code == 200 and "Egg, whole, raw" in copied.text
    assert "cake at work" not in copied.text  # only breakfast was copied
    empty = web.post("/nutrition/copy", data={"from_date": "2026-11-01", **day})
    assert empty.status_code == 422 and "nothing logged" in empty.text


def test_a_recipe_is_made_changed_and_deleted_on_its_pages(web):
    sign_up_in_browser(web, "cook@example.org")
    page = web.get("/nutrition/recipes")
    token = csrf_from(page.text)
    recipe = {"name": "My porridge", "servings": "2", "items": "80 g oats\n250 ml milk"}
    made = web.post("/nutrition/recipes", data={**recipe, "csrf_token": token})
    assert made.status_code == 200 and "Saved." in made.text and "Oat" in made.text
    url = str(made.url).split("?")[0]
    refused = web.post(url, data={**recipe, "items": "2 zorblax", "csrf_token": token})
    assert refused.status_code == 422 and "zorblax" in refused.text
    changed = web.post(url, data={**recipe, "servings": "4", "csrf_token": token})
    assert "4 servings" in web.get("/nutrition/recipes").text and changed.status_code == 200
    diary = web.post("/nutrition/entries",
                     data={"text": "1 serving of my porridge", "csrf_token": token})  # fmt: skip
    assert "My porridge" in diary.text
    web.post(url + "/delete", data={"csrf_token": token})
    assert "None yet." in web.get("/nutrition/recipes").text
