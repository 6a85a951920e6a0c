import assert from "node:assert/strict";
import { test } from "node:test";

import { syncedText, waitingText } from "./badge.js";

test("the badge counts waiting writes by kind", () => {
  assert.equal(waitingText([{ kind: "set" }, { kind: "set" }, { kind: "set" }]), "3 sets to sync");
  assert.equal(waitingText([{ kind: "weigh-in" }]), "1 weigh-in to sync");
  assert.equal(waitingText([{ kind: "set" }, { kind: "weigh-in" }]), "2 changes to sync");
});

test("the last sync reads as a time ago", () => {
  const now = Date.UTC(2026, 11, 1, 12, 0, 0);
  assert.equal(syncedText(now - 10_000, now, "en"), "Synced just now");
  assert.equal(syncedText(now - 120_000, now, "en"), "Synced 2 min. ago");
  assert.equal(syncedText(now - 3 * 3600_000, now, "en"), "Synced 3 hr. ago");
});
