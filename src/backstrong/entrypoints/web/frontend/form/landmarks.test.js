import assert from "node:assert/strict";
import { test } from "node:test";

import { LandmarkBuffer, UploadQueue, nextCue, rowsOf } from "./landmarks.js";

const person = () => Array.from({ length: 33 }, () => ({ x: 0.51234567, y: 0.4, z: 0, visibility: 0.9 }));

test("a frame with nobody in view is kept as null, a person as 33 rows of 4", () => {
  assert.equal(rowsOf(undefined), null);
  const rows = rowsOf(person());
  assert.equal(rows.length, 33);
  assert.deepEqual(rows[0], [0.5123, 0.4, 0, 0.9]);
});

test("the buffer keeps time from the first frame and drops frames from the past", () => {
  const buffer = new LandmarkBuffer({ fps: 30, width: 720, height: 1280 });
  buffer.add(1000, null);
  buffer.add(1033, person());
  assert.equal(buffer.add(1010, person()), false);
  const doc = buffer.document();
  assert.equal(doc.format, "pose-landmarks/v1");
  assert.deepEqual(doc.frames.map((f) => f.t), [0, 0.033]);
  assert.equal(buffer.seesSomebody, true);
});

function memoryStore() {
  const items = new Map();
  let next = 1;
  return {
    items,
    async add(item) { items.set(next, item); return next++; },
    async all() { return [...items.entries()]; },
    async delete(key) { items.delete(key); },
  };
}

test("offline recordings wait in the queue and go when the server answers", async () => {
  const store = memoryStore();
  let online = false;
  const sent = [];
  const queue = new UploadQueue(store, async (body) => {
    if (!online) throw new TypeError("Failed to fetch");
    sent.push(body);
    return { ok: true, status: 201, body: { id: body.n } };
  });
  await queue.enqueue({ n: 1 });
  await queue.enqueue({ n: 2 });
  assert.deepEqual(await queue.flush(), { done: [], refused: [] });
  assert.equal(store.items.size, 2);
  online = true;
  const { done } = await queue.flush();
  assert.deepEqual(done.map((b) => b.id), [1, 2]);
  assert.deepEqual(sent, [{ n: 1 }, { n: 2 }]); // exactly what was queued: the API forbids extras
  assert.equal(store.items.size, 0);
});

test("a refused recording is dropped with its reason; a server error keeps it", async () => {
  const store = memoryStore();
  const answers = [{ ok: false, status: 422, body: { detail: "fps" } }, { ok: false, status: 503 }];
  const queue = new UploadQueue(store, async () => answers.shift());
  await queue.enqueue({ n: 1 });
  await queue.enqueue({ n: 2 });
  const { refused } = await queue.flush();
  assert.equal(refused[0].body.detail, "fps");
  assert.equal(store.items.size, 1);
});

test("a cue is said once, not repeated every batch", () => {
  assert.equal(nextCue({ cues: ["Sit lower"] }, null), "Sit lower");
  assert.equal(nextCue({ cues: ["Sit lower"] }, "Sit lower"), null);
  assert.equal(nextCue({}, null), null);
});
