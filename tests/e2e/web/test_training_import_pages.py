"""Importing workouts on the web: upload, review each name (change one), import, summary; the
form's errors name the field, and another person's pending import is a 404."""

from __future__ import annotations

import re

from tests.e2e.api.test_training_imports_api import STRONG
from tests.e2e.conftest import csrf_from, sign_up_in_browser


def _upload(web, text: str = STRONG, **fields: str):
    token = csrf_from(web.get("/history/import").text)
    data = {"csrf_token": token, "format": "strong", "unit": "kg", **fields}
    files = {"file": ("strong.csv", text.encode(), "text/csv")}
    return web.post("/history/import", data=data, files=files, follow_redirects=False)


def test_the_history_page_links_to_the_import(web):
    sign_up_in_browser(web, "ana@example.org")
    assert 'href="/history/import"' in web.get("/history").text


def test_upload_review_change_a_match_and_import(web):
    sign_up_in_browser(web, "ana@example.org")
    uploaded = _upload(web)
    assert uploaded.status_code == 303
    review_url = uploaded.headers["location"]
    page = web.get(review_url).text
    assert "Deadlift (Barbell)" in page and "Zercher Wobble Thing" in page
    assert re.search(r"\d+% confident", page)
    assert "Create as my own exercise" in page
    first = re.search(r'<select id="match-0".*?</select>', page, re.S).group(0)
    options = re.findall(r'<option value="([^"]+)"( selected)?', first)
    proposed = next(value for value, chosen in options if chosen)
    other = next(value for value, _ in options if value not in (proposed, "new"))
    form = {"csrf_token": csrf_from(page), "match-0": other, "match-1": "new"}
    done = web.post(review_url, data=form)
    assert done.status_code == 200
    assert "3</strong> sets added" in done.text
    assert "0</strong> skipped as already imported" in done.text
    assert "1</strong> exercise of your own created" in done.text
    history = web.get("/history?month=2026-03").text
    assert f'href="/history/exercises/{other}"' in history
    assert web.get(review_url).status_code == 404  # applied: gone


def test_a_second_import_of_the_same_file_adds_nothing(web):
    sign_up_in_browser(web, "ana@example.org")
    first = _upload(web).headers["location"]
    web.post(first, data={"csrf_token": csrf_from(web.get(first).text)})
    again = _upload(web).headers["location"]
    page = web.get(again).text
    assert "3 already imported will be left out" in page
    done = web.post(again, data={"csrf_token": csrf_from(page)})
    assert "0</strong> sets added" in done.text and "3</strong> skipped" in done.text


def test_the_review_shows_what_the_import_had_to_guess(web):
    sign_up_in_browser(web, "ana@example.org")
    resaved = (  # dates a spreadsheet wrote again: 4/3 could be 4 March or 3 April
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds\n"
        "4/3/2024 07:10,Upper,40m,Deadlift (Barbell),1,100,5,0,0\n"
    )
    page = web.get(_upload(web, resaved).headers["location"]).text
    assert "Worth a look before you import" in page
    assert "4/3/2024 07:10" in page and "day or month first" in page


def test_a_bad_upload_says_which_field_and_stores_nothing(web):
    sign_up_in_browser(web, "ana@example.org")
    empty = _upload(web, "")
    assert empty.status_code == 422
    assert 'id="e-file"' in empty.text and "at least a header row" in empty.text
    not_strong = _upload(web, "a,b\n1,2\n")
    assert not_strong.status_code == 422 and 'id="e-file"' in not_strong.text
    assert "Nothing logged" in web.get("/history?month=2026-03").text


def test_the_forms_need_their_csrf_token(web):
    sign_up_in_browser(web, "ana@example.org")
    files = {"file": ("strong.csv", STRONG.encode(), "text/csv")}
    assert web.post("/history/import", data={"format": "strong"}, files=files).status_code == 403
    review = _upload(web).headers["location"]
    assert web.post(review, data={"match-0": "new"}).status_code == 403


def test_another_persons_pending_import_is_a_404(web, sqlite_container):
    from tests.e2e.conftest import make_client

    sign_up_in_browser(web, "ana@example.org")
    review = _upload(web).headers["location"]
    with make_client(sqlite_container) as eve:
        sign_up_in_browser(eve, "eve@example.org")
        assert eve.get(review).status_code == 404
        token = csrf_from(eve.get("/history/import").text)
        assert eve.post(review, data={"csrf_token": token}).status_code == 404


def test_an_upload_over_the_limit_is_refused_naming_its_size_and_the_limit(web):
    web.app.state.container.settings.import_max_mb = 1
    sign_up_in_browser(web, "ana@example.org")
    big = STRONG + "x" * 1_300_000
    response = _upload(web, big)
    assert response.status_code == 413
    assert "1.2 MB" in response.text and "at most 1 MB" in response.text


def test_an_upload_in_windows_1252_is_read_as_written(web):
    sign_up_in_browser(web, "ana@example.org")
    token = csrf_from(web.get("/history/import").text)
    files = {"file": ("strong.csv", STRONG.replace("Wobble", "Wöbble").encode("cp1252"))}
    data = {"csrf_token": token, "format": "strong", "unit": "kg"}
    uploaded = web.post("/history/import", data=data, files=files, follow_redirects=False)
    assert uploaded.status_code == 303
    assert "Zercher Wöbble Thing" in web.get(uploaded.headers["location"]).text
