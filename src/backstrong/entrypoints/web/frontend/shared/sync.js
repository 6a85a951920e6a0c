// Sends the write queue (queue.js) to the API, oldest first, when the network is there.
//
//   2xx          sent: removed from the queue (200 = the server had it already: idempotent)
//   409          a conflict: kept with the server's answer, shown to the person (both versions)
//   400/404/422  refused as it is: kept with the server's message for the person to see
//   401/403      not logged in (or the page's CSRF token is stale): everything is kept and sent
//                after the next login, and only writes made by that same account
//   5xx, no network, 408/429: tried again later, waiting 1, 2, 4 … 60 s (nothing after it is
//                sent first, so the order holds)
//
// flush() does one pass; it is safe to call any time (one pass at a time, across tabs too).
import * as queue from "./queue.js";

export const BASE_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 60_000;
const RETRY_LATER = new Set([408, 425, 429]);

/** Milliseconds to wait before the `attempts`-th try again. */
export function backoff(attempts) {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

const options = {
  fetch: (...args) => globalThis.fetch(...args),
  csrfToken: () => globalThis.document?.querySelector('meta[name="csrf-token"]')?.content ?? "",
  now: () => Date.now(),
};

/** Replace the network, the CSRF token source or the clock (tests; the shell keeps defaults). */
export function configure(changes) {
  Object.assign(options, changes);
}

let running = null;
let again = false;
let timer = null;

/** A call while a pass runs makes that pass look once more at the end, so a write stored
 * meanwhile (Done tapped again mid-sync) is not left waiting for the next retry. */
export function flush() {
  if (running) {
    again = true;
    return running;
  }
  running = withLock(passes).finally(() => {
    running = null;
  });
  return running;
}

async function passes() {
  let sent = 0;
  let last;
  do {
    again = false;
    last = await run();
    sent += last.sent;
  } while (again && !last.offline && !last.loginNeeded);
  return { ...last, sent };
}

export function stop() {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

function schedule(ms) {
  stop();
  timer = setTimeout(() => {
    timer = null;
    flush();
  }, ms);
}

/** One pass at a time across the person's open tabs, where the browser has Web Locks. */
function withLock(task) {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request("backstrong-sync", task) : task();
}

async function whoIsHere() {
  const response = await options.fetch("/api/v1/me", {
    credentials: "same-origin",
    cache: "no-store",
    headers: { accept: "application/json" },
  });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`/api/v1/me answered ${response.status}`);
  return String((await response.json()).id);
}

async function run() {
  const waiting = (await queue.pending()).filter((e) => e.state === "pending");
  if (waiting.length === 0) return { sent: 0 };
  let user;
  try {
    user = await whoIsHere();
  } catch {
    schedule(backoff(1));
    return { sent: 0, offline: true };
  }
  if (user === null) {
    queue.announce("login-needed", { waiting: waiting.length });
    return { sent: 0, loginNeeded: true };
  }
  let sent = 0;
  for (const entry of waiting.filter((e) => e.user === user)) {
    const wait = entry.notBefore - options.now();
    if (wait > 0) {
      schedule(wait);
      break;
    }
    const outcome = await send(entry);
    if (outcome === "sent") sent += 1;
    if (outcome === "stop") break;
  }
  if (sent > 0) {
    const at = options.now();
    await queue.setMeta("lastSynced", at);
    queue.announce("synced", { sent, at });
  }
  return { sent };
}

async function answer(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

async function send(entry) {
  let response;
  try {
    response = await options.fetch(entry.url, {
      method: entry.method,
      credentials: "same-origin",
      headers: {
        accept: "application/json",
        "content-type": "application/json",
        "x-csrf-token": options.csrfToken(),
        "idempotency-key": entry.id,
      },
      body: entry.body === null ? undefined : JSON.stringify(entry.body),
    });
  } catch {
    return retryLater(entry);
  }
  if (response.ok) {
    await queue.remove(entry.seq);
    queue.announce("sent", { entry, status: response.status, server: await answer(response) });
    return "sent";
  }
  if (response.status === 401 || response.status === 403) {
    queue.announce("login-needed", { entry });
    return "stop";
  }
  if (response.status >= 500 || RETRY_LATER.has(response.status)) return retryLater(entry);
  const state = response.status === 409 ? "conflict" : "rejected";
  const kept = { ...entry, state, status: response.status, server: await answer(response) };
  await queue.update(kept);
  queue.announce(state, kept);
  return "next";
}

async function retryLater(entry) {
  const attempts = entry.attempts + 1;
  const delay = backoff(attempts);
  await queue.update({ ...entry, attempts, notBefore: options.now() + delay });
  schedule(delay);
  return "stop";
}
