"""Today and History as a person uses them in the browser (forms, redirects, what is shown)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from backstrong.entrypoints.web.assets import asset
from tests.e2e.conftest import csrf_from, make_client, sign_up_in_browser


@pytest.fixture
def signed_in(web):
    sign_up_in_browser(web, "ada@example.org")
    return web


def post(client, path: str, **form: str):
    page = client.get("/today")
    return client.post(path, data={"csrf_token": csrf_from(page.text), **form})


def logged(page: str) -> list[str]:
    """The sets listed under "Logged today"."""
    return re.findall(r'<span class="set-text">([^<]*)</span>', page)


def log(client, entry: str, **form: str):
    return post(client, "/today/log", entry=entry, **form)


def test_today_needs_a_login(web):
    response = web.get("/today", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")


def test_a_quick_entry_is_logged_and_listed_under_today(signed_in):
    response = log(signed_in, "deadlift 3x12@60kg rpe8")
    assert response.status_code == 200  # after the redirect
    assert logged(response.text) == ["12 × 60 kg @ RPE 8"] * 3


def test_an_entry_that_cannot_be_read_points_at_the_problem_and_keeps_the_text(signed_in):
    response = log(signed_in, "deadlift 3x")
    assert response.status_code == 422
    assert "expected the reps or the time" in response.text
    assert 'value="deadlift 3x"' in response.text
    assert "Logged today" not in response.text


def test_a_negative_rep_count_is_refused_instead_of_logging_one_set(signed_in):
    response = log(signed_in, "deadlift 3x-5@60kg")
    assert response.status_code == 422
    assert "expected the reps or the time" in response.text
    assert "Logged today" not in response.text


def test_an_unclear_name_asks_which_exercise_then_logs_the_one_chosen(signed_in):
    asked = log(signed_in, "lunge 3x10")
    assert "Which exercise did you mean?" in asked.text
    choices = re.findall(r'name="exercise_id" value="([^"]+)"', asked.text)
    assert len(choices) == 3
    done = log(signed_in, "lunge 3x10", exercise_id=choices[1])
    assert done.status_code == 200
    assert logged(done.text) == ["10 reps"] * 3


def test_a_past_day_goes_into_that_days_session_and_shows_in_history(signed_in):
    yesterday = date.today() - timedelta(days=1)
    log(signed_in, "bridge 2x15", date=yesterday.isoformat())
    history = signed_in.get("/history").text
    assert yesterday.strftime("%A %d %B") in history or "month=" in history
    month = signed_in.get("/history", params={"month": yesterday.strftime("%Y-%m")}).text
    assert "2 sets: 15 reps" in month
    assert f'href="#day-{yesterday.isoformat()}"' in month


def test_a_date_far_ahead_is_refused_beside_the_date_field(signed_in):
    ahead = (date.today() + timedelta(days=5)).isoformat()
    response = log(signed_in, "bridge 2x15", date=ahead)
    assert response.status_code == 422
    assert "more than a day in the future" in response.text


def guided_form(page: str) -> dict[str, str]:
    form = page[page.index('action="/today/set"') :]
    form = form[: form.index("</form>")]
    fields = dict(re.findall(r'name="([^"]+)"[^>]*value="([^"]*)"', form))
    return fields


def test_the_guided_workout_repeats_last_session_and_a_double_tap_logs_one_set(signed_in):
    log(signed_in, "deadlift 2x5@80kg", date=(date.today() - timedelta(days=2)).isoformat())
    page = signed_in.get("/today").text
    assert 'inputmode="numeric"' in page and 'inputmode="decimal"' in page
    fields = guided_form(page)
    assert (fields["reps"], fields["load"]) == ("5", "80")
    first = signed_in.post("/today/set", data=fields, follow_redirects=False)
    assert first.status_code == 303 and "rest=" in first.headers["location"]
    signed_in.post("/today/set", data=fields)  # the same form again
    assert logged(signed_in.get("/today").text) == ["5 × 80 kg"]


def test_a_bad_number_in_the_guided_form_is_shown_beside_the_field(signed_in):
    log(signed_in, "deadlift 2x5@80kg", date=(date.today() - timedelta(days=2)).isoformat())
    fields = guided_form(signed_in.get("/today").text)
    response = signed_in.post("/today/set", data={**fields, "reps": "1001"})
    assert response.status_code == 422
    assert "reps &#39;1001&#39;: must be a whole number from 0 to 1000" in response.text


def test_pain_check_ins_are_kept_and_out_of_range_pain_is_refused(signed_in):
    log(signed_in, "bridge 2x15", date=(date.today() - timedelta(days=2)).isoformat())
    assert "how is your back right now?" in signed_in.get("/today").text
    bad = post(signed_in, "/today/pain", field="pain_before", pain="12")
    assert bad.status_code == 422 and "must be a whole number from 0 to 10" in bad.text
    post(signed_in, "/today/pain", field="pain_before", pain="3")
    assert "how is your back right now?" not in signed_in.get("/today").text


def test_records_and_progress_pages_show_the_figures(signed_in):
    log(signed_in, "deadlift 3x5@100kg", date=(date.today() - timedelta(days=1)).isoformat())
    log(signed_in, "deadlift 3x5@105kg")
    records = signed_in.get("/history/records").text
    assert "105 kg × 5" in records and "Weekly volume" in records
    progress = signed_in.get("/history/exercises/deadlift").text
    assert "<svg" in progress and "122.5 kg" in progress


def test_someone_else_cannot_delete_your_set_from_the_page(signed_in, sqlite_container):
    log(signed_in, "bridge 2x15")
    set_id = re.search(r"/today/sets/([0-9a-f-]+)/delete", signed_in.get("/today").text).group(1)
    with make_client(sqlite_container) as other:
        sign_up_in_browser(other, "bo@example.org")
        post(other, f"/today/sets/{set_id}/delete")
    assert logged(signed_in.get("/today").text) == ["15 reps", "15 reps"]


def test_the_rest_timer_script_counts_from_a_stored_end_time(web):
    script = web.get(asset("training/today.js"))
    assert script.status_code == 200
    assert "endsAt" in script.text and "localStorage" in script.text


def test_after_switching_to_lb_every_load_on_history_and_today_is_in_lb(signed_in):
    log(signed_in, "deadlift 3x5@100kg")
    post(signed_in, "/settings/unit", unit="lb")
    today = signed_in.get("/today").text
    assert logged(today) == ["5 × 220.5 lb"] * 3
    progress = signed_in.get("/history/exercises/deadlift").text
    recent = progress.split('id="h-recent"')[1]
    assert "5 × 220.5 lb" in recent and " kg" not in recent
    table = progress.split("<tbody>")[1].split("</tbody>")[0]
    assert "5 × 220.5 lb" in table and " kg" not in table
    records = signed_in.get("/history/records").text
    assert "220.5 lb × 5" in records and " kg" not in records.split("<main")[1]


def test_history_shows_a_sessions_time_the_way_the_readers_language_writes_it(signed_in):
    yesterday = date.today() - timedelta(days=1)
    log(signed_in, "bridge 2x15", date=yesterday.isoformat())
    month = {"month": yesterday.strftime("%Y-%m")}

    def session_time(language: str) -> str:
        page = signed_in.get("/history", params=month, headers={"accept-language": language}).text
        head = re.search(r'<p class="session-head">\s*([^\n<]*)', page)
        assert head is not None
        return head.group(1).split(" · ")[1].strip()

    british, american = session_time("en-GB"), session_time("en-US")
    assert re.fullmatch(r"\d\d:\d\d", british)
    assert re.fullmatch(r"\d{1,2}:\d\d\u202f[AP]M", american)
    assert american != british
