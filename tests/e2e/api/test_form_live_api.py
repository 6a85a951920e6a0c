"""Live mode's WebSocket: frames stream in batches, the running count and cues come back; only a
signed-in caller gets in, each person is judged against their own reference, and a bad batch
gets a message naming the rule (the socket stays open and the set so far is kept)."""

from __future__ import annotations

import dataclasses

import pytest
from starlette.websockets import WebSocketDisconnect

from tests.e2e.conftest import api_token, bearer, sign_up_in_browser
from tests.unit.form.builders import REALISTIC, squat_set
from tests.unit.form.synthetic import generate

LIVE = "/api/v1/form-checks/live"


@pytest.fixture(scope="module")
def squats() -> dict:
    return generate(squat_set(3))[0]


def batches(document: dict, size: int = 15) -> list[dict]:
    """The recording as the phone streams it: documents of `size` frames each."""
    head = {k: v for k, v in document.items() if k != "frames"}
    frames = document["frames"]
    return [{**head, "frames": frames[i : i + size]} for i in range(0, len(frames), size)]


def stream(ws, document: dict) -> list[dict]:
    answers = []
    for batch in batches(document):
        ws.send_json(batch)
        answers.append(ws.receive_json())
    return answers


def test_streamed_frames_get_a_running_count_that_ends_at_the_sets_reps(client, squats):
    ada = bearer(api_token(client, "ada@example.org"))
    with client.websocket_connect(f"{LIVE}?exercise=squat", headers=ada) as ws:
        assert ws.receive_json() == {"type": "ready", "exercise": "squat"}
        answers = stream(ws, squats)
    assert all(a["type"] == "analysis" for a in answers)
    counts = [a["reps"] for a in answers]
    assert counts == sorted(counts) and counts[0] == 0 and counts[-1] == 3
    assert answers[-1]["frames"] == len(squats["frames"])
    assert answers[-1]["verdict"] == "good"
    assert client.get("/api/v1/form-checks", headers=ada).json()["total"] == 0  # nothing kept


def test_the_browser_session_gets_in_from_this_site_only(client, squats):
    sign_up_in_browser(client, "ada@example.org")
    same_site = {"origin": "http://testserver"}
    with client.websocket_connect(f"{LIVE}?exercise=squat", headers=same_site) as ws:
        assert ws.receive_json()["type"] == "ready"
    for origin in ({"origin": "https://evil.example"}, {}):
        with client.websocket_connect(f"{LIVE}?exercise=squat", headers=origin) as ws:
            refused = ws.receive_json()
            assert refused["type"] == "error" and refused["status"] == 401
            with pytest.raises(WebSocketDisconnect) as closed:
                ws.receive_json()
            assert closed.value.code == 1008


def test_nobody_signed_in_and_a_wrong_token_are_refused(client):
    for headers in ({}, bearer("not-a-token"), {"origin": "http://testserver"}):
        with client.websocket_connect(f"{LIVE}?exercise=squat", headers=headers) as ws:
            refused = ws.receive_json()
            assert (
                refused
                == {
                    "type": "error",
                    "status": 401,
                    "detail": refused["detail"],
                }
                and "sign in" in refused["detail"]
            )
            with pytest.raises(WebSocketDisconnect):
                ws.receive_json()


def test_an_exercise_that_cannot_be_checked_is_named(client):
    ada = bearer(api_token(client, "ada@example.org"))
    with client.websocket_connect(f"{LIVE}?exercise=plank", headers=ada) as ws:
        refused = ws.receive_json()
        assert refused["status"] == 422 and refused["detail"][0]["loc"] == ["body", "exercise"]
        assert "plank" in refused["detail"][0]["msg"]
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()
        assert closed.value.code == 1008


def test_bad_batches_are_named_and_the_set_so_far_is_kept(client, squats):
    ada = bearer(api_token(client, "ada@example.org"))
    first, second, *_ = batches(squats)
    with client.websocket_connect(f"{LIVE}?exercise=squat", headers=ada) as ws:
        ws.receive_json()
        ws.send_json(first)
        assert ws.receive_json()["frames"] == len(first["frames"])
        refusals = []
        for bad in (
            "{not json",
            {**second, "fps": -30},
            {**second, "width": second["width"] // 2},
            {**first},  # goes back in time
            {**second, "frames": [{"t": 9.0, "landmarks": [[0.5, 0.5]]}]},
        ):
            if isinstance(bad, str):
                ws.send_text(bad)
            else:
                ws.send_json(bad)
            refusals.append(ws.receive_json())
        ws.send_bytes(b"\x00\x01")
        refusals.append(ws.receive_json())
        ws.send_json(second)
        kept = ws.receive_json()
    assert all(r["type"] == "error" and r["status"] == 422 for r in refusals)
    messages = [r["detail"][0]["msg"] for r in refusals]
    assert "not JSON" in messages[0]
    assert "fps must be a number > 0" in messages[1]
    assert "every batch of a live set must say" in messages[2]
    assert "never goes back" in messages[3]
    assert "expected null or exactly 33 rows" in messages[4] or "33" in messages[4]
    assert "JSON text" in messages[5]
    assert kept["type"] == "analysis"
    assert kept["frames"] == len(first["frames"]) + len(second["frames"])


def test_each_person_is_judged_against_their_own_reference_only(client):
    ada = bearer(api_token(client, "ada@example.org"))
    bob = bearer(api_token(client, "bob@example.org"))
    deep = generate(squat_set(reps=3, artefacts=REALISTIC))[0]
    check = client.post("/api/v1/form-checks", json={"exercise": "squat", "landmarks": deep},
                        headers=ada).json()  # fmt: skip
    marked = client.put("/api/v1/form-references/squat", json={"check_id": check["id"], "rep": 1},
                        headers=ada)  # fmt: skip
    assert marked.status_code == 200
    scenario = squat_set(reps=3, artefacts=REALISTIC, seed=5)
    shallower = tuple(
        dataclasses.replace(rep, peak={**rep.peak, "thigh": rep.peak["thigh"] - 22.0})
        for rep in scenario.reps
    )
    document = generate(dataclasses.replace(scenario, reps=shallower))[0]
    codes = {}
    for who, headers in (("ada", ada), ("bob", bob)):
        with client.websocket_connect(f"{LIVE}?exercise=squat", headers=headers) as ws:
            ws.receive_json()
            last = stream(ws, document)[-1]
        codes[who] = {f["code"] for rep in last["rep_details"] for f in rep["faults"]}
    assert "shallower-than-reference" in codes["ada"]
    assert "shallower-than-reference" not in codes["bob"]
