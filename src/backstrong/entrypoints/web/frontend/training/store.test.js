import "fake-indexeddb/auto";
import assert from "node:assert/strict";
import { test } from "node:test";

import { enqueue, flush, pending } from "./store.js";

function server(statuses) {
  const seen = [];
  const fetcher = async (url, init) => {
    seen.push(JSON.parse(init.body).id);
    const status = statuses.shift();
    if (status === "offline") throw new TypeError("Failed to fetch");
    return { status, json: async () => ({}) };
  };
  return { fetcher, seen };
}

test("writes wait on the device in order and leave only once the server took them", async () => {
  for (const id of ["a", "b", "c"]) {
    await enqueue({ method: "POST", url: "/api/v1/sets", body: { id }, id, kind: "set", label: "set" });
  }
  assert.deepEqual((await pending()).map((p) => p.id), ["a", "b", "c"]);
  const offline = server([201, "offline"]);
  assert.equal(await flush(offline.fetcher), 1);
  assert.deepEqual((await pending()).map((p) => p.id), ["b", "c"]);
  const online = server([200, 201]);
  assert.equal(await flush(online.fetcher), 2);
  assert.deepEqual(online.seen, ["b", "c"]);
  assert.deepEqual(await pending(), []);
});

test("a write queued while a flush runs is sent by that flush, not left waiting", async () => {
  await enqueue({ method: "POST", url: "/api/v1/sets", body: { id: "d" }, id: "d", kind: "set", label: "set" });
  const seen = [];
  const fetcher = async (url, init) => {
    const { id } = JSON.parse(init.body);
    seen.push(id);
    if (id === "d") {
      await enqueue({ method: "POST", url: "/api/v1/sets", body: { id: "e" }, id: "e", kind: "set", label: "set" });
      flush(fetcher); // Done tapped again mid-flush
    }
    return { status: 201, json: async () => ({}) };
  };
  await flush(fetcher);
  assert.deepEqual(seen, ["d", "e"]);
  assert.deepEqual(await pending(), []);
});
