import assert from "node:assert/strict";
import { test } from "node:test";

import { formatClock } from "./format.js";

test("whole minutes and padded seconds", () => {
  assert.equal(formatClock(90_000), "1:30");
  assert.equal(formatClock(5_000), "0:05");
  assert.equal(formatClock(600_000), "10:00");
});

test("a part of a second left still shows that second", () => {
  assert.equal(formatClock(59_001), "1:00");
  assert.equal(formatClock(1), "0:01");
});

test("time that is up shows 0:00, never a negative clock", () => {
  assert.equal(formatClock(0), "0:00");
  assert.equal(formatClock(-4_000), "0:00");
});
