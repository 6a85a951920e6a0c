// The service worker from the page's side (workbox-window): registration, the "update ready"
// banner, the warm-up that fetches the plan's pages ahead of a gym with no signal, and the
// clean-up at log-out.
import { Workbox, messageSW } from "workbox-window";

const WARM_KEY = "backstrong.warmedUp";
const WARM_EVERY_MS = 15 * 60 * 1000;

/** Register /sw.js; returns the Workbox (null where the browser has no service workers). */
export function startWorker() {
  if (!("serviceWorker" in navigator)) return null;
  const wb = new Workbox("/sw.js", { scope: "/" });
  // A new version is installed and waits: offer it, never swap it in under the person.
  wb.addEventListener("waiting", () => offerUpdate(wb));
  wb.register().catch(() => {
    // no worker (private mode, an old browser): the site still works online
  });
  return wb;
}

function offerUpdate(wb) {
  const banner = document.getElementById("update-banner");
  if (!banner) return;
  banner.hidden = false;
  banner.querySelector("button").addEventListener(
    "click",
    () => {
      wb.addEventListener("controlling", () => window.location.reload());
      wb.messageSkipWaiting();
    },
    { once: true },
  );
}

function lastWarmUp() {
  try {
    return JSON.parse(localStorage.getItem(WARM_KEY) || "null");
  } catch {
    return null;
  }
}

/** Ask the worker to fetch the pages and pictures the person will want offline: again when the
 * list changed (a new plan, another account) or 15 minutes went by. Marks <html
 * data-offline-ready> when done. */
export async function warmUp(wb, user) {
  if (!wb || !navigator.onLine) return;
  const response = await fetch("/api/v1/offline/urls", { credentials: "same-origin" });
  if (!response.ok) return;
  const { pages, pictures } = await response.json();
  const list = JSON.stringify([user, pages, pictures]);
  const last = lastWarmUp();
  if (!(last && last.list === list && Date.now() - last.at < WARM_EVERY_MS)) {
    const worker = await wb.active;
    await messageSW(worker, { type: "WARM_UP", pages, pictures });
    try {
      localStorage.setItem(WARM_KEY, JSON.stringify({ list, at: Date.now() }));
    } catch {
      // storage full or private: warm up again next time
    }
  }
  document.documentElement.dataset.offlineReady = "yes";
}

/** At log-out: drop cached pages and API answers (the next person on this phone sees none). */
export function forgetOnLogout() {
  const form = document.querySelector("form.logout");
  if (!form) return;
  form.addEventListener("submit", () => {
    navigator.serviceWorker?.controller?.postMessage({ type: "FORGET" });
    try {
      localStorage.removeItem(WARM_KEY);
    } catch {
      // nothing kept
    }
  });
}
