import assert from "node:assert/strict";
import { test } from "node:test";

import { LandmarkBuffer } from "./landmarks.js";
import { LiveLink, batchFrom, liveUrl } from "./live.js";

const person = () => Array.from({ length: 33 }, () => ({ x: 0.5, y: 0.4, z: 0, visibility: 0.9 }));

/** A stand-in for the browser's WebSocket: records what is sent, lets the test answer. */
function fakeSocket() {
  const socket = {
    sent: [], closed: false,
    send(text) { if (this.closed) throw new Error("closed"); this.sent.push(JSON.parse(text)); },
    close() { this.closed = true; this.onclose?.(); },
    answer(message) { this.onmessage({ data: JSON.stringify(message) }); },
  };
  return socket;
}

function setUp() {
  const buffer = new LandmarkBuffer({ fps: 30, width: 720, height: 1280 });
  const socket = fakeSocket();
  const seen = { analyses: [], problems: [], down: 0, urls: [] };
  const link = new LiveLink(buffer, (url) => { seen.urls.push(url); return socket; }, {
    analysis: (body) => seen.analyses.push(body),
    problem: (message) => seen.problems.push(message),
    down: () => { seen.down += 1; },
  });
  return { buffer, socket, seen, link };
}

test("the socket's address follows the page's scheme and host", () => {
  assert.equal(liveUrl({ protocol: "https:", host: "gym.example:8443" }, "good morning"),
    "wss://gym.example:8443/api/v1/form-checks/live?exercise=good%20morning");
  assert.equal(liveUrl({ protocol: "http:", host: "localhost:8000" }, "squat"),
    "ws://localhost:8000/api/v1/form-checks/live?exercise=squat");
});

test("each flush sends only the frames added since the last, as a pose-landmarks/v1 batch", () => {
  const { buffer, socket, link } = setUp();
  link.connect("ws://x/live");
  buffer.add(0, person());
  assert.equal(link.flush(), false, "not up before the server says ready");
  socket.answer({ type: "ready", exercise: "squat" });
  assert.equal(link.flush(), true);
  buffer.add(33, null);
  buffer.add(66, person());
  link.flush();
  link.flush(); // nothing new: nothing sent
  assert.equal(socket.sent.length, 2);
  assert.deepEqual(socket.sent.map((b) => b.frames.map((f) => f.t)), [[0], [0.033, 0.066]]);
  assert.equal(socket.sent[1].format, "pose-landmarks/v1");
  assert.equal(socket.sent[1].width, 720);
});

test("answers reach the page: the running analysis and a refused batch's reason", () => {
  const { socket, seen, link } = setUp();
  link.connect("ws://x/live");
  socket.answer({ type: "ready", exercise: "squat" });
  socket.answer({ type: "analysis", reps: 2, cues: [] });
  socket.answer({ type: "error", status: 422, detail: [{ msg: "fps: -30 is not positive" }] });
  socket.onmessage({ data: "not json" });
  assert.deepEqual(seen.analyses.map((a) => a.reps), [2]);
  assert.deepEqual(seen.problems, ["fps: -30 is not positive"]);
});

test("a dropped socket says so once and the frames stay in the buffer for the fallback", () => {
  const { buffer, socket, seen, link } = setUp();
  link.connect("ws://x/live");
  socket.answer({ type: "ready", exercise: "squat" });
  buffer.add(0, person());
  link.flush();
  socket.onclose();
  socket.onerror?.();
  buffer.add(33, person());
  assert.equal(link.flush(), false);
  assert.equal(seen.down, 1);
  assert.equal(buffer.document().frames.length, 2);
});

test("a socket that cannot be opened is down at once; closing on purpose is not a failure", () => {
  const buffer = new LandmarkBuffer({ fps: 30, width: 720, height: 1280 });
  let down = 0;
  const failing = new LiveLink(buffer, () => { throw new Error("blocked"); }, { down: () => { down += 1; } });
  failing.connect("ws://x/live");
  assert.equal(failing.state, "down");
  assert.equal(down, 1);
  const { socket, seen, link } = setUp();
  link.connect("ws://x/live");
  socket.answer({ type: "ready", exercise: "squat" });
  link.close();
  assert.equal(socket.closed, true);
  assert.equal(seen.down, 0);
});

test("no batch is made from a buffer with no new frames", () => {
  const buffer = new LandmarkBuffer({ fps: 30, width: 720, height: 1280 });
  assert.equal(batchFrom(buffer, 0), null);
  buffer.add(0, person());
  assert.equal(batchFrom(buffer, 1), null);
  assert.equal(batchFrom(buffer, 0).frames.length, 1);
});
