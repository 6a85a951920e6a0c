// Backstrong's Today page: the rest timer. Loaded as a module by
// templates/training/today.html through asset("training/today.js"); the page works without it.
//
// The rest timer stores when the rest ENDS (epoch ms, in localStorage, keyed by the set just
// logged) and redraws from the clock. A phone that sleeps, a tab in the background or a reload
// cannot stretch or restart it: on wake the remaining time is simply end - now.
import { formatClock } from "../shared/format.js";

const KEY = "backstrong.rest";

function load() {
  try {
    return JSON.parse(localStorage.getItem(KEY) || "null");
  } catch {
    return null;
  }
}

function save(value) {
  try {
    if (value) localStorage.setItem(KEY, JSON.stringify(value));
    else localStorage.removeItem(KEY);
  } catch {
    // private mode: the timer still runs for this page
  }
}

function main() {
  const box = document.getElementById("rest-timer");
  if (!box) return;
  const clock = box.querySelector(".rest-clock");
  const skip = box.querySelector(".rest-skip");
  const seconds = parseInt(box.getAttribute("data-rest") || "0", 10);
  const setId = box.getAttribute("data-set") || "";

  const stored = load();
  let endsAt = null;
  if (setId && seconds > 0) {
    // Same set as stored: keep its end (a reload must not restart the rest).
    endsAt = stored && stored.set === setId ? stored.endsAt : Date.now() + seconds * 1000;
    save({ set: setId, endsAt });
  } else if (stored && stored.endsAt > Date.now()) {
    endsAt = stored.endsAt;
  }
  if (!endsAt) return;

  let timer = null;
  let buzzed = false;

  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    save(null);
    box.hidden = true;
  }

  function tick() {
    const left = endsAt - Date.now();
    if (left <= 0) {
      clock.textContent = formatClock(0);
      box.classList.add("rest-over");
      box.querySelector(".rest-label").textContent = "Rest over: next set";
      if (!buzzed && navigator.vibrate) navigator.vibrate([200, 100, 200]);
      buzzed = true;
      if (timer) clearInterval(timer);
      timer = null;
      save(null);
      return;
    }
    clock.textContent = formatClock(left);
  }

  box.hidden = false;
  tick();
  timer = setInterval(tick, 250);
  document.addEventListener("visibilitychange", () => {
    if (!document.hidden) tick(); // woken up: catch up with the clock at once
  });
  if (skip) skip.addEventListener("click", stop);
}

main();
