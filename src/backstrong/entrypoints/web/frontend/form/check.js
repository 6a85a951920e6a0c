// The form-check page: live mode (camera preview, skeleton drawn over it, a big rep counter,
// spoken and on-screen cues) and recorded mode (a video from the gallery, processed frame by
// frame here). @mediapipe/pose runs in the browser from the app's own static files; only
// landmarks leave the phone. While the set runs, new frames stream to the server over a
// WebSocket twice a second and the running count and cues come back (live.js); when the socket
// cannot be had, the frames so far go to POST /api/v1/form-checks/preview every few seconds
// instead. At the end the recording is queued in IndexedDB and sent, so nothing is lost
// offline: it is checked when the phone is back online.
import { openDB } from "idb";

import { vendorUrl } from "../shared/vendor.js";
import { LandmarkBuffer, UploadQueue, nextCue } from "./landmarks.js";
import { LiveLink, liveUrl } from "./live.js";

const STREAM_EVERY_MS = 500;
const PREVIEW_EVERY_MS = 3000; // the fallback without a socket re-sends the whole set
const RECORDED_FPS = 15; // frames sampled per second of a picked video (software is slow)
const POSE = "@mediapipe/pose";
const BONES = [[11, 12], [11, 13], [13, 15], [12, 14], [14, 16], [11, 23], [12, 24], [23, 24],
  [23, 25], [25, 27], [24, 26], [26, 28], [27, 29], [29, 31], [28, 30], [30, 32], [27, 31], [28, 32]];

const root = document.getElementById("form-check");
if (root) setUp(root);

function setUp(section) {
  const modes = section.querySelector(".form-modes");
  const ui = {
    section, view: section.querySelector(".live-view"), video: section.querySelector("video"),
    canvas: section.querySelector("canvas"), count: section.querySelector(".count"),
    cue: section.querySelector(".live-cue"), status: section.querySelector(".live-status"),
    exercise: () => section.querySelector("#f-exercise").value,
  };
  modes.hidden = false;
  const queue = new UploadQueue(idbStore(), (item) => postJson("/api/v1/form-checks", item, section));
  window.addEventListener("online", () => sendQueued(queue, ui));
  sendQueued(queue, ui);
  modes.querySelector("[data-mode=live]").addEventListener("click", () => live(ui, queue));
  modes.querySelector("[data-mode=recorded]").addEventListener("change", (event) => {
    const file = event.target.files?.[0];
    if (file) recorded(ui, queue, file);
  });
}

function idbStore() {
  const db = openDB("backstrong-form", 1, {
    upgrade(database) { database.createObjectStore("uploads", { autoIncrement: true }); },
  });
  return {
    add: async (item) => (await db).add("uploads", item),
    all: async () => {
      const d = await db;
      const [keys, values] = await Promise.all([d.getAllKeys("uploads"), d.getAll("uploads")]);
      return keys.map((key, i) => [key, values[i]]);
    },
    delete: async (key) => (await db).delete("uploads", key),
  };
}

async function postJson(url, body, section) {
  const response = await fetch(url, {
    method: "POST", credentials: "same-origin",
    headers: { "content-type": "application/json", "x-csrf-token": section.dataset.csrf },
    body: JSON.stringify(body),
  });
  return { ok: response.ok, status: response.status, body: await response.json().catch(() => ({})) };
}

function loadPoseScript() {
  if (window.Pose) return Promise.resolve(window.Pose);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = vendorUrl(POSE, "pose.js");
    script.onload = () => resolve(window.Pose);
    script.onerror = () => reject(new Error("the pose model could not be loaded"));
    document.head.append(script);
  });
}

async function makePose(onResults) {
  const Pose = await loadPoseScript();
  const pose = new Pose({ locateFile: (file) => vendorUrl(POSE, file) });
  pose.setOptions({ modelComplexity: 1, smoothLandmarks: true, minDetectionConfidence: 0.5 });
  pose.onResults(onResults);
  await pose.initialize();
  return pose;
}

function drawSkeleton(canvas, video, landmarks) {
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const g = canvas.getContext("2d");
  g.clearRect(0, 0, canvas.width, canvas.height);
  if (!landmarks) return;
  g.lineWidth = Math.max(3, canvas.width / 200);
  g.strokeStyle = "#35d07f";
  g.fillStyle = "#ffffff";
  const at = (i) => [landmarks[i].x * canvas.width, landmarks[i].y * canvas.height];
  for (const [a, b] of BONES) {
    if ((landmarks[a].visibility ?? 0) < 0.5 || (landmarks[b].visibility ?? 0) < 0.5) continue;
    g.beginPath();
    g.moveTo(...at(a));
    g.lineTo(...at(b));
    g.stroke();
  }
}

