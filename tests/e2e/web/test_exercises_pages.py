"""The library as a person browses it."""

from __future__ import annotations


def test_the_library_page_lists_and_filters_exercises(web):
    page = web.get("/exercises", params={"q": "bridge"})
    assert page.status_code == 200
    assert 'href="/exercises/bridge"' in page.text
    filtered = web.get("/exercises", params={"muscle": "hips", "bodyweight": "1"}).text
    assert 'href="/exercises/clamshell"' not in filtered or "mat" not in filtered
    assert 'href="/exercises/deadlift"' not in filtered


def test_the_body_map_links_each_region_to_its_exercises(web):
    page = web.get("/exercises").text
    assert 'data-region="lower-back"' in page
    assert "muscle=lower-back" in page


def test_leaving_out_a_sensitivity_hides_matching_exercises(web):
    everything = web.get("/exercises", params={"q": "child"}).text
    assert 'href="/exercises/childs-pose"' in everything
    careful = web.get("/exercises", params={"q": "child", "avoid": "flexion"}).text
    assert 'href="/exercises/childs-pose"' not in careful


def test_an_exercise_page_shows_picture_dose_cues_and_family(web):
    page = web.get("/exercises/lower-back-rotational-stretch").text
    assert "<svg" in page
    assert "hold 5–10 s each side" in page
    assert "3 times a day" in page
    assert "Cues" in page and "Common faults" in page


def test_an_exercise_page_links_easier_and_harder_versions(web):
    page = web.get("/exercises/goblet-squat").text
    assert 'href="/exercises/bodyweight-squat"' in page
    assert 'href="/exercises/box-squat"' in page


def test_an_unknown_exercise_page_is_a_friendly_404(web):
    response = web.get("/exercises/not-a-thing")
    assert response.status_code == 404
    assert "could not find" in response.text
