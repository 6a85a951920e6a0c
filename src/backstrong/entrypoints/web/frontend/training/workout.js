// The workout screen on /today: one screen per session, no page reload per set. The server's
// bootstrap (GET /api/v1/workout/today) says what to do; every Done goes to the app's one write
// queue (shared/queue.js, sent in order by shared/sync.js, counted by the shell's badge) with a
// client UUID and the screen moves on at once. Without JavaScript the server-rendered forms
// below (#guided) still work; this replaces them on screen only.
import "./workout.css";
import { formatClock } from "../shared/format.js";
import * as queue from "../shared/queue.js";
import { waitingText } from "../shared/badge.js";
import { flush } from "../shared/sync.js";
import { carryOver } from "./carry-over.js";
import * as m from "./workout/machine.js";
import { cueBetween, holdState, restEnd, restState } from "./workout/timers.js";
import { h, stepper } from "./workout/dom.js";
import { announceRest, askLockScreen, beep, buzz, clearRest, lockScreenChoice } from "./workout/cues.js";

const SPEED = Number(localStorage.getItem("backstrong.workout.speed") || "1") || 1; // test hook
const root = document.getElementById("workout-app");
const SESSION = new URLSearchParams(location.search).get("session"); // "week-3/session-2"
const RETRY_MS = 15_000; // try the queue again this often while the screen is open
let state = null;
let restUntil = null;
let hold = null; // {startedAt, holdSeconds, holds, last}
let ticker = null;
const keyOf = (day) => `backstrong.workout.${day}`;
const USER = document.body.dataset.user;

/** Store one write for this person on the device, then try to send what waits. */
async function enqueue(write) {
  const entry = await queue.enqueue({ ...write, user: USER });
  flush();
  return entry;
}

/** This person's writes not yet on the server (conflicts and refusals are the badge's to show). */
async function waiting() {
  return (await queue.pending()).filter((e) => e.user === USER && e.state === "pending");
}

const savedText = (entries) => (entries.length ? waitingText(entries) : "All saved");

function saveLocal() {
  const kept = { changes: m.planChanges(state), added: state.added || [], rest: restUntil, notes: state.notes,
    sentNotes: state.sentNotes, deferred: state.deferred, painAfter: state.painAfter };
  localStorage.setItem(keyOf(state.day), JSON.stringify(kept));
}

async function bootstrap() {
  const ids = (root.dataset.exercises || "").split(",").filter(Boolean);
  const params = ids.map((id) => ["exercise", id]);
  if (SESSION) params.push(["session", SESSION]);
  const query = new URLSearchParams(params).toString();
  const response = await fetch(`${root.dataset.api}${query ? `?${query}` : ""}`, { credentials: "same-origin" });
  if (!response.ok) return null;
  return response.json();
}

function perform(active, entered, warmup) {
  const started = performance.now();
  const id = crypto.randomUUID();
  const when = new Date().toISOString();
  const done = (warmup ? m.warmupSet : m.completeSet)(state, active, entered, id, when);
  state = done.state;
  const body = m.setBody(done.set, state.sessionId);
  const label = `${active.exercise.name}${warmup ? " warm-up" : ""}`;
  const stored = enqueue({ method: "POST", url: "/api/v1/sets", body, id, kind: "set", label }).then(() => {
    const ms = performance.now() - started;
    root.dataset.lastStoreMs = ms.toFixed(2);
  });
  if (!warmup && active.exercise.rest_seconds > 0 && m.activeSet(state)) {
    restUntil = restEnd(active.exercise.rest_seconds, Date.now(), SPEED);
    announceRest(active.exercise.name, restUntil);
  }
  hold = null;
  saveLocal();
  render();
  return stored;
}

function sessionWrite(fields) {
  if (!state.sessionId && state.done.length) {
    // Sets already went to the day's session, whose id the server has not told us yet (offline):
    // keep the change until it does, rather than start a second session for it.
    state = { ...state, ...fields.local, deferred: { ...state.deferred, ...fields.body } };
    saveLocal();
    if (fields.render !== false) render();
    return;
  }
  const id = state.sessionId || crypto.randomUUID();
  const created = !state.sessionId;
  state = { ...state, sessionId: id, ...fields.local };
  const url = created ? "/api/v1/sessions" : `/api/v1/sessions/${id}`;
  const body = created ? { id, program_session: SESSION, ...fields.body } : fields.body;
  // A PATCH gets its own id (the queue's Idempotency-Key); setting the same fields again is harmless.
  enqueue({ method: created ? "POST" : "PATCH", url, body, id: created ? id : queue.newId(), kind: fields.kind, label: fields.label });
  if (fields.render !== false) render();
}

