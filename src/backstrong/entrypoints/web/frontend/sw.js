// Backstrong's service worker, served at /sw.js (scope "/"). A placeholder until the offline
// workout lands: it precaches the page modules this build produced, so they load offline, and
// drops caches of earlier builds. build.mjs injects __BACKSTRONG_PRECACHE__ (no __WB_MANIFEST).
/* global __BACKSTRONG_PRECACHE__ */
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, precacheAndRoute } from "workbox-precaching";

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(__BACKSTRONG_PRECACHE__);
