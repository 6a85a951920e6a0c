"""The form check in real Chromium: @mediapipe/pose, served by the app, finds the astronaut in
scikit-image's NASA portrait, and the live page runs on Chromium's fake camera fed with that
photo (a y4m file), sending landmarks only. Software rendering is slow, so a handful of frames."""

from __future__ import annotations

import base64
import io
import json
import re
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.e2e.browser.conftest import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.browser
data = pytest.importorskip("skimage.data", reason="scikit-image (dev extra) is not installed")
PASSWORD = "a long enough passphrase"
SLOW = 120_000  # ms: the wasm model on a software-rendered canvas


def _sign_up(page, live_server) -> None:
    page.goto(live_server + "/signup")
    page.get_by_label("Email").fill(f"form-{uuid.uuid4().hex[:8]}@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(live_server + "/")


def _pose_folder(live_server: str) -> str:
    with urllib.request.urlopen(live_server + "/static/dist/manifest.json") as response:
        manifest = json.load(response)
    return "/static/dist/" + str(manifest["vendor/@mediapipe/pose/"])


def _photo_data_url() -> str:
    from PIL import Image

    out = io.BytesIO()
    Image.fromarray(data.astronaut()).save(out, format="PNG")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


RUN_POSE = """async ([folder, src]) => {
  await new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = folder + "pose.js"; s.onload = resolve; s.onerror = reject;
    document.head.append(s);
  });
  const image = new Image(); image.src = src; await image.decode();
  const pose = new window.Pose({ locateFile: (file) => folder + file });
  pose.setOptions({ modelComplexity: 1, staticImageMode: true });
  const found = [];
  pose.onResults((r) => found.push(r.poseLandmarks ?? null));
  await pose.initialize();
  for (let i = 0; i < 3; i++) await pose.send({ image });
  return found;
}"""


def test_the_browser_pose_model_finds_the_astronaut(page, live_server):
    _sign_up(page, live_server)
    page.goto(live_server + "/form")
    page.set_default_timeout(SLOW)
    found = page.evaluate(RUN_POSE, [_pose_folder(live_server), _photo_data_url()])
    assert len(found) == 3 and all(f is not None for f in found)
    nose, left, right = found[-1][0], found[-1][11], found[-1][12]
    assert min(nose["visibility"], left["visibility"], right["visibility"]) >= 0.5
    assert nose["y"] < min(left["y"], right["y"])


def write_y4m(path: Path, frames: int = 20) -> None:
    """The astronaut as a short 10 fps YUV 4:2:0 clip (BT.601, full range)."""
    import numpy as np

    rgb = data.astronaut().astype(np.float32)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    y = 0.299 * r + 0.587 * g + 0.114 * b
    u = (b - y) * 0.564 + 128
    v = (r - y) * 0.713 + 128
    sub = lambda plane: plane.reshape(256, 2, 256, 2).mean(axis=(1, 3))  # noqa: E731
    planes = [np.clip(p, 0, 255).astype(np.uint8).tobytes() for p in (y, sub(u), sub(v))]
    with path.open("wb") as out:
        out.write(b"YUV4MPEG2 W512 H512 F10:1 Ip A1:1 C420jpeg\n")
        for _ in range(frames):
            out.write(b"FRAME\n" + b"".join(planes))


@pytest.fixture
def camera_page(tmp_path, browser):
    clip = tmp_path / "astronaut.y4m"
    write_y4m(clip)
    args = [*CHROMIUM_ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
            f"--use-file-for-fake-video-capture={clip}"]  # fmt: skip
    faked = browser.browser_type.launch(executable_path=CHROMIUM, headless=True, args=args)
    context = faked.new_context(viewport={"width": 390, "height": 844})
    context.grant_permissions(["camera"])
    yield context.new_page()
    faked.close()


def test_the_live_page_runs_on_the_camera_and_sends_landmarks_only(camera_page, live_server):
    page = camera_page
    errors: list[str] = []
    sent: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("request", lambda r: sent.append(r.post_data or "") if r.method == "POST" else None)
    streamed: list[str] = []
    answers: list[str] = []

    def watch(ws):
        if "/api/v1/form-checks/live?exercise=" in ws.url:
            ws.on("framesent", lambda payload: streamed.append(str(payload)))
            ws.on("framereceived", lambda payload: answers.append(str(payload)))

    page.on("websocket", watch)
    _sign_up(page, live_server)
    page.goto(live_server + "/form")
    page.set_default_timeout(SLOW)
    page.get_by_role("button", name="Live: use the camera").click()
    page.get_by_text("Go when you are ready").wait_for()
    page.wait_for_function("() => document.querySelector('.stage canvas').width > 0")
    for _ in range(120):  # the running count: wait for the first answer to a streamed batch
        if any('"analysis"' in a or '"error"' in a for a in answers):
            break
        page.wait_for_timeout(500)
    page.get_by_role("button", name="Finish the set").click()
    page.wait_for_function(
        "() => location.pathname.startsWith('/form/') ||"
        " !document.querySelector('.live-status').textContent.startsWith('Go when')"
    )
    status = "" if "/form/" in page.url else page.locator(".live-status").inner_text()
    assert not errors
    assert re.search(r"/form/\d+", page.url) or "Nobody" in status, status
    # live: new frames went over the WebSocket (the session cookie let it in) and the running
    # analysis came back; at the end the set was POSTed when somebody was seen
    assert any('"type": "ready"' in a or '"type":"ready"' in a for a in answers), answers[:2]
    assert any("pose-landmarks/v1" in body for body in streamed), "landmarks were streamed"
    assert any('"analysis"' in a for a in answers), answers[-2:]
    assert all("data:video" not in body and "data:image" not in body for body in sent + streamed)
