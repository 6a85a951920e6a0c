import assert from "node:assert/strict";
import { test } from "node:test";

import { cueBetween, holdState, restEnd, restState } from "./timers.js";

const T0 = 1_700_000_000_000;
const at = (seconds) => T0 + seconds * 1000;

test("a hold counts in 3-2-1, then counts down, hold after hold", () => {
  const hold = { startedAt: T0, holdSeconds: 5, holds: 2 };
  assert.deepEqual(holdState(hold, at(0)), { phase: "count-in", hold: 1, left: 3, total: 16 });
  assert.deepEqual(holdState(hold, at(2.5)), { phase: "count-in", hold: 1, left: 1, total: 16 });
  assert.deepEqual(holdState(hold, at(3)), { phase: "hold", hold: 1, left: 5, total: 16 });
  assert.deepEqual(holdState(hold, at(7.2)), { phase: "hold", hold: 1, left: 1, total: 16 });
  assert.deepEqual(holdState(hold, at(8.5)), { phase: "count-in", hold: 2, left: 3, total: 16 });
  assert.equal(holdState(hold, at(16)).phase, "done");
});

test("a phone that slept through the hold wakes up to a finished hold, not a paused one", () => {
  const hold = { startedAt: T0, holdSeconds: 30, holds: 1 };
  assert.equal(holdState(hold, at(600)).phase, "done");
});

test("the speed hook runs the same timer faster", () => {
  const hold = { startedAt: T0, holdSeconds: 5, holds: 4, speed: 10 };
  assert.equal(holdState(hold, at(3.1)).phase, "hold");
  assert.equal(holdState(hold, at(3.2)).phase, "done"); // 32 s of holds in 3.2 s
});

test("rest is the time left to a stored end, whatever happened in between", () => {
  const end = restEnd(90, T0);
  assert.deepEqual(restState(end, at(0)), { left: 90, over: false });
  assert.deepEqual(restState(end, at(89.5)), { left: 1, over: false });
  assert.deepEqual(restState(end, at(3600)), { left: 0, over: true });
  assert.equal(restEnd(90, T0, 3), T0 + 30_000);
});

test("cues: a tick each count-in second, go when a hold starts, stop when it ends", () => {
  const hold = { startedAt: T0, holdSeconds: 2, holds: 1 };
  const states = [0, 1, 2, 3, 4, 5].map((s) => holdState(hold, at(s)));
  const cues = states.map((now, i) => cueBetween(i ? states[i - 1] : null, now));
  assert.deepEqual(cues, ["tick", "tick", "tick", "go", null, "stop"]);
});
