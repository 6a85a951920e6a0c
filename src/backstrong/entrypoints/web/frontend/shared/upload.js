// Uploads with a progress bar, for any form marked `data-import-upload` with a `[data-progress]`
// box (a <progress> and a `[data-progress-text]` line) inside: the same multipart form, sent with
// XMLHttpRequest so the bar shows the bytes sent, then "Reading your file…" while the server
// reads it. The server's answer is shown as it is: a redirect is followed; a page drawn at the
// form's own address (its error, a review, a report) replaces the page's <main>. Without this
// module the form posts as usual. Used by the workout, weigh-in and USDA food imports.

/**
 * Whether the server answered at the form's own address (a page to show in place) rather than
 * redirecting elsewhere (a page to go to).
 * @param {string} responseUrl  XMLHttpRequest.responseURL ("" when the browser did not say)
 * @param {string} action  the form's action
 * @param {string} here  the page's address
 */
export function answeredInPlace(responseUrl, action, here) {
  const target = new URL(responseUrl || action, here);
  return target.pathname === new URL(action, here).pathname;
}

export function bindUpload(form) {
  const box = form.querySelector("[data-progress]");
  const bar = box.querySelector("progress");
  const text = box.querySelector("[data-progress-text]");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    box.hidden = false;
    form.querySelector("button[type=submit]").disabled = true;
    request.upload.addEventListener("progress", (progress) => {
      if (progress.lengthComputable) {
        bar.max = progress.total;
        bar.value = progress.loaded;
      }
    });
    request.upload.addEventListener("load", () => {
      bar.removeAttribute("value");
      text.textContent = "Reading your file…";
    });
    request.addEventListener("load", () => {
      if (!answeredInPlace(request.responseURL, form.action, window.location.href)) {
        window.location.assign(request.responseURL);
        return;
      }
      showPage(new DOMParser().parseFromString(request.responseText, "text/html"));
    });
    request.addEventListener("error", () => form.submit());
    request.send(new FormData(form));
  });
}

/** The answer's <main> in place of this page's (the shell around it stays), bound again. */
function showPage(page) {
  const fresh = page.querySelector("main");
  const main = document.querySelector("main");
  if (fresh === null || main === null) {
    document.documentElement.innerHTML = page.documentElement.innerHTML;
    return;
  }
  main.replaceChildren(...fresh.childNodes);
  if (page.title) document.title = page.title;
  main.focus();
  bindAll(main);
}

function bindAll(root) {
  for (const form of root.querySelectorAll("form[data-import-upload]")) bindUpload(form);
}

if (typeof document !== "undefined") bindAll(document);
