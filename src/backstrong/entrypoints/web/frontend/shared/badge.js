// The sync badge in the shell: "3 sets to sync", "Synced 2 min ago", and the writes that need the
// person's eyes (a conflict shows both versions; a refused write shows the server's message).
import * as queue from "./queue.js";

const NOUNS = { set: ["set", "sets"], "weigh-in": ["weigh-in", "weigh-ins"], pain: ["pain check-in", "pain check-ins"] };

/** "3 sets to sync" when all waiting writes are of one kind, else "3 changes to sync". */
export function waitingText(entries) {
  const n = entries.length;
  const kinds = new Set(entries.map((e) => e.kind));
  const [one, many] = kinds.size === 1 ? (NOUNS[[...kinds][0]] ?? ["change", "changes"]) : ["change", "changes"];
  return `${n} ${n === 1 ? one : many} to sync`;
}

/** "Synced just now", "Synced 2 min ago", in the browser's language. */
export function syncedText(at, now = Date.now(), locale = undefined) {
  const seconds = Math.round((at - now) / 1000);
  if (seconds > -45) return "Synced just now";
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "short" });
  const minutes = Math.round(seconds / 60);
  if (minutes > -60) return `Synced ${format.format(minutes, "minute")}`;
  const hours = Math.round(minutes / 60);
  if (hours > -24) return `Synced ${format.format(hours, "hour")}`;
  return `Synced ${format.format(Math.round(hours / 24), "day")}`;
}

function shown(value) {
  if (value === null || value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value, null, 1);
}

function problemItem(entry) {
  const item = document.createElement("li");
  const title = document.createElement("p");
  title.textContent = `${entry.label || entry.kind}: ${entry.state === "conflict" ? "changed elsewhere" : "not accepted"}`;
  item.append(title);
  const versions = document.createElement("dl");
  const pairs = [["On this phone", entry.body], [entry.state === "conflict" ? "On the server" : "The server said", entry.server]];
  for (const [term, value] of pairs) {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    const pre = document.createElement("pre");
    pre.textContent = shown(value);
    dd.append(pre);
    versions.append(dt, dd);
  }
  const drop = document.createElement("button");
  drop.type = "button";
  drop.className = "small";
  drop.textContent = "Keep the server's, drop mine";
  drop.addEventListener("click", () => queue.dismiss(entry.seq));
  item.append(versions, drop);
  return item;
}

/** Draw the badge from the queue, now and whenever it changes. */
export function startBadge() {
  const badge = document.getElementById("sync-status");
  if (!badge) return;
  const text = badge.querySelector(".sync-text");
  const review = badge.querySelector(".sync-review");
  const dialog = document.getElementById("sync-problems");
  let entries = [];
  let lastSynced = null;

  const draw = () => {
    const waiting = entries.filter((e) => e.state === "pending");
    const problems = entries.filter((e) => e.state !== "pending");
    text.textContent = waiting.length ? waitingText(waiting) : lastSynced ? syncedText(lastSynced) : "";
    badge.dataset.waiting = String(waiting.length);
    review.hidden = problems.length === 0;
    review.textContent = `${problems.length} to review`;
    badge.hidden = !text.textContent && problems.length === 0;
    if (dialog) {
      const list = dialog.querySelector("ul");
      list.replaceChildren(...problems.map(problemItem));
      if (problems.length === 0 && dialog.open) dialog.close();
    }
  };

  review.addEventListener("click", () => dialog?.showModal());
  queue.events.addEventListener("queue-changed", (event) => {
    entries = event.detail;
    draw();
  });
  queue.events.addEventListener("synced", (event) => {
    lastSynced = event.detail.at;
    draw();
  });
  Promise.all([queue.pending(), queue.getMeta("lastSynced")]).then(([kept, at]) => {
    entries = kept;
    lastSynced = at ?? null;
    draw();
  });
  setInterval(draw, 30_000);
}
