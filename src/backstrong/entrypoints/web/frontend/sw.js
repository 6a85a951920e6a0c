// Backstrong's service worker, served at /sw.js (scope "/"). build.mjs injects
// __BACKSTRONG_PRECACHE__: the app shell (page modules, icons, the fixed-URL stylesheets and the
// /offline page), each with its revision.
//
//   pages (navigations)         NetworkFirst, 3 s timeout, then the copy last seen, then /offline
//   exercise figures            StaleWhileRevalidate
//   GET /api/v1/*               NetworkFirst (3 s)
//   (pages and the API while the browser knows it is offline: the copy last seen at once, without
//   waiting for the network to fail; the network only when there is no copy)
//   /static/* not precached     StaleWhileRevalidate
//
// A new worker waits until the person taps "Reload" in the update banner (shared/shell.js sends
// SKIP_WAITING): an open page never runs with half of one version and half of the next.
// The page asks it to WARM_UP (fetch the plan's pages and pictures ahead of time) and to FORGET
// (drop cached pages and API answers at log-out, so the next person sees none of them).
/* global __BACKSTRONG_PRECACHE__ */
import { clientsClaim } from "workbox-core";
import { ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { registerRoute, setCatchHandler } from "workbox-routing";
import { CacheOnly, NetworkFirst, StaleWhileRevalidate } from "workbox-strategies";
import { CacheableResponsePlugin } from "workbox-cacheable-response";

import { CACHES, NETWORK_TIMEOUT_SECONDS, OFFLINE_PAGE, isFigure, isPrivateCache } from "./shared/offline-routes.js";

clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(__BACKSTRONG_PRECACHE__);

const ok = new CacheableResponsePlugin({ statuses: [200] });

/** NetworkFirst, except while navigator.onLine says there is no network (false is reliable, true
 * is not): then the cached copy at once, as NetworkFirst would give it once its request failed.
 * A page opened offline from the phone's home screen shows without a round through the network
 * stack first. No copy: NetworkFirst as usual (then /offline for a page). */
function networkFirst(options) {
  const network = new NetworkFirst({ ...options, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS });
  const cache = new CacheOnly(options);
  return {
    async handle(context) {
      if (self.navigator.onLine === false) {
        try {
          return await cache.handle(context);
        } catch {
          // not cached: let the network try (and fail as usual)
        }
      }
      return network.handle(context);
    },
  };
}

registerRoute(
  ({ request }) => request.mode === "navigate",
  networkFirst({
    cacheName: CACHES.pages,
    plugins: [ok, new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 90 * 24 * 3600 })],
  }),
);

registerRoute(
  ({ url, request }) => request.method === "GET" && isFigure(url.pathname),
  new StaleWhileRevalidate({
    cacheName: CACHES.pictures,
    plugins: [ok, new ExpirationPlugin({ maxEntries: 500 })],
  }),
);

registerRoute(
  // Not /api/v1/me: the sync asks it who is logged in now, and a remembered answer would lie.
  ({ url, request }) =>
    request.method === "GET" && url.pathname.startsWith("/api/v1/") && url.pathname !== "/api/v1/me",
  networkFirst({
    cacheName: CACHES.api,
    plugins: [ok, new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 3600 })],
  }),
);

registerRoute(
  ({ url, request }) => request.method === "GET" && url.pathname.startsWith("/static/"),
  new StaleWhileRevalidate({ cacheName: CACHES.static, plugins: [ok] }),
);

// A page never opened online: the precached /offline page instead of the browser's error.
setCatchHandler(async ({ request }) => {
  if (request.mode === "navigate") {
    const page = await matchPrecache(OFFLINE_PAGE);
    if (page) return page;
  }
  return Response.error();
});

/** Fetch each URL and keep the good answers in `cacheName` (a failure skips that URL). */
async function keep(cacheName, urls) {
  const cache = await caches.open(cacheName);
  let kept = 0;
  for (const url of urls) {
    try {
      const response = await fetch(url, { credentials: "same-origin", redirect: "follow" });
      if (response.ok && !response.redirected) {
        await cache.put(url, response);
        kept += 1;
      }
    } catch {
      // offline again, or one page failed: the others still count
    }
  }
  return kept;
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "SKIP_WAITING") self.skipWaiting();
  if (data.type === "WARM_UP") {
    const done = Promise.all([keep(CACHES.pages, data.pages || []), keep(CACHES.pictures, data.pictures || [])]);
    event.waitUntil(
      done.then(([pages, pictures]) => event.ports[0]?.postMessage({ pages, pictures })),
    );
  }
  if (data.type === "FORGET") {
    event.waitUntil(
      caches.keys().then((names) => Promise.all(names.filter(isPrivateCache).map((n) => caches.delete(n)))),
    );
  }
});