/** Send what waited for the session's id, once it is known. */
function sendDeferred() {
  if (!state.sessionId || !state.deferred) return;
  const body = state.deferred;
  state = { ...state, deferred: null };
  sessionWrite({ body, local: {}, kind: "session", label: "session check-in", render: false });
  saveLocal();
}

/** The notes go to the session when the person leaves the box (not on every key). */
function saveNotes(text) {
  if (text === (state.sentNotes ?? "")) return;
  state.sentNotes = text;
  sessionWrite({ body: { notes: text }, local: {}, kind: "session", label: "workout notes", render: false });
}

function painQuestion(field, question) {
  const buttons = Array.from({ length: 11 }, (_, n) =>
    h("button", { type: "button", class: "pain-choice", onclick: () => {
      const local = field === "pain_before" ? { painBefore: n } : { painAfter: n };
      sessionWrite({ body: { [field]: n }, local, kind: "pain", label: `pain ${n}/10` });
    } }, String(n)));
  const skip = h("button", { type: "button", class: "link", onclick: () => {
    state = { ...state, [field === "pain_before" ? "painBefore" : "painAfter"]: -1 };
    render();
  } }, "Skip");
  return h("div", { class: "pain-ask", role: "group", "aria-label": question },
    h("p", {}, question), h("p", { class: "muted" }, "0 = no pain, 10 = the worst imaginable"),
    h("div", { class: "pain-scale" }, ...buttons), skip);
}

function holdBox(active, form) {
  const target = active.target;
  const holds = target.reps || 1;
  const box = h("div", { class: "hold-timer", "data-phase": hold ? "running" : "ready" });
  const readout = h("p", { class: "hold-clock", role: "timer", "aria-live": "polite" },
    hold ? "" : `${holds} × ${target.hold_seconds} s`);
  const start = h("button", { type: "button", class: "secondary wide", onclick: () => {
    hold = { startedAt: Date.now(), holdSeconds: Number(form.hold.value) || target.hold_seconds, holds: Number(form.reps?.value) || holds, last: null };
    render();
  } }, hold ? "Restart timer" : "Start hold timer");
  box.append(readout, start);
  return box;
}

function tick() {
  const clock = root.querySelector(".rest-clock");
  if (restUntil && clock) {
    const rest = restState(restUntil, Date.now());
    clock.textContent = formatClock(rest.left * 1000);
    if (rest.over) {
      restUntil = null;
      clearRest();
      buzz([200, 100, 200]);
      beep(880, 0.3);
      saveLocal();
      render();
    }
  }
  const readout = root.querySelector(".hold-clock");
  if (hold && readout) {
    const now = holdState({ ...hold, speed: SPEED }, Date.now());
    const cue = cueBetween(hold.last, now);
    if (cue === "tick") beep(660, 0.08);
    if (cue === "go") { beep(990, 0.15); buzz(100); }
    if (cue === "stop") { beep(440, 0.3); buzz([150, 80, 150]); }
    hold.last = now;
    readout.textContent = now.phase === "done" ? "Done: tap Done to log it"
      : now.phase === "count-in" ? `Hold ${now.hold} of ${hold.holds} in ${now.left}`
      : `Hold ${now.hold} of ${hold.holds}: ${now.left} s`;
    readout.closest(".hold-timer").dataset.phase = now.phase;
  }
}

function restBox() {
  if (!restUntil) return null;
  return h("div", { class: "rest-box", role: "timer" }, h("p", {}, "Rest"), h("p", { class: "rest-clock" }, ""),
    h("button", { type: "button", class: "link", onclick: () => { restUntil = null; clearRest(); saveLocal(); render(); } }, "Skip rest"));
}

/** "Set 2 of 3" counting a left and right pair as one set. */
function setNumber(active, done) {
  const perSide = active.target.side ? 2 : 1;
  return `Set ${Math.floor(done / perSide) + 1} of ${active.exercise.sets.length / perSide}`;
}

