// The import upload with a progress bar: the same multipart form, sent with XMLHttpRequest so
// the bar can show the bytes sent, then "Reading your file…" while the server parses it. The
// server's answer is shown as it is: the review page, or the form with its error. Without this
// module the form posts as usual.

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
      const target = new URL(request.responseURL || form.action, window.location.href);
      if (target.pathname !== new URL(form.action, window.location.href).pathname) {
        window.location.assign(target.href);
        return;
      }
      const page = new DOMParser().parseFromString(request.responseText, "text/html");
      const fresh = page.querySelector("form[data-import-upload]");
      if (fresh === null) {
        document.documentElement.innerHTML = page.documentElement.innerHTML;
        return;
      }
      form.replaceWith(fresh);
      bindUpload(fresh);
    });
    request.addEventListener("error", () => form.submit());
    request.send(new FormData(form));
  });
}

const form = document.querySelector("form[data-import-upload]");
if (form !== null) bindUpload(form);
