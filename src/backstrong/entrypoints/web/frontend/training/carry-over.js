// Writes the workout screen kept in its former queue (IndexedDB "backstrong-workout", from before
// the app had one write queue) move once into the shared queue, oldest first, under the person
// now using the phone; then that database is deleted. Nothing waiting there is lost.
import { deleteDB, openDB } from "idb";

import * as queue from "../shared/queue.js";

export const OLD_DB = "backstrong-workout";
const OLD_STORE = "queue";

/** Move what waits in the old queue; returns how many writes moved (0 when there is none). */
export async function carryOver(user) {
  const known = (await globalThis.indexedDB.databases?.()) ?? [];
  if (!known.some((database) => database.name === OLD_DB)) return 0;
  const old = await openDB(OLD_DB);
  const kept = old.objectStoreNames.contains(OLD_STORE) ? await old.getAll(OLD_STORE) : [];
  old.close();
  for (const { method, url, body, id, kind, label } of kept) {
    await queue.enqueue({ method, url, body: body ?? null, id: id ?? queue.newId(), kind, label, user });
  }
  await deleteDB(OLD_DB);
  return kept.length;
}
