"""The form-check pages as a person uses them: guidance, a landmarks upload without JavaScript,
the result with per-rep verdicts, a reference rep, the count filling today's set, History."""

from __future__ import annotations

import json
import re

import pytest

from tests.e2e.conftest import csrf_from, sign_up_in_browser
from tests.unit.form.builders import squat_set
from tests.unit.form.synthetic import generate


@pytest.fixture(scope="module")
def squats() -> str:
    return json.dumps(generate(squat_set(3, fault="too-shallow"))[0])


@pytest.fixture
def signed_in(web):
    sign_up_in_browser(web, "ada@example.org")
    return web


def upload(client, text: str, exercise: str = "squat", back: str = ""):
    page = client.get("/form")
    data = {"csrf_token": csrf_from(page.text), "exercise": exercise, "back": back}
    files = {"landmarks_file": ("set.json", text.encode(), "application/json")}
    return client.post("/form", data=data, files=files)


def test_the_form_page_shows_the_setup_picture_and_needs_a_login(web, signed_in):
    page = signed_in.get("/form?exercise=romanian-deadlift")
    assert "2–3 m" in page.text and "<svg" in page.text and "hip height" in page.text
    assert 'value="romanian-deadlift" selected' in page.text


def test_an_uploaded_file_gives_a_result_with_each_reps_verdict_and_cue(signed_in, squats):
    result = upload(signed_in, squats)
    assert result.status_code == 200 and "Squat: 3 reps" in result.text
    assert result.text.count("Sit lower") >= 3
    check_url = str(result.url)
    form = csrf_from(result.text)
    marked = signed_in.post(f"{check_url}/reference", data={"csrf_token": form, "rep": "1"})
    assert "Rep 1 is now your reference" in marked.text
    assert "Squat: trend" in signed_in.get("/form").text


def test_a_broken_file_is_refused_naming_the_rule(signed_in):
    refused = upload(signed_in, '{"format": "pose-landmarks/v2"}')
    assert refused.status_code == 422
    assert "format must be exactly" in refused.text


def test_another_persons_check_is_not_found(signed_in, squats, web):
    url = str(upload(signed_in, squats).url)
    signed_in.cookies.clear()
    sign_up_in_browser(web, "bob@example.org")
    assert web.get(url).status_code == 404


def test_checkable_exercises_offer_the_check_and_others_do_not(signed_in):
    assert "Check my form" in signed_in.get("/exercises/goblet-squat").text
    assert "/form?exercise=squat" in signed_in.get("/exercises/goblet-squat").text
    assert "Check my form" not in signed_in.get("/exercises/side-bridge").text


def test_the_counted_reps_fill_todays_set_and_history_shows_the_result(signed_in, squats):
    today = signed_in.get("/today?plan=squat")
    link = re.search(r'href="(/form\?[^"]+)">Check my form', today.text)
    assert link, "the guided set offers the form check"
    back = re.search(r"back=([^&\"]+)", link.group(1)).group(1)
    from urllib.parse import unquote

    result = upload(signed_in, squats, back=unquote(back.replace("&amp;", "&")))
    use = re.search(r'href="([^"]+)">Use 3 reps for this set', result.text)
    assert use
    step = signed_in.get(use.group(1).replace("&amp;", "&"))
    assert 'name="reps" type="text" inputmode="numeric" pattern="[0-9]*" value="3"' in step.text
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', step.text))
    done = signed_in.post("/today/set", data={**fields, "reps": "3", "unit": "kg", "load": ""})
    assert done.status_code == 200
    assert "form: 3 reps, needs work" in signed_in.get("/history").text
