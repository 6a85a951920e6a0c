import "fake-indexeddb/auto";
import assert from "node:assert/strict";
import { test } from "node:test";

import { openDB } from "idb";

import * as queue from "../shared/queue.js";
import { OLD_DB, carryOver } from "./carry-over.js";

test("sets waiting in the workout's former queue move to the shared queue in order, once", async () => {
  const old = await openDB(OLD_DB, 1, {
    upgrade(database) {
      database.createObjectStore("queue", { keyPath: "seq", autoIncrement: true });
    },
  });
  for (const id of ["a", "b"]) {
    await old.add("queue", { method: "POST", url: "/api/v1/sets", body: { id }, id, kind: "set", label: "Deadlift" });
  }
  old.close();
  assert.equal(await carryOver("7"), 2);
  const moved = await queue.pending();
  assert.deepEqual(moved.map((e) => [e.id, e.user, e.state, e.url]), [
    ["a", "7", "pending", "/api/v1/sets"],
    ["b", "7", "pending", "/api/v1/sets"],
  ]);
  assert.equal(await carryOver("7"), 0, "the old queue is gone: nothing moves twice");
  assert.ok(!(await indexedDB.databases()).some((d) => d.name === OLD_DB));
});
