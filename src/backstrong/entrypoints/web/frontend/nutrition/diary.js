// The food diary page (/nutrition): search-as-you-type over every food, a picker for the amount
// (the food's own portions or grams), and lines added without reloading the page. Loaded by
// templates/nutrition/diary.html through asset("nutrition/diary.js"); without it the page's
// forms post as before. The server reads, ranks and stores; this module only asks and shows.
import { debounce, describeFood, entryBody, gramsOf, groupFoods, portionChoices, previewKcal, searchTerm } from "./search.js";

const WAIT_MS = 150;
const SHOWN = 8;

const csrf = () => document.querySelector('meta[name="csrf-token"]')?.content ?? "";

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

async function send(method, url, body) {
  const response = await fetch(url, {
    method,
    credentials: "same-origin",
    headers: { "content-type": "application/json", "x-csrf-token": csrf() },
    body: JSON.stringify(body),
  });
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  return { ok: response.ok, status: response.status, data };
}

/** The page's totals, training and meals drawn again by the server, swapped in place. */
async function redraw() {
  const response = await fetch(location.href, { credentials: "same-origin" });
  if (!response.ok) return location.reload();
  const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
  for (const part of fresh.querySelectorAll("[data-diary-part]")) {
    const here = document.getElementById(part.id);
    if (here) here.replaceWith(document.importNode(part, true));
  }
}

function problemOf(data) {
  const detail = data?.detail;
  if (Array.isArray(detail)) return detail.map((d) => d.msg).join("; ");
  return typeof detail === "string" ? detail : "That did not work; try again.";
}

