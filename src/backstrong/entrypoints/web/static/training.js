// Backstrong training pages: the rest timer. No libraries.
//
// The rest timer stores when the rest ENDS (epoch ms, in localStorage, keyed by the set just
// logged) and redraws from the clock. A phone that sleeps, a tab in the background or a reload
// cannot stretch or restart it: on wake the remaining time is simply end - now.
(function () {
  "use strict";

  var KEY = "backstrong.rest";

  var box = document.getElementById("rest-timer");
  if (!box) return;
  var clock = box.querySelector(".rest-clock");
  var skip = box.querySelector(".rest-skip");
  var seconds = parseInt(box.getAttribute("data-rest") || "0", 10);
  var setId = box.getAttribute("data-set") || "";

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY) || "null"); } catch (e) { return null; }
  }
  function save(value) {
    try {
      if (value) localStorage.setItem(KEY, JSON.stringify(value));
      else localStorage.removeItem(KEY);
    } catch (e) { /* private mode: the timer still runs for this page */ }
  }

  var stored = load();
  var endsAt = null;
  if (setId && seconds > 0) {
    // Same set as stored: keep its end (a reload must not restart the rest).
    endsAt = stored && stored.set === setId ? stored.endsAt : Date.now() + seconds * 1000;
    save({ set: setId, endsAt: endsAt });
  } else if (stored && stored.endsAt > Date.now()) {
    endsAt = stored.endsAt;
  }
  if (!endsAt) return;

  var timer = null;
  var buzzed = false;

  function show(ms) {
    var left = Math.max(0, Math.ceil(ms / 1000));
    var m = Math.floor(left / 60);
    var s = left % 60;
    clock.textContent = m + ":" + (s < 10 ? "0" : "") + s;
  }

  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    save(null);
    box.hidden = true;
  }

  function tick() {
    var left = endsAt - Date.now();
    if (left <= 0) {
      show(0);
      box.classList.add("rest-over");
      box.querySelector(".rest-label").textContent = "Rest over: next set";
      if (!buzzed && navigator.vibrate) navigator.vibrate([200, 100, 200]);
      buzzed = true;
      if (timer) clearInterval(timer);
      timer = null;
      save(null);
      return;
    }
    show(left);
  }

  box.hidden = false;
  tick();
  timer = setInterval(tick, 250);
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) tick();  // woken up: catch up with the clock at once
  });
  if (skip) skip.addEventListener("click", stop);
})();