function setCard(active) {
  const target = active.target;
  const fill = m.prefill(active);
  const unit = fill.unit || root.dataset.unit || "kg";
  const form = {
    reps: m.countLabel(target) ? stepper("reps", m.countLabel(target), fill.reps, 1, "numeric") : null,
    hold: (target.hold_seconds ?? null) !== null ? stepper("hold", "Seconds per hold", fill.holdSeconds, 1, "numeric") : null,
    load: stepper("load", `Load (${unit}, empty = body weight)`, fill.load, unit === "lb" ? 5 : 2.5, "decimal"),
  };
  const read = () => ({
    reps: !form.reps || form.reps.value === "" ? null : Number(form.reps.value),
    holdSeconds: form.hold ? Number(form.hold.value) || null : null,
    load: form.load.value,
    unit,
  });
  const doneCount = m.doneCount(state, active.exerciseIndex);
  const side = target.side ? h("p", { class: `side side-${target.side}` }, `${target.side === "left" ? "Left" : "Right"} side`) : null;
  const last = active.exercise.last ? h("p", { class: "muted" }, `Last time: ${active.exercise.last.text}`) : null;
  const variants = [...active.exercise.easier.map((v) => ["Easier", v]), ...active.exercise.harder.map((v) => ["Harder", v])]
    .map(([kind, v]) => h("button", { type: "button", class: "link swap", onclick: () => {
      state = m.swapExercise(state, active.exerciseIndex, v);
      saveLocal();
      render();
    } }, `${kind}: ${v.name}`));
  const card = h("section", { class: "active-set", "aria-labelledby": "active-title" },
    restBox(),
    h("h3", { id: "active-title" }, active.exercise.name),
    h("p", { class: "set-of" }, `${setNumber(active, doneCount)} · ${target.text}`),
    side, last,
    form.hold ? holdBox(active, form) : null,
    h("div", { class: "steppers" }, form.reps?.field, form.hold ? form.hold.field : null, form.load.field),
    h("div", { class: "set-actions" },
      h("button", { type: "button", class: "link", onclick: () => perform(active, read(), true) }, "Log as warm-up"),
      h("button", { type: "button", class: "link", onclick: () => { state = m.skipExercise(state, active.exerciseIndex); saveLocal(); render(); } }, `Skip ${active.exercise.name}`),
      ...variants),
    h("div", { class: "done-bar" },
      h("button", { type: "button", class: "primary done", onclick: () => perform(active, read(), false) }, "Done")),
  );
  return card;
}

function planList() {
  return h("ol", { class: "workout-plan" }, ...state.exercises.map((e, i) => {
    const count = m.doneCount(state, i);
    const status = e.skipped ? "skipped" : count >= e.sets.length ? "done" : "";
    return h("li", { class: status, "data-exercise": e.exercise_id },
      h("span", {}, e.name), h("span", { class: "muted" }, ` ${count}/${e.sets.length}`));
  }));
}

function extras() {
  const input = h("input", { type: "text", id: "w-add", placeholder: "exercise id, e.g. side-bridge", autocomplete: "off" });
  const add = h("button", { type: "button", class: "secondary", onclick: async () => {
    const id = input.value.trim();
    if (!id) return;
    const response = await fetch(`${root.dataset.api}?exercise=${encodeURIComponent(id)}`, { credentials: "same-origin" }).catch(() => null);
    if (!response || !response.ok) { input.setAttribute("aria-invalid", "true"); return; }
    const planned = (await response.json()).exercises[0];
    state = m.addExercise(state, planned);
    state.added = [...(state.added || []), planned];
    saveLocal();
    render();
  } }, "Add");
  const notes = h("textarea", { id: "w-notes", rows: "2",
    oninput: (event) => { state.notes = event.target.value; saveLocal(); },
    onchange: (event) => saveNotes(event.target.value.trim()) });
  notes.value = state.notes || "";
  const lock = lockScreenChoice() === "ask"
    ? h("button", { type: "button", class: "link", onclick: async () => { await askLockScreen(); render(); } },
      "Show the rest timer on the lock screen")
    : null;
  return h("details", { class: "workout-extras" }, h("summary", {}, "Add an exercise, notes"), lock,
    h("label", { for: "w-add" }, "Add an exercise"), h("div", { class: "load-row" }, input, add),
    h("label", { for: "w-notes" }, "Notes (saved with the session, shown in History)"), notes);
}

/** What the program's rules decided for the next session (the server's words, not ours). */
function nextTime(items) {
  if (!items.length) return [];
  return [h("h4", {}, "What changes next time"),
    h("ul", { class: "next-time" }, ...items.map((n) => h("li", {},
      h("strong", {}, n.name), `: ${n.change}, ${n.what}. `, h("span", { class: "muted" }, n.reason))))];
}

