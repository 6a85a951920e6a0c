// The write queue: every change made on the phone is stored in IndexedDB at once (it survives a
// closed tab, a killed browser, a restarted phone) and sent later, in order, by sync.js.
//
//   enqueue({method, url, body, id, kind, label, user})  store one write; resolves once stored
//   pending()       every write still kept, oldest first (state "pending", "conflict", "rejected")
//   events          "queue-changed" (detail: the entries), plus what sync.js dispatches:
//                   "synced" (detail: {sent, at}), "conflict" and "rejected" (detail: the entry)
//
// `id` is the client's UUID for the thing written (a set's id): the API answers 201 the first
// time and 200 when the same id comes again, so sending twice after a lost answer is harmless.
// `user` is the account that made the write: it is only ever sent for that account.
import { openDB } from "idb";

export const DB_NAME = "backstrong-offline";
const WRITES = "writes";
const META = "meta";

export const events = new EventTarget();

let opened = null;

function db() {
  opened ??= openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(WRITES, { keyPath: "seq", autoIncrement: true });
      database.createObjectStore(META);
    },
  });
  return opened;
}

/** Forget the open connection (tests delete the database between cases). */
export async function closeQueue() {
  if (opened) (await opened).close();
  opened = null;
}

function announce(name, detail) {
  events.dispatchEvent(new CustomEvent(name, { detail }));
}

async function changed() {
  announce("queue-changed", await pending());
}

export function newId() {
  return globalThis.crypto.randomUUID();
}

/** Store one write; returns the stored entry (with its `seq`, the order it will be sent in). */
export async function enqueue({ method = "POST", url, body = null, id = newId(), kind = "change", label = "", user }) {
  if (!url || !url.startsWith("/")) throw new Error(`enqueue: url must be a path on this site, not ${url}`);
  if (user === undefined || user === null) throw new Error("enqueue: the user who made the write is required");
  const entry = {
    method: method.toUpperCase(),
    url,
    body,
    id,
    kind,
    label,
    user: String(user),
    state: "pending",
    createdAt: Date.now(),
    attempts: 0,
    notBefore: 0,
  };
  entry.seq = await (await db()).add(WRITES, entry);
  await changed();
  return entry;
}

/** Every entry kept, oldest first. */
export async function pending() {
  return (await db()).getAll(WRITES);
}

export async function update(entry) {
  await (await db()).put(WRITES, entry);
  await changed();
}

export async function remove(seq) {
  await (await db()).delete(WRITES, seq);
  await changed();
}

/** Drop a conflict or a refused write once the person has seen it. */
export const dismiss = remove;

export async function getMeta(key) {
  return (await db()).get(META, key);
}

export async function setMeta(key, value) {
  await (await db()).put(META, value, key);
}

export { announce };
