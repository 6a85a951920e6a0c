"""The diary's barcode scanner in real Chromium: the fake camera shows an EAN-13 drawn here from
the GS1 encoding tables, the barcode-detector polyfill (ZXing in WebAssembly, served by the app)
reads it, the code fills the barcode field and the server is asked what it is. The test server
has online look-ups off (conftest), so the answer is the plain "turned off" message."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from tests.e2e.browser.conftest import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.browser
np = pytest.importorskip("numpy")
PASSWORD = "a long enough passphrase"
CODE = "4006381333931"  # a valid EAN-13 (check digit 1)
SLOW = 60_000  # ms: the reader compiles 1 MB of WebAssembly on a shared CPU

# EAN-13 test data (GS1 General Specifications, 5.2.1.2): the L and G sets of the left half,
# the R set of the right half, and which set each left digit takes by the first digit.
L_CODES = ["0001101", "0011001", "0010011", "0111101", "0100011",
           "0110001", "0101111", "0111011", "0110111", "0001011"]  # fmt: skip
G_CODES = ["0100111", "0110011", "0011011", "0100001", "0011101",
           "0111001", "0000101", "0010001", "0001001", "0010111"]  # fmt: skip
R_CODES = ["1110010", "1100110", "1101100", "1000010", "1011100",
           "1001110", "1010000", "1000100", "1001000", "1110100"]  # fmt: skip
PARITY = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
          "LGGLLG", "LGGGLG", "LGLGLG", "LGLGGL", "LGGLGL"]  # fmt: skip


def ean13_modules(code: str) -> str:
    """The 95 modules of an EAN-13, "1" for a bar."""
    first, left, right = int(code[0]), code[1:7], code[7:]
    sets = {"L": L_CODES, "G": G_CODES}
    left_bars = "".join(sets[p][int(d)] for p, d in zip(PARITY[first], left, strict=True))
    return "101" + left_bars + "01010" + "".join(R_CODES[int(d)] for d in right) + "101"


def write_barcode_y4m(path: Path, code: str, frames: int = 10) -> None:
    """A 640×480 grey-scale clip (YUV 4:2:0) of the barcode, black on white, 4 px a module."""
    width, height, module = 640, 480, 4
    bars = np.array([c == "1" for c in ean13_modules(code)]).repeat(module)
    y = np.full((height, width), 255, dtype=np.uint8)
    left = (width - bars.size) // 2
    y[120:360, left : left + bars.size][:, bars] = 0
    chroma = np.full((height // 2, width // 2), 128, dtype=np.uint8).tobytes()
    with path.open("wb") as out:
        out.write(f"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n".encode())
        for _ in range(frames):
            out.write(b"FRAME\n" + y.tobytes() + chroma + chroma)


@pytest.fixture
def camera_page(tmp_path, browser):
    clip = tmp_path / "barcode.y4m"
    write_barcode_y4m(clip, CODE)
    args = [*CHROMIUM_ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
            f"--use-file-for-fake-video-capture={clip}"]  # fmt: skip
    faked = browser.browser_type.launch(executable_path=CHROMIUM, headless=True, args=args)
    context = faked.new_context(viewport={"width": 390, "height": 844})
    context.grant_permissions(["camera"])
    page = context.new_page()
    # The polyfill's path whatever this Chromium build offers (Linux has no native detector).
    page.add_init_script("delete window.BarcodeDetector")
    yield page
    faked.close()


def _sign_up(page, live_server) -> None:
    page.goto(live_server + "/signup")
    page.get_by_label("Email").fill(f"scan-{uuid.uuid4().hex[:8]}@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(live_server + "/")


def test_a_scanned_barcode_fills_the_field_and_is_looked_up(camera_page, live_server):
    page = camera_page
    errors: list[str] = []
    requested: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("request", lambda r: requested.append(r.url))
    _sign_up(page, live_server)
    page.goto(live_server + "/nutrition")
    page.set_default_timeout(SLOW)
    page.get_by_text("Packaged food? Add it by its barcode").click()
    page.get_by_role("button", name="Scan").click()
    field = page.get_by_label("Barcode")
    page.wait_for_function(
        "(code) => document.getElementById('f-barcode').value === code", arg=CODE
    )
    answer = page.get_by_role("status").filter(has_text=CODE).filter(has_text="turned off")
    answer.wait_for()
    assert field.input_value() == CODE
    assert page.locator(".scan-view").is_hidden(), "the camera view closes once a code is read"
    camera_live = "() => [...document.querySelectorAll('video')].some((v) => v.srcObject)"
    assert page.evaluate(camera_live) is False, "the camera is released"
    assert not errors
    wasm = [url for url in requested if url.endswith(".wasm")]
    assert wasm and all(url.startswith(live_server + "/static/dist/vendor/") for url in wasm)
    foreign = [url for url in requested if not url.startswith((live_server, "data:", "blob:"))]
    assert not foreign, f"requests left the app's origin: {foreign}"
    assert any(url.endswith(f"/api/v1/foods/barcode/{CODE}") for url in requested)


def test_typed_digits_still_add_by_barcode_without_the_camera(page, live_server):
    _sign_up(page, live_server)
    page.goto(live_server + "/nutrition")
    page.get_by_text("Packaged food? Add it by its barcode").click()
    assert page.get_by_role("button", name="Scan").is_visible()
    page.get_by_label("Barcode").fill(CODE)
    page.locator(".barcode-form").get_by_role("button", name="Add").click()
    message = page.locator("#e-barcode")
    assert "turned off" in message.inner_text()
    assert page.get_by_label("Barcode").input_value() == CODE
