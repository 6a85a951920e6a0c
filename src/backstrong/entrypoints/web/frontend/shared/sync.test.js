import "fake-indexeddb/auto";
import assert from "node:assert/strict";
import { afterEach, beforeEach, mock, test } from "node:test";

import * as queue from "./queue.js";
import { backoff, configure, flush, stop } from "./sync.js";

/** A stand-in for the API: /api/v1/me says who is logged in; writes are idempotent by id. */
function fakeApi({ user = 7 } = {}) {
  const api = {
    user,
    stored: new Map(), // id -> body
    calls: [],
    down: false, // the network is gone
    loseAnswer: false, // the write lands, then the connection drops before the answer
    status: null, // a forced status for writes
    async fetch(url, init = {}) {
      if (api.down) throw new TypeError("Failed to fetch");
      if (url === "/api/v1/me") {
        return api.user === null ? reply(401, { detail: "login" }) : reply(200, { id: api.user });
      }
      const body = JSON.parse(init.body);
      api.calls.push({ url, body, csrf: init.headers["x-csrf-token"], id: init.headers["idempotency-key"] });
      if (api.status) return reply(api.status, { detail: "forced", server: "their version" });
      const id = init.headers["idempotency-key"];
      const known = api.stored.get(id);
      if (known && JSON.stringify(known) !== JSON.stringify(body)) return reply(409, { detail: "differs", server: known });
      api.stored.set(id, body);
      if (api.loseAnswer) {
        api.loseAnswer = false;
        throw new TypeError("connection reset");
      }
      return reply(known ? 200 : 201, body);
    },
  };
  return api;
}

function reply(status, json) {
  return { status, ok: status >= 200 && status < 300, json: async () => json };
}

function collect(name) {
  const seen = [];
  const listener = (event) => seen.push(event.detail);
  queue.events.addEventListener(name, listener);
  seen.stop = () => queue.events.removeEventListener(name, listener);
  return seen;
}

const set = (n, user = 7) => ({
  url: "/api/v1/sets",
  body: { exercise_id: "glute-bridge", reps: n },
  id: `id-${n}`,
  kind: "set",
  label: `bridge ×${n}`,
  user,
});

let api;

beforeEach(async () => {
  await queue.closeQueue();
  indexedDB.deleteDatabase(queue.DB_NAME);
  api = fakeApi();
  configure({ fetch: api.fetch, csrfToken: () => "token-1", now: () => Date.now() });
});

afterEach(() => {
  stop();
  mock.timers.reset();
});

test("a write is stored on the device at once and outlives a closed browser", async () => {
  await queue.enqueue(set(1));
  await queue.closeQueue(); // the tab is closed; the next page opens the database again
  const kept = await queue.pending();
  assert.equal(kept.length, 1);
  assert.equal(kept[0].id, "id-1");
  assert.equal(kept[0].user, "7");
  assert.equal(kept[0].state, "pending");
});

test("an enqueue without a user or with another site's URL is refused", async () => {
  await assert.rejects(queue.enqueue({ url: "/api/v1/sets" }), /user/);
  await assert.rejects(queue.enqueue({ url: "https://elsewhere.example/x", user: 1 }), /path on this site/);
});

test("writes go out in the order they were made, with the CSRF token, then leave the queue", async () => {
  for (const n of [1, 2, 3]) await queue.enqueue(set(n));
  const synced = collect("synced");
  const result = await flush();
  synced.stop();
  assert.equal(result.sent, 3);
  assert.deepEqual(api.calls.map((c) => c.body.reps), [1, 2, 3]);
  assert.ok(api.calls.every((c) => c.csrf === "token-1"));
  assert.deepEqual(await queue.pending(), []);
  assert.equal(synced[0].sent, 3);
  assert.equal(await queue.getMeta("lastSynced"), synced[0].at);
});

test("an answer lost on the way is harmless: the same id again is a 200 and the server keeps one", async () => {
  await queue.enqueue(set(1));
  api.loseAnswer = true;
  await flush();
  assert.equal((await queue.pending()).length, 1, "not known to be sent: kept");
  const kept = (await queue.pending())[0];
  configure({ now: () => kept.notBefore }); // the back-off has passed
  await flush();
  assert.equal(api.calls.length, 2);
  assert.equal(api.stored.size, 1);
  assert.deepEqual(await queue.pending(), []);
});

