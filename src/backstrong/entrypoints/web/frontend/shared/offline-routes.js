// What the service worker caches where, shared by sw.js and the page (the log-out clean-up).

export const NETWORK_TIMEOUT_SECONDS = 3;
export const OFFLINE_PAGE = "/offline";

export const CACHES = {
  pages: "backstrong-pages",
  pictures: "backstrong-pictures",
  api: "backstrong-api",
  static: "backstrong-static",
};

/** An exercise's figure: /api/v1/exercises/<id>/figure.svg. */
export function isFigure(pathname) {
  return /^\/api\/v1\/exercises\/[^/]+\/figure\.svg$/.test(pathname);
}

/** Caches that hold one person's data (dropped at log-out); pictures and styles are not theirs. */
export function isPrivateCache(name) {
  return name === CACHES.pages || name === CACHES.api;
}
