// "Building your plan…": when the intake form is sent and the server has not answered within
// a second, say that the plan is being built and keep the button from being pressed again.
// Progressive enhancement: without this module the form posts the same way.

export const SHOW_AFTER_MS = 1000;

/** Wire one form: `status` is the hidden live region, `button` the submit button. */
export function showProgressOnSubmit(form, { status, button, setTimer = setTimeout } = {}) {
  form.addEventListener("submit", () => {
    setTimer(() => {
      if (status) status.hidden = false;
      if (button) {
        button.textContent = button.dataset.busyText || button.textContent;
        button.setAttribute("aria-disabled", "true");
        button.disabled = true;
      }
    }, SHOW_AFTER_MS);
  });
}

if (typeof document !== "undefined") {
  for (const form of document.querySelectorAll("form.intake-form")) {
    showProgressOnSubmit(form, {
      status: form.querySelector(".building"),
      button: form.querySelector("button[type=submit]"),
    });
  }
}
