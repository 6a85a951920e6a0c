// Tiny DOM helpers for the workout screen: an element builder and a big stepper.

/** h("button", {class: "x", onclick}, "text", child…): an element; null children are left out. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if ((value ?? null) === null) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value);
  }
  element.append(...children.filter((child) => (child ?? null) !== null));
  return element;
}

/** A number field with big − and + buttons and a numeric keypad; {field, input, value}. */
export function stepper(name, label, value, step, mode) {
  const id = `w-${name}`;
  const input = h("input", { id, name, type: "text", inputmode: mode, autocomplete: "off", class: "big-input" });
  input.value = (value ?? null) === null ? "" : String(value);
  const nudge = (by) => () => {
    const now = Number(input.value.replace(",", ".")) || 0;
    input.value = String(Math.max(0, Math.round((now + by) * 100) / 100));
  };
  const field = h("div", { class: "stepper" },
    h("label", { for: id }, label),
    h("div", { class: "stepper-row" },
      h("button", { type: "button", class: "step", "aria-label": `${label} minus ${step}`, onclick: nudge(-step) }, "−"),
      input,
      h("button", { type: "button", class: "step", "aria-label": `${label} plus ${step}`, onclick: nudge(step) }, "+")));
  return { field, input, get value() { return input.value.replace(",", ".").trim(); } };
}
