"""Progress for every set over HTTP: high-rep days marked less reliable, the RPE chart apart,
best set and volume, hold times; another person's sets never counted."""

from __future__ import annotations

import pytest

from tests.e2e.api.test_training_api import a_set
from tests.e2e.conftest import api_token, bearer


@pytest.fixture
def ada(client):
    return bearer(api_token(client, "ada@example.org"))


def test_progress_marks_high_reps_keeps_the_rpe_chart_apart_and_counts_holds(client, ada):
    client.post("/api/v1/sets", json=a_set(reps=12, load={"value": 60, "unit": "kg"}), headers=ada)
    rpe = a_set(reps=5, load={"value": 80, "unit": "kg"}, rpe=8)
    client.post("/api/v1/sets", json=rpe, headers=ada)
    plank = a_set(exercise_id="plank", reps=None, load=None, hold_seconds=45)
    assert client.post("/api/v1/sets", json=plank, headers=ada).status_code == 201
    data = client.get(
        "/api/v1/stats/progress", params={"exercise_id": "deadlift"}, headers=ada
    ).json()
    methods = {line["method"]: line["points"] for line in data["e1rm"]}
    assert set(methods) == {"epley", "rpe-chart"}
    assert methods["epley"][0]["reps"] == 12 and methods["epley"][0]["reliable"] is False
    assert data["best_sets"][0]["volume"]["value"] == pytest.approx(60 * 12 + 80 * 5)
    holds = client.get("/api/v1/stats/progress", params={"exercise_id": "plank"}, headers=ada)
    assert holds.json()["holds"][0]["best"] == 45
    other = bearer(api_token(client, "bo@example.org"))
    theirs = client.get("/api/v1/stats/progress", params={"exercise_id": "deadlift"}, headers=other)
    assert theirs.json()["best_sets"] == []
