// Forms that keep working offline: a form marked data-offline="<kind>" is stored in the write
// queue on submit (on the device at once) and sent by sync.js. Without JavaScript the same form
// posts to its page route as before.
//
// Online, a write the server refuses (a typo in a quick entry) is handed back to the page's own
// form post, which shows the full error (the caret under the mistake, the exercise to choose).
import * as queue from "./queue.js";
import { flush } from "./sync.js";

function value(form, name) {
  const field = form.elements.namedItem(name);
  return field && "value" in field ? field.value.trim() : "";
}

/** Noon of a chosen day in this browser's time zone, as an ISO moment with its offset. */
export function noonOf(day, offsetMinutes = -new Date().getTimezoneOffset()) {
  const sign = offsetMinutes >= 0 ? "+" : "-";
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${day}T12:00:00${sign}${hh}:${mm}`;
}

function localToday(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function quickEntry(form) {
  const text = value(form, "entry");
  if (!text) return null;
  const day = value(form, "date");
  // The entry's own UUID: sent again after a lost answer, the server answers 200 and logs nothing.
  const body = { id: queue.newId(), text, performed_at: day ? noonOf(day) : new Date().toISOString() };
  const chosen = form.querySelector('input[name="exercise_id"]:checked');
  if (chosen) body.exercise_id = chosen.value;
  return { url: "/api/v1/quick-entries", id: body.id, kind: "set", label: text, body, clear: ["entry"] };
}

export function weighIn(form) {
  const weight = value(form, "weight");
  if (!weight) return null;
  const day = value(form, "date");
  // A weigh-in of today is "now"; of another day, that day (the server puts it in the morning).
  // Either way the request is the same each time the queue sends it, so a repeat is a 200.
  const body = day && day !== localToday() ? { weight, date: day } : { weight, measured_at: new Date().toISOString() };
  const fat = value(form, "body_fat");
  if (fat) body.body_fat_percent = Number(fat);
  const girths = Object.fromEntries(["waist", "hips"].map((s) => [s, value(form, s)]).filter(([, v]) => v));
  if (Object.keys(girths).length) body.girths = girths;
  const label = `weigh-in ${weight}`;
  return { url: "/api/v1/weights", kind: "weigh-in", label, body, clear: ["weight", "body_fat", "waist", "hips"] };
}

/** A pain check-in (0–10) on a logged session: the tapped number goes to the session's field.
 * Setting the same value twice changes nothing, so a repeat is harmless. Before the day's first
 * set there is no session yet: the check-in starts one under its own UUID (a repeat is a 200). */
export function painCheckIn(form, submitter) {
  const session = value(form, "session_id");
  const field = value(form, "field");
  const pain = submitter?.name === "pain" ? submitter.value : "";
  if (!["pain_before", "pain_after", "pain_next_morning"].includes(field) || pain === "") return null;
  const label = `pain ${pain}/10`;
  if (!session) {
    if (field !== "pain_before") return null;
    const id = queue.newId();
    const body = { id, pain_before: Number(pain) };
    return { method: "POST", url: "/api/v1/sessions", id, kind: "pain", label, body, clear: [] };
  }
  const body = { [field]: Number(pain) };
  const url = `/api/v1/sessions/${encodeURIComponent(session)}`;
  return { method: "PATCH", url, kind: "pain", label, body, clear: [] };
}

export const KINDS = { "quick-entry": quickEntry, "weigh-in": weighIn, pain: painCheckIn };

function say(form, message) {
  let status = form.querySelector(".offline-status");
  if (!status) {
    status = document.createElement("p");
    status.className = "offline-status";
    status.setAttribute("role", "status");
    form.append(status);
  }
  status.textContent = message;
}

/** Submit the form to its page route without this module (and with the tapped button's value,
 * which a programmatic submit leaves out). */
function postNatively(form, tapped) {
  if (tapped) {
    const carried = document.createElement("input");
    carried.type = "hidden";
    carried.name = tapped.name;
    carried.value = tapped.value;
    form.append(carried);
  }
  HTMLFormElement.prototype.submit.call(form);
}

function afterSync(form, entry, restore, tapped) {
  const onSent = (event) => {
    if (event.detail.entry.seq !== entry.seq) return;
    stopListening();
    window.location.reload(); // show the page as the server now has it
  };
  const onRejected = (event) => {
    if (event.detail.seq !== entry.seq) return;
    stopListening();
    queue.dismiss(entry.seq).then(() => {
      restore();
      postNatively(form, tapped); // the page's own post shows the whole error
    });
  };
  const stopListening = () => {
    queue.events.removeEventListener("sent", onSent);
    queue.events.removeEventListener("rejected", onRejected);
  };
  queue.events.addEventListener("sent", onSent);
  queue.events.addEventListener("rejected", onRejected);
}

/** Take over the submit of every form[data-offline] on the page for `user`. */
export function enhanceForms(user) {
  for (const form of document.querySelectorAll("form[data-offline]")) {
    const build = KINDS[form.dataset.offline];
    if (!build) continue;
    form.addEventListener("submit", async (event) => {
      const write = build(form, event.submitter);
      if (!write) return; // empty: let the page's post say what is missing
      event.preventDefault();
      const typed = Object.fromEntries(write.clear.map((name) => [name, value(form, name)]));
      // A form with several submit buttons (the pain scale) posts the tapped one's value too.
      const tapped = event.submitter?.name ? event.submitter : null;
      const { clear, ...request } = write;
      const entry = await queue.enqueue({ ...request, user });
      for (const name of clear) {
        const field = form.elements.namedItem(name);
        if (field) field.value = "";
      }
      // Online, the page reloads with it in a moment; offline it waits in the queue.
      const next = navigator.onLine ? "Sending it now." : "It is sent as soon as there is a connection.";
      say(form, `Saved on this phone: ${write.label}. ${next}`);
      const restore = () => {
        for (const [name, text] of Object.entries(typed)) {
          const field = form.elements.namedItem(name);
          if (field) field.value = text;
        }
      };
      afterSync(form, entry, restore, tapped);
      flush();
    });
  }
}
