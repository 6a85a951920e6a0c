// The diary's barcode scanner: the "Scan" button beside the barcode field opens the rear camera,
// reads EAN-13, EAN-8, UPC-A and UPC-E with the browser's Barcode Detection API or, where the
// browser has none, the barcode-detector polyfill (ZXing in WebAssembly, loaded only then, its
// .wasm served by the app). A code found fills the field and is looked up on the server
// (GET /api/v1/foods/barcode/<code>); the person then sets the grams and adds it. Typing the
// digits works as before. The camera stops when a code is found, on Stop, and when the page
// is hidden.
import { chooseDetector, pickCode } from "./barcode.js";

const SCAN_EVERY_MS = 150; // a detect() per frame would keep a phone's CPU busy for nothing

function setUp(scanButton, input) {
  const view = document.createElement("div");
  view.className = "scan-view";
  view.hidden = true;
  view.innerHTML = '<video muted playsinline aria-label="Camera"></video><span class="scan-aim" aria-hidden="true"></span>'
    + '<button type="button" class="scan-stop">Stop</button>';
  const status = document.createElement("p");
  status.className = "scan-status small";
  status.setAttribute("role", "status");
  input.closest(".row").after(view, status);
  const scanner = new Scanner(view, status, (code) => found(code, input, status));
  scanButton.hidden = false;
  scanButton.addEventListener("click", () => scanner.start());
  view.querySelector(".scan-stop").addEventListener("click", () => scanner.stop("Scanning stopped."));
  document.addEventListener("visibilitychange", () => { if (document.hidden) scanner.stop(""); });
  window.addEventListener("pagehide", () => scanner.stop(""));
}

let detectorChoice = null;

/** The detector, chosen once per page (the polyfill is downloaded at the first scan only). */
function detector() {
  detectorChoice ??= chooseDetector({ native: window.BarcodeDetector, loadPolyfill }).catch((error) => {
    detectorChoice = null;
    throw error;
  });
  return detectorChoice;
}

async function loadPolyfill() {
  return (await import("./polyfill.js")).BarcodeDetector;
}

class Scanner {
  constructor(view, status, onCode) {
    Object.assign(this, { view, status, onCode, video: view.querySelector("video") });
    this.stream = null;
    this.timer = null;
    this.run = 0; // bumped by stop(), so a start() still opening the camera gives up
  }

  async start() {
    if (this.stream) return;
    const run = ++this.run;
    this.say("Opening the camera…");
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: "environment" }, width: { ideal: 1280 }, height: { ideal: 720 } },
        audio: false,
      });
    } catch {
      this.say("The camera could not be opened: allow it for this site, or type the digits under the bars.");
      return;
    }
    if (run !== this.run) return stopTracks(stream);
    this.stream = stream;
    this.view.hidden = false;
    this.view.scrollIntoView({ block: "nearest", behavior: "smooth" });
    this.video.srcObject = stream;
    await this.video.play().catch(() => {});
    this.say("Point the camera at the barcode.");
    try {
      const { detector: reader } = await detector();
      if (run === this.run) this.scan(run, reader);
    } catch {
      this.stop("The barcode reader could not be loaded: type the digits under the bars.");
    }
  }

  scan(run, reader) {
    const tick = async () => {
      if (run !== this.run) return;
      let code = null;
      if (this.video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
        code = pickCode(await reader.detect(this.video).catch(() => []));
      }
      if (run !== this.run) return;
      if (code) {
        this.stop("");
        this.onCode(code);
      } else {
        this.timer = setTimeout(tick, SCAN_EVERY_MS);
      }
    };
    tick();
  }

  stop(message) {
    this.run++;
    clearTimeout(this.timer);
    if (this.stream) stopTracks(this.stream);
    this.stream = null;
    this.video.srcObject = null;
    this.view.hidden = true;
    if (message !== "") this.say(message);
  }

  say(text) {
    this.status.textContent = text;
    this.status.classList.remove("error");
  }
}

function stopTracks(stream) {
  for (const track of stream.getTracks()) track.stop();
}

/** Fills the field with the code and asks the server what it is (the same look-up as Add). */
async function found(code, input, status) {
  input.value = code;
  input.removeAttribute("aria-invalid");
  input.dispatchEvent(new Event("input", { bubbles: true }));
  status.textContent = `Barcode ${code}: looking it up…`;
  let answer;
  try {
    const response = await fetch(`/api/v1/foods/barcode/${encodeURIComponent(code)}`, {
      credentials: "same-origin",
      headers: { accept: "application/json" },
    });
    answer = { ok: response.ok, body: await response.json().catch(() => ({})) };
  } catch {
    answer = { ok: false, body: { detail: "the server could not be reached; try Add when back online" } };
  }
  if (answer.ok) {
    status.textContent = productText(code, answer.body);
    document.getElementById("f-grams")?.focus();
  } else {
    status.textContent = problemText(code, answer.body);
    status.classList.add("error");
    input.focus();
  }
}

function productText(code, product) {
  const serving = product.serving ? `, ${product.serving.grams} g a serving` : "";
  return `Barcode ${code}: ${product.name}${product.brand ? ` (${product.brand})` : ""},`
    + ` ${Math.round(product.kcal_per_100g)} kcal per 100 g${serving}. Set the grams and tap Add.`
    + ` ${product.attribution}.`;
}

function problemText(code, body) {
  const detail = body?.detail;
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail) && detail[0]?.msg) return detail[0].msg;
  return `Barcode ${code} could not be looked up; tap Add to try again.`;
}

// Last: the classes above exist only once their declarations have run.
const button = document.querySelector("[data-scan]");
const field = document.getElementById("f-barcode");
if (button && field && navigator.mediaDevices?.getUserMedia) setUp(button, field);
