import assert from "node:assert/strict";
import { test } from "node:test";

import { answeredInPlace } from "./upload.js";

const here = "https://coach.example.org/body/import";

test("a page drawn at the form's address is shown in place", () => {
  assert.equal(answeredInPlace("https://coach.example.org/body/import", "/body/import", here), true);
  assert.equal(answeredInPlace("", "/settings/foods", "https://coach.example.org/settings/foods"), true);
});

test("a redirect elsewhere is followed", () => {
  const review = "https://coach.example.org/history/import/4f1c";
  assert.equal(answeredInPlace(review, "/history/import", "https://coach.example.org/history/import"), false);
});
