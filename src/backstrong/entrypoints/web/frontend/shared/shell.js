// The app shell, loaded on every page: the service worker (offline pages, the update banner,
// the warm-up), the write queue's badge and sync, forms that work offline, and a confirmation
// before anything is deleted. Each page works without it.
//
// For feature modules (the workout screen): import { enqueue, pending, events } from
// "../shared/queue.js" and { flush } from "../shared/sync.js"; window.backstrong holds the
// same for tests and the console.
import "./shell.css";

import { startBadge } from "./badge.js";
import { enhanceForms } from "./forms.js";
import * as queue from "./queue.js";
import { flush } from "./sync.js";
import { forgetOnLogout, startWorker, warmUp } from "./worker.js";

function confirmDeletes() {
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !/\/delete$/.test(form.getAttribute("action") || "")) return;
    const button = form.querySelector("button[aria-label]");
    const what = button ? button.getAttribute("aria-label") : "Delete this";
    if (!window.confirm(`${what}? This cannot be undone.`)) event.preventDefault();
  });
}

function main() {
  const user = document.body.dataset.user;
  const worker = startWorker();
  confirmDeletes();
  window.backstrong = { ...queue, flush };
  if (!user) return;
  forgetOnLogout();
  startBadge();
  enhanceForms(user);
  const resume = () => {
    flush();
    warmUp(worker, user).catch(() => {});
  };
  resume();
  window.addEventListener("online", resume);
}

// When the page became usable, for bench/bench_offline.py (ms since the navigation started).
function markReady() {
  document.documentElement.dataset.shellReady = String(Math.round(performance.now()));
}

main();
markReady();