function main() {
  const form = document.querySelector("form[data-diary-search]");
  if (!form) return;
  const input = form.querySelector('input[name="text"]');
  const meal = form.querySelector('select[name="meal"]');
  const day = form.querySelector('input[name="date"]').value;
  const results = form.querySelector("#food-results");
  const picker = form.querySelector("#food-picker");
  const choices = form.querySelector("#line-choices-live");
  const status = form.querySelector("#diary-status");
  let controller = null;

  const say = (text) => {
    status.textContent = text;
  };

  function close() {
    results.replaceChildren();
    results.hidden = true;
    input.setAttribute("aria-expanded", "false");
  }

  function showFoods(foods, term) {
    results.replaceChildren();
    for (const group of groupFoods(foods.slice(0, SHOWN))) {
      results.append(el("li", { class: "group", role: "presentation", text: group.label }));
      for (const food of group.foods) {
        const button = el("button", { type: "button", class: "food-choice", "data-food-id": food.id },
          el("span", { class: "name", text: food.name }),
          el("span", { class: "meta", text: describeFood(food) }));
        button.addEventListener("click", () => pick(food));
        results.append(el("li", { role: "option" }, button));
      }
    }
    if (!foods.length && term) results.append(el("li", { class: "empty", text: `No food matches “${term}”. Press Add to see the closest, or add it as your own.` }));
    results.hidden = !results.children.length;
    input.setAttribute("aria-expanded", String(!results.hidden));
  }

  async function search(term) {
    controller?.abort();
    controller = new AbortController();
    const url = `/api/v1/foods?limit=${SHOWN}&q=${encodeURIComponent(term)}`;
    try {
      const response = await fetch(url, { credentials: "same-origin", signal: controller.signal });
      if (!response.ok) return close();
      const page = await response.json();
      if (input.value.trim() === "" && term !== "") return;
      showFoods(page.items ?? [], term);
    } catch (error) {
      if (error.name !== "AbortError") close();
    }
  }

  const later = debounce(search, WAIT_MS);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-controls", "food-results");
  input.setAttribute("aria-expanded", "false");
  input.addEventListener("input", () => {
    picker.hidden = true;
    later(searchTerm(input.value));
  });
  input.addEventListener("focus", () => {
    if (!input.value.trim() && picker.hidden) search("");
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });

  function pick(food) {
    close();
    const options = portionChoices(food);
    const select = picker.querySelector('select[name="portion"]');
    const amount = picker.querySelector('input[name="quantity"]');
    const grams = picker.querySelector(".picked-grams");
    select.replaceChildren(...options.map((o, i) => el("option", { value: String(i), text: o.label })));
    amount.value = options[0].value ? "1" : "100";
    picker.querySelector(".picked-name").textContent = food.name;
    const update = () => {
      const choice = options[Number(select.value)];
      const g = gramsOf(choice, amount.value);
      grams.textContent = g === null ? "" : `${g} g ${previewKcal(food, g)}`;
    };
    select.onchange = () => {
      if (!options[Number(select.value)].value) amount.value = "100";
      update();
    };
    amount.oninput = update;
    update();
    picker.onsubmit = null;
    picker.querySelector(".picked-add").onclick = async () => {
      const choice = options[Number(select.value)];
      if (gramsOf(choice, amount.value) === null) return say("Give an amount above 0.");
      const { ok, data } = await send("POST", "/api/v1/diary", entryBody(food, choice, amount.value, meal.value, day));
      if (!ok) return say(problemOf(data));
      picker.hidden = true;
      input.value = "";
      say(`Added ${data.food_name} (${data.portion}) to ${data.meal}.`);
      await redraw();
    };
    picker.querySelector(".picked-cancel").onclick = () => {
      picker.hidden = true;
      input.focus();
    };
    picker.hidden = false;
    amount.focus();
    amount.select();
  }

  function customFood(part, retry) {
    const box = el("form", { class: "custom-food" });
    const fields = [["name", "Name", part.food_text], ["kcal", "kcal per 100 g", ""], ["protein_g", "Protein g", ""],
      ["fat_g", "Fat g", ""], ["carbohydrate_g", "Carbs g", ""], ["fiber_g", "Fibre g", ""], ["portion", "A portion (e.g. slice)", ""], ["portion_g", "Its grams", ""]];
    for (const [name, label, value] of fields) {
      const id = `cf-${name}`;
      box.append(el("div", { class: "field" }, el("label", { for: id, text: label }),
        el("input", { id, name, value, type: "text", autocomplete: "off", inputmode: name === "name" || name === "portion" ? "text" : "decimal" })));
    }
    const problem = el("p", { class: "error", role: "alert", hidden: "" });
    box.append(el("p", { class: "small muted", text: "Per 100 g, as on the label (carbohydrate without fibre)." }), problem,
      el("button", { type: "submit", class: "primary small", text: "Save and add the line" }));
    box.addEventListener("submit", async (event) => {
      event.preventDefault();
      const body = {};
      for (const [name] of fields) {
        const value = box.elements.namedItem(name).value.trim();
        if (value) body[name] = ["name", "portion"].includes(name) ? value : Number(value.replace(",", "."));
      }
      const { ok, data } = await send("POST", "/api/v1/foods", body);
      if (!ok) {
        problem.textContent = problemOf(data);
        problem.hidden = false;
        return;
      }
      await retry();
    });
    return box;
  }

  function showChoices(detail) {
    choices.replaceChildren();
    for (const part of detail) {
      const set = el("fieldset", {}, el("legend", { text: `“${part.input}”: which food did you mean?` }));
      (part.candidates ?? []).forEach((food, i) => {
        const button = el("button", { type: "button", class: "small choice", text: food.name });
        button.addEventListener("click", () => {
          input.value = part.choices[i];
          addLine();
        });
        set.append(button);
      });
      if (!part.candidates?.length) set.append(el("p", { class: "small muted", text: "Nothing close." }));
      const own = el("button", { type: "button", class: "small link", text: `Create “${part.food_text}” as your own food` });
      own.addEventListener("click", () => own.replaceWith(customFood(part, addLine)));
      set.append(own);
      choices.append(set);
    }
    choices.hidden = false;
  }

  async function addLine() {
    const text = input.value.trim();
    if (!text) return;
    let answer;
    try {
      answer = await send("POST", "/api/v1/diary/lines", { text, meal: meal.value, date: day });
    } catch {
      return form.submit(); // offline or unreachable: the page's own post says what happened
    }
    const { ok, status: code, data } = answer;
    if (ok) {
      input.value = "";
      choices.hidden = true;
      choices.replaceChildren();
      say(`Added ${data.map((e) => e.food_name).join(", ")} to ${data[0]?.meal ?? "the diary"}.`);
      return redraw();
    }
    if (code === 422 && Array.isArray(data?.detail) && data.detail.some((d) => d.type === "unmatched_food")) {
      return showChoices(data.detail.filter((d) => d.type === "unmatched_food"));
    }
    form.submit(); // any other refusal: the page shows it beside the field
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    later.cancel();
    controller?.abort();
    close();
    addLine();
  });
  document.addEventListener("click", (event) => {
    if (!form.contains(event.target)) close();
  });
}

main();