async function summaryBox() {
  const local = m.localSummary(state);
  const box = h("section", { class: "workout-summary", "aria-labelledby": "sum-title" },
    h("h3", { id: "sum-title" }, "Session done"),
    h("p", {}, `${local.sets} working sets of ${local.exercises} exercises${local.warmups ? `, ${local.warmups} warm-ups` : ""}${local.tonnage ? `, ${Math.round(local.tonnage)} ${root.dataset.unit || "kg"} lifted` : ""}.`),
    h("a", { href: "/today", class: "secondary wide" }, "See the full summary"));
  if (!(await waiting()).length) {
    const server = await bootstrap().catch(() => null);
    for (const line of server?.summary?.records || []) box.append(h("p", { class: "record" }, line));
    box.append(...nextTime(server?.next_time || []));
  }
  return box;
}

let drawing = 0; // the latest render; an older one still awaiting the queue or server gives way

async function render() {
  const ticket = ++drawing;
  const active = m.activeSet(state);
  const parts = [h("h2", {}, "Workout"), planList()];
  parts.push(h("p", { class: "sync-badge", "aria-live": "polite" }, savedText(await waiting())));
  if ((state.painBefore ?? null) === null && !state.done.length && active) {
    parts.push(painQuestion("pain_before", "Before you start: how is your back right now?"));
  }
  if (active) parts.push(setCard(active));
  else if (state.done.length) {
    if ((state.painAfter ?? null) === null) parts.push(painQuestion("pain_after", "All done. How is your back now?"));
    parts.push(await summaryBox());
  } else parts.push(h("p", {}, "Nothing planned: pick exercises below or log with quick entry."));
  const more = extras();
  parts.push(more);
  if (ticket !== drawing) return;
  // A redraw (a set synced, a timer) keeps what the person is doing below: the notes or "add an
  // exercise" opened, the field they type in, and where the page is.
  const before = root.querySelector(".workout-extras");
  const typing = before?.contains(document.activeElement) ? document.activeElement : null;
  more.open = Boolean(before?.open);
  const adding = before?.querySelector("#w-add")?.value;
  if (adding) more.querySelector("#w-add").value = adding;
  root.replaceChildren(...parts);
  root.dataset.doneSets = String(state.done.length); // what the screen now shows (tests wait on it)
  tick();
  if (typing?.id) {
    const again = root.querySelector(`#${typing.id}`);
    again.focus({ preventScroll: true });
    if (typeof typing.selectionStart === "number") again.setSelectionRange(typing.selectionStart, typing.selectionEnd);
    return;
  }
  const focus = root.querySelector(".active-set, .pain-ask, .workout-summary");
  if (focus) focus.scrollIntoView({ block: "start", behavior: "instant" });
}

async function main() {
  if (!root) return;
  await carryOver(USER).catch(() => 0); // writes from before the one queue
  const data = await bootstrap().catch(() => null);
  if (!data || !data.exercises.length) return; // the server's page stays as it is
  state = m.fromBootstrap(data);
  const kept = JSON.parse(localStorage.getItem(keyOf(state.day)) || "null");
  if (kept) {
    state = m.withChanges(state, kept.changes, kept.added);
    state.added = kept.added || [];
    state.notes = kept.notes || "";
    state.sentNotes = kept.sentNotes;
    state.deferred = kept.deferred || null;
    state.painAfter ??= kept.painAfter ?? null;
    restUntil = kept.rest && kept.rest > Date.now() ? kept.rest : null;
  }
  sendDeferred(); // the server knows the session now (its sets arrived since)
  document.getElementById("guided")?.setAttribute("hidden", "");
  root.hidden = false;
  queue.events.addEventListener("queue-changed", () => {
    const badge = root.querySelector(".sync-badge");
    if (badge) waiting().then((w) => { badge.textContent = savedText(w); });
  });
  // Once the last sets reach the server, its summary (records, next time) replaces the local one.
  queue.events.addEventListener("synced", () => {
    if (state.done.length && !m.activeSet(state)) render();
  });
  // Sets sent without a session join the day's session: learn its id for the pain and notes.
  queue.events.addEventListener("sent", (event) => {
    const id = event.detail.server?.session_id;
    if (!state.sessionId && event.detail.entry.kind === "set" && id) {
      state = { ...state, sessionId: id };
      sendDeferred();
    }
  });
  window.addEventListener("online", () => flush());
  setInterval(() => flush(), RETRY_MS);
  document.addEventListener("visibilitychange", () => { if (!document.hidden) tick(); });
  ticker = setInterval(tick, 200);
  await render();
  root.dataset.ready = "true";
}

main();
export { ticker };