test("a 409 is kept with both versions and reported; the writes after it still go", async () => {
  api.stored.set("id-1", { exercise_id: "glute-bridge", reps: 99 });
  await queue.enqueue(set(1));
  await queue.enqueue(set(2));
  const conflicts = collect("conflict");
  await flush();
  conflicts.stop();
  const kept = await queue.pending();
  assert.equal(kept.length, 1);
  assert.equal(kept[0].state, "conflict");
  assert.deepEqual(kept[0].body.reps, 1, "mine");
  assert.deepEqual(kept[0].server.server.reps, 99, "the server's");
  assert.equal(conflicts.length, 1);
  assert.ok(api.stored.has("id-2"));
  await flush();
  assert.equal(api.calls.length, 2, "a conflict is not sent again by itself");
});

test("a refused write (422) is kept with the server's message and not sent again", async () => {
  api.status = 422;
  await queue.enqueue(set(1));
  const refused = collect("rejected");
  await flush();
  refused.stop();
  assert.equal((await queue.pending())[0].state, "rejected");
  assert.equal(refused[0].server.detail, "forced");
  await queue.dismiss(refused[0].seq);
  assert.deepEqual(await queue.pending(), []);
});

test("logged out: nothing is sent and nothing is lost until the same person logs in", async () => {
  await queue.enqueue(set(1, 7));
  api.user = null;
  const login = collect("login-needed");
  await flush();
  assert.equal(login.length, 1);
  assert.equal(api.calls.length, 0);

  api.user = 8; // someone else logs in on this phone
  await flush();
  assert.equal(api.calls.length, 0, "never sent as another account");
  assert.equal((await queue.pending()).length, 1);

  api.user = 7;
  await flush();
  assert.equal(api.calls.length, 1);
  assert.deepEqual(await queue.pending(), []);
  login.stop();
});

test("a session that expires mid-sync keeps the rest of the queue", async () => {
  await queue.enqueue(set(1));
  await queue.enqueue(set(2));
  api.status = 401;
  await flush();
  assert.equal(api.calls.length, 1, "stops at the first 401");
  assert.equal((await queue.pending()).length, 2);
  assert.ok((await queue.pending()).every((e) => e.state === "pending"));
});

test("back-off doubles from one second and stops growing at a minute", () => {
  assert.deepEqual([1, 2, 3, 4, 5].map(backoff), [1000, 2000, 4000, 8000, 16000]);
  assert.equal(backoff(12), 60_000);
});

test("a server error is tried again after the back-off, by a timer, in order", async () => {
  mock.timers.enable({ apis: ["setTimeout", "Date"], now: 1_000_000 });
  configure({ now: () => Date.now() });
  await queue.enqueue(set(1));
  await queue.enqueue(set(2));
  api.status = 503;
  await flush();
  assert.equal(api.calls.length, 1, "the second waits behind the first");
  const first = (await queue.pending())[0];
  assert.equal(first.attempts, 1);
  assert.equal(first.notBefore, 1_000_000 + 1000);

  api.status = null;
  mock.timers.tick(999);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(api.calls.length, 1, "not before the second is up");
  const synced = collect("synced");
  mock.timers.tick(1);
  while (synced.length === 0) await new Promise((resolve) => setImmediate(resolve));
  synced.stop();
  assert.deepEqual(api.calls.map((c) => c.body.reps), [1, 1, 2]);
  assert.deepEqual(await queue.pending(), []);
});

test("no network at all: the queue stays and a retry is scheduled", async () => {
  await queue.enqueue(set(1));
  api.down = true;
  const result = await flush();
  assert.equal(result.offline, true);
  assert.equal((await queue.pending()).length, 1);
});

test("a write stored while a sync runs is sent by that sync, not left for the next retry", async () => {
  await queue.enqueue(set(1));
  const send = api.fetch;
  configure({
    fetch: async (url, init) => {
      const answer = await send(url, init);
      if (url === "/api/v1/sets" && JSON.parse(init.body).reps === 1) {
        await queue.enqueue(set(2)); // Done tapped again mid-sync
        flush();
      }
      return answer;
    },
  });
  const result = await flush();
  assert.equal(result.sent, 2);
  assert.deepEqual(api.calls.map((c) => c.body.reps), [1, 2]);
  assert.deepEqual(await queue.pending(), []);
});

test("fifty sets made offline go out in order, each once, when the network returns", async () => {
  api.down = true;
  for (let n = 1; n <= 50; n += 1) await queue.enqueue(set(n));
  await flush();
  assert.equal((await queue.pending()).length, 50);
  api.down = false;
  configure({ now: () => Date.now() + 60_000 }); // past the back-off
  await flush();
  assert.deepEqual(api.calls.map((c) => c.body.reps), Array.from({ length: 50 }, (_, i) => i + 1));
  assert.equal(api.stored.size, 50);
  assert.deepEqual(await queue.pending(), []);
});