function say(text) {
  if (!text || !("speechSynthesis" in window)) return;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

function showAnalysis(ui, analysis, lastCue) {
  ui.count.textContent = String(analysis.reps);
  const cue = nextCue(analysis, lastCue);
  if (cue) {
    ui.cue.textContent = cue;
    say(cue);
  }
  return cue ?? lastCue;
}

async function live(ui, queue) {
  ui.view.hidden = false;
  ui.status.textContent = "Starting the camera…";
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
  } catch {
    ui.status.textContent = "The camera could not be opened: allow it for this site, or pick a recorded video.";
    return;
  }
  ui.video.srcObject = stream;
  await ui.video.play();
  const buffer = new LandmarkBuffer({ fps: 30, width: ui.video.videoWidth, height: ui.video.videoHeight });
  const pose = await makePose((results) => {
    buffer.add(performance.now(), results.poseLandmarks);
    drawSkeleton(ui.canvas, ui.video, results.poseLandmarks);
  });
  ui.status.textContent = "Go when you are ready: side-on, whole body in view.";
  let running = true;
  let lastCue = null;
  const shown = (body) => { if (running) lastCue = showAnalysis(ui, body, lastCue); };
  const link = new LiveLink(buffer, (url) => new WebSocket(url), {
    analysis: shown,
    problem: (message) => { ui.status.textContent = message; },
  });
  if (navigator.onLine) link.connect(liveUrl(window.location, ui.exercise()));
  let posted = 0;
  const timer = setInterval(async () => {
    if (link.flush() || link.state === "connecting" || !navigator.onLine || !buffer.seesSomebody) return;
    if (Date.now() - posted < PREVIEW_EVERY_MS) return;
    posted = Date.now();
    const answer = await postJson("/api/v1/form-checks/preview",
      { exercise: ui.exercise(), landmarks: buffer.document() }, ui.section).catch(() => null);
    if (answer?.ok) shown(answer.body);
  }, STREAM_EVERY_MS);
  const loop = async () => {
    if (!running) return;
    if (ui.video.readyState >= 2) await pose.send({ image: ui.video });
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  ui.section.querySelector("[data-action=finish]").onclick = async () => {
    running = false;
    clearInterval(timer);
    link.close();
    stream.getTracks().forEach((track) => track.stop());
    await finish(ui, queue, buffer);
  };
}

function seek(video, t) {
  return new Promise((resolve) => {
    video.addEventListener("seeked", resolve, { once: true });
    video.currentTime = t;
  });
}

async function recorded(ui, queue, file) {
  ui.view.hidden = false;
  ui.section.querySelector("[data-action=finish]").hidden = true;
  ui.status.textContent = "Reading the video on this phone…";
  ui.video.src = URL.createObjectURL(file);
  await new Promise((resolve) => ui.video.addEventListener("loadeddata", resolve, { once: true }));
  const buffer = new LandmarkBuffer({ fps: RECORDED_FPS, width: ui.video.videoWidth, height: ui.video.videoHeight });
  let seen = null;
  const pose = await makePose((results) => { seen = results.poseLandmarks ?? null; });
  const duration = ui.video.duration;
  for (let t = 0; t < duration; t += 1 / RECORDED_FPS) {
    await seek(ui.video, t);
    await pose.send({ image: ui.video });
    buffer.add(t * 1000, seen);
    drawSkeleton(ui.canvas, ui.video, seen);
    ui.status.textContent = `Reading the video: ${Math.round((100 * t) / duration)} %`;
  }
  URL.revokeObjectURL(ui.video.src);
  await finish(ui, queue, buffer);
}

async function finish(ui, queue, buffer) {
  if (!buffer.seesSomebody) {
    ui.status.textContent = "Nobody was found in the picture: step back so your whole body is in view.";
    return;
  }
  await queue.enqueue({ exercise: ui.exercise(), landmarks: buffer.document() });
  await sendQueued(queue, ui);
}

async function sendQueued(queue, ui) {
  const { done, refused } = await queue.flush();
  if (refused.length) {
    const detail = refused[0].body?.detail;
    ui.status.textContent = Array.isArray(detail) ? detail[0].msg : String(detail ?? "The check was refused.");
    return;
  }
  if (done.length) {
    const back = ui.section.dataset.back;
    window.location.assign(`/form/${done.at(-1).id}` + (back ? `?back=${encodeURIComponent(back)}` : ""));
  } else if ((await queue.store.all()).length) {
    ui.status.textContent = "Saved on this phone: it will be checked when you are back online.";
  }
}
