"""Favourite exercises on the intake form: names typed in a person's own words are read with the
library's fuzzy search, a guess is shown before the plan is built, and an unknown name is an
error beside its field."""

from __future__ import annotations

import re

from backstrong.domain.programs.red_flags import RED_FLAGS
from tests.e2e.conftest import csrf_from, sign_up_in_browser

ALL_NO = {f"rf-{flag.slug}": "no" for flag in RED_FLAGS}
INTAKE = {
    "age": "45",
    "experience": "novice",
    "goal": "pain-relief",
    "days_per_week": "3",
    "minutes_per_session": "30",
    "equipment": "home-basic",
    "eq-mat": "on",
    "pain": "0",
    "weeks": "8",
}


def _send(web, **favourites: str):
    token = csrf_from(web.get("/program/new").text)
    form = {**ALL_NO, **INTAKE, **favourites, "csrf_token": token}
    return web.post("/program/new", data=form, follow_redirects=False)


def test_the_intake_form_offers_favourites_with_the_library_as_suggestions(web):
    sign_up_in_browser(web, "ana@example.org")
    token = csrf_from(web.get("/program/new").text)
    page = web.post("/program/new/screen", data={**ALL_NO, "csrf_token": token}).text
    assert 'name="fav-1"' in page and 'list="exercise-names"' in page
    assert '<datalist id="exercise-names">' in page and '<option value="Bird dog">' in page


def test_exact_names_build_the_plan_and_show_as_favourites(web):
    sign_up_in_browser(web, "ana@example.org")
    response = _send(web, **{"fav-1": "bird dog", "fav-2": "dead-bug"})
    assert response.status_code == 303
    page = web.get("/program").text
    assert "Your favourites: Bird dog, Dead bug" in page


def test_a_close_name_is_shown_as_read_before_the_plan_is_built(web):
    sign_up_in_browser(web, "ana@example.org")
    response = _send(web, **{"fav-1": "birddogg"})
    assert response.status_code == 200
    text = response.text
    assert "read as the closest exercise" in text
    assert re.search(r'id="h-fav-1"[^>]*>&#39;birddogg&#39; read as Bird dog', text)
    assert 'name="fav-1" type="text" value="Bird dog"' in text
    assert "Your plan</h1>" not in web.get("/program").text  # nothing built yet
    again = _send(web, **{"fav-1": "Bird dog"})
    assert again.status_code == 303
    assert "Your favourites: Bird dog" in web.get("/program").text


def test_an_unknown_name_is_an_error_beside_its_field_and_keeps_the_answers(web):
    sign_up_in_browser(web, "ana@example.org")
    response = _send(web, **{"fav-1": "bird dog", "fav-2": "xyzzy quux"})
    assert response.status_code == 422
    text = response.text
    assert re.search(r'id="e-fav-2"[^>]*>Favourite &#39;xyzzy quux&#39;: no exercise', text)
    assert re.search(r'id="h-fav-1"[^>]*>Found: Bird dog\.', text)
    assert 'name="age" type="text" value="45"' in text
    assert '<details class="more favourites" open>' in text
