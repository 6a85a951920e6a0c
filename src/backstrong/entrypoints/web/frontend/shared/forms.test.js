import assert from "node:assert/strict";
import { test } from "node:test";

import { noonOf, painCheckIn, quickEntry, weighIn } from "./forms.js";

/** Just enough of a form for the builders: named fields and a checked radio. */
function fakeForm(values, checked = null) {
  return {
    elements: { namedItem: (name) => (name in values ? { value: values[name] } : null) },
    querySelector: () => (checked ? { value: checked } : null),
  };
}

test("noon of a chosen day carries this browser's offset", () => {
  assert.equal(noonOf("2026-03-02", 60), "2026-03-02T12:00:00+01:00");
  assert.equal(noonOf("2026-03-02", -330), "2026-03-02T12:00:00-05:30");
});

test("a quick entry sends the text as typed, the chosen exercise and the other day", () => {
  const write = quickEntry(fakeForm({ entry: " deadlift 3x5@60kg ", date: "2026-03-02" }, "deadlift"));
  assert.equal(write.url, "/api/v1/quick-entries");
  assert.equal(write.kind, "set");
  assert.equal(write.body.text, "deadlift 3x5@60kg");
  assert.equal(write.body.exercise_id, "deadlift");
  assert.match(write.body.performed_at, /^2026-03-02T12:00:00[+-]\d\d:\d\d$/);
  assert.match(write.body.id, /^[0-9a-f-]{36}$/, "the entry's UUID: a replay is a repeat, not a second log");
  assert.equal(write.id, write.body.id);
  assert.equal(quickEntry(fakeForm({ entry: "  " })), null, "empty: the page's own post answers");
});

test("a weigh-in of another day sends the day; girths and body fat only when given", () => {
  const write = weighIn(fakeForm({ weight: "81.2 kg", date: "2020-01-31", body_fat: "18.5", waist: "84", hips: "" }));
  assert.deepEqual(write.body, { weight: "81.2 kg", date: "2020-01-31", body_fat_percent: 18.5, girths: { waist: "84" } });
  const now = weighIn(fakeForm({ weight: "80", date: "" })).body;
  assert.ok(now.measured_at && !("date" in now));
});

test("a pain check-in patches the session's field with the tapped number", () => {
  const form = fakeForm({ session_id: "abc-1", field: "pain_after" });
  const write = painCheckIn(form, { name: "pain", value: "3" });
  assert.deepEqual([write.method, write.url, write.body], ["PATCH", "/api/v1/sessions/abc-1", { pain_after: 3 }]);
  const first = painCheckIn(fakeForm({ session_id: "", field: "pain_before" }), { name: "pain", value: "2" });
  assert.deepEqual([first.method, first.url, first.body.pain_before], ["POST", "/api/v1/sessions", 2]);
  assert.equal(first.body.id, first.id, "before the first set: a new session under its own UUID");
  assert.equal(painCheckIn(fakeForm({ session_id: "", field: "pain_after" }), { name: "pain", value: "2" }), null);
  assert.equal(painCheckIn(fakeForm({ session_id: "x", field: "notes" }), { name: "pain", value: "2" }), null);
});
