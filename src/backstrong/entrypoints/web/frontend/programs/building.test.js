import assert from "node:assert/strict";
import { test } from "node:test";

import { SHOW_AFTER_MS, showProgressOnSubmit } from "./building.js";

function fakeForm() {
  const listeners = {};
  return {
    addEventListener: (name, fn) => {
      listeners[name] = fn;
    },
    submit: () => listeners.submit(),
  };
}

test("the building message shows only once a second has passed after submitting", () => {
  const form = fakeForm();
  const status = { hidden: true };
  const button = {
    textContent: "Build my plan",
    dataset: { busyText: "Building your plan…" },
    disabled: false,
    setAttribute() {},
  };
  const timers = [];
  showProgressOnSubmit(form, { status, button, setTimer: (fn, ms) => timers.push([fn, ms]) });
  assert.equal(timers.length, 0);
  form.submit();
  assert.equal(status.hidden, true); // nothing yet: a quick answer never shows it
  assert.equal(timers[0][1], SHOW_AFTER_MS);
  timers[0][0]();
  assert.equal(status.hidden, false);
  assert.equal(button.textContent, "Building your plan…");
  assert.equal(button.disabled, true);
});
