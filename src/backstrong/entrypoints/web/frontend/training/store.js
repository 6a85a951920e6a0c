// The workout screen's only door to the device's write queue. The offline platform's queue
// (frontend/shared/queue.js: enqueue, pending, flush, events queue-changed / synced / conflict)
// takes its place here when it lands; until then this is a small IndexedDB queue with the same
// API, so every Done is stored on the device at once and sent in order when the network allows.
import { openDB } from "idb";

const DB = "backstrong-workout";
const STORE = "queue";
export const events = new EventTarget();

let dbPromise = null;
function db() {
  dbPromise ??= openDB(DB, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: "seq", autoIncrement: true });
    },
  });
  return dbPromise;
}

let csrfToken = "";
/** The CSRF token sent with cookie-authenticated writes (from the page's data-csrf). */
export function configure({ csrf }) {
  csrfToken = csrf || "";
}

/** Store one write on the device (resolves once it is in IndexedDB). */
export async function enqueue({ method, url, body, id, kind, label }) {
  const database = await db();
  await database.add(STORE, { method, url, body, id, kind, label, queuedAt: Date.now() });
  events.dispatchEvent(new CustomEvent("queue-changed"));
}

/** The writes waiting, oldest first. */
export async function pending() {
  return (await db()).getAll(STORE);
}

let flushing = null;
let again = false;
/** Send what waits, in order; stops at the first network failure (tried again later). A call
 * while a flush runs makes it look once more at the end, so nothing added meanwhile waits. */
export function flush(fetcher = globalThis.fetch) {
  if (flushing) {
    again = true;
    return flushing;
  }
  flushing = (async () => {
    let sent = 0;
    do {
      again = false;
      sent += await send(fetcher);
    } while (again);
    return sent;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

async function send(fetcher) {
  const database = await db();
  let sent = 0;
  for (;;) {
    const [item] = await database.getAll(STORE, null, 1); // the oldest; new ones join the end
    if (!item) break;
    let response;
    try {
      response = await fetcher(item.url, {
        method: item.method,
        headers: { "content-type": "application/json", "x-csrf-token": csrfToken },
        credentials: "same-origin",
        body: (item.body ?? null) === null ? undefined : JSON.stringify(item.body),
      });
    } catch {
      break; // offline: keep it for the next try
    }
    if (response.status === 401 || response.status === 403 || response.status >= 500) break;
    if (response.status === 409) {
      const theirs = await response.json().catch(() => null);
      events.dispatchEvent(new CustomEvent("conflict", { detail: { item, theirs } }));
    }
    await database.delete(STORE, item.seq);
    sent += 1;
    events.dispatchEvent(new CustomEvent("queue-changed"));
  }
  if (sent) events.dispatchEvent(new CustomEvent("synced", { detail: { sent } }));
  return sent;
}

/** Listen to queue-changed, synced or conflict. */
export function on(name, listener) {
  events.addEventListener(name, listener);
}
