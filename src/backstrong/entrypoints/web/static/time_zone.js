// Progressive enhancement: a person without a time zone gets their browser's, once.
// base.html loads this only while the account has none; the server keeps a zone already chosen.
(function () {
  "use strict";
  var SENT = "backstrong.time_zone_sent";
  try {
    if (window.sessionStorage.getItem(SENT)) return; // one try per browser session
    window.sessionStorage.setItem(SENT, "1");
  } catch (e) {
    // storage disabled: the server still ignores repeats once a zone is set
  }
  var zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (e) {
    return;
  }
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (!zone || !meta || !window.fetch) return;
  var body = new URLSearchParams({ time_zone: zone, csrf_token: meta.getAttribute("content") });
  window.fetch("/settings/time-zone/detected", {
    method: "POST",
    body: body,
    credentials: "same-origin",
    redirect: "manual",
  });
})();
