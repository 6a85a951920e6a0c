"""The form pages refuse what the API refuses: "nan" and "inf" typed as numbers, dates in year 1
or 9999, NUL characters. Each is an answer a person can read (never a 500), and nothing is
stored."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import csrf_from, sign_up_in_browser


def _post(web, page: str, path: str, data: dict[str, str]):
    token = csrf_from(web.get(page).text)
    return web.post(path, data={**data, "csrf_token": token}, follow_redirects=False)


def _sets(web) -> int:
    return len(web.app.state.container.training.history(_user(web)))


def _user(web):
    accounts = web.app.state.container.accounts
    return accounts.user_for_web_session(web.cookies["bs_session"])


@pytest.mark.parametrize(
    ("field", "value"),
    [("load", "nan"), ("load", "inf"), ("rpe", "-inf"), ("reps", "nan"), ("hold_seconds", "inf")],
)
def test_the_workout_form_refuses_non_finite_numbers(web, field, value):
    sign_up_in_browser(web, "ada@example.org")
    data = {"exercise_id": "deadlift", "reps": "5", "load": "60", field: value}
    response = _post(web, "/today", "/today/set", data)
    assert response.status_code in (200, 422), response.text  # the form again, with the error
    assert response.status_code == 422  # the workout again (without a plan, no card to show it on)
    assert _sets(web) == 0


@pytest.mark.parametrize(
    ("day", "shown"),
    [
        ("0001-01-01", "1900-01-01"),
        ("9999-12-31", "more than a day in the future"),
        ("1899-12-31", "1900-01-01"),
    ],
)
def test_the_quick_entry_refuses_dates_outside_the_window(web, day, shown):
    sign_up_in_browser(web, "ada@example.org")
    response = _post(web, "/today", "/today/log", {"entry": "deadlift 5x5@60kg", "date": day})
    assert response.status_code in (200, 422), response.text  # the form again, with the error
    assert shown in response.text
    assert _sets(web) == 0


@pytest.mark.parametrize(
    ("data", "shown"),
    [
        ({"weight": "nan"}, "nan"),
        ({"weight": "inf kg"}, "inf kg"),
        ({"weight": "80", "date": "0001-01-01"}, "1900-01-01"),
        ({"weight": "80", "date": "9999-12-31"}, "1900-01-01"),
        ({"weight": "80", "body_fat": "nan"}, "nan"),
    ],
)
def test_the_weigh_in_form_refuses_hostile_values(web, data, shown):
    sign_up_in_browser(web, "ada@example.org")
    response = _post(web, "/body", "/body/weights", data)
    assert response.status_code in (200, 422), response.text  # the form again, with the error
    assert shown in response.text
    container = web.app.state.container
    assert container.body.weights(_user(web)) == []


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_the_food_diary_refuses_dates_outside_the_window(web, day):
    sign_up_in_browser(web, "ada@example.org")
    response = _post(web, "/nutrition", "/nutrition/entries", {"text": "2 eggs", "date": day})
    assert response.status_code in (200, 422), response.text  # the form again, with the error
    assert "1900-01-01" in response.text
    assert web.get(f"/nutrition?date={day}").status_code == 200


def test_a_nul_character_in_a_form_is_refused_naming_the_field(web):
    sign_up_in_browser(web, "ada@example.org")
    response = _post(web, "/today", "/today/log", {"entry": "deadlift\x00 5x5"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "entry"]
    assert _sets(web) == 0


def test_the_projection_page_survives_a_goal_in_year_9999(web):
    query = "sex=female&age=35&height=168&weight=80&unit=kg&goal_weight=70&by=9999-12-31"
    assert web.get(f"/body/projection?{query}").status_code in (200, 422)
