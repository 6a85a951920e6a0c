// The diary's search-as-you-type, the pure parts: what to search for, when, and how to show it.
// The server ranks the foods (fuzzy match, recent and frequent first); this only lays them out.

/**
 * `fn` called `wait` ms after the last call; `.cancel()` drops a pending call.
 * `timers` is for tests (setTimeout/clearTimeout by default).
 */
export function debounce(fn, wait, timers = globalThis) {
  let pending = null;
  const debounced = (...args) => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = timers.setTimeout(() => {
      pending = null;
      fn(...args);
    }, wait);
  };
  debounced.cancel = () => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
  };
  return debounced;
}

// Leading amounts people type before a food ("2", "1/2", "150 g", "a slice of"): left out of
// the search so "2 eg" looks for "eg". The server still reads the whole line when it is added.
const AMOUNT = /^\s*(?:\d+(?:[.,]\d+)?(?:\s*\/\s*\d+)?|an?|half(?:\s+an?)?|one|two|three)\s*(?:(?:g|kg|ml|l|oz|lb|cups?|tbsp|tsp|slices?|pieces?|servings?)\b\.?\s*)?(?:of\s+)?/i;

/** The words to search for: the last food of the line, without its amount. */
export function searchTerm(line) {
  const parts = String(line).split(/[,;+]/);
  const last = parts[parts.length - 1];
  return last.replace(AMOUNT, "").trim().slice(0, 200);
}

/** Foods in the server's order, split into those the person logged before and the others. */
export function groupFoods(foods) {
  const yours = foods.filter((food) => food.times_logged > 0);
  const others = foods.filter((food) => !(food.times_logged > 0));
  return [
    { label: "Your foods", foods: yours },
    { label: "All foods", foods: others },
  ].filter((group) => group.foods.length > 0);
}

const whole = (n) => Math.round(n).toLocaleString("en");
const grams = (n) => `${Math.round(n * 10) / 10} g`;

/** One line under a food's name: energy per 100 g, its first portion, how often logged. */
export function describeFood(food) {
  const bits = [`${whole(food.kcal_per_100g)} kcal per 100 g`];
  const first = food.portions?.[0];
  if (first) bits.push(`1 ${first.name} ${grams(first.grams)}`);
  if (food.times_logged > 0) bits.push(`logged ${food.times_logged}×`);
  return bits.join(" · ");
}

/** The amounts the picker offers: the food's own portions, then grams. */
export function portionChoices(food) {
  const own = (food.portions ?? []).map((p) => ({ value: p.name, label: `${p.name} (${grams(p.grams)})`, grams: p.grams }));
  return [...own, { value: "", label: "grams", grams: 1 }];
}

/** Grams for `quantity` of a choice from portionChoices (null when the quantity is no number). */
export function gramsOf(choice, quantity) {
  const n = Number(String(quantity).replace(",", "."));
  if (!Number.isFinite(n) || n <= 0) return null;
  return Math.round(choice.grams * n * 10) / 10;
}

/** Energy of `grams` of the food, as a preview ("≈ 156 kcal"); the server stores the real one. */
export function previewKcal(food, amount) {
  if (amount === null || !Number.isFinite(amount)) return "";
  return `≈ ${whole((food.kcal_per_100g * amount) / 100)} kcal`;
}

/** The body of POST /api/v1/diary for a picked food. */
export function entryBody(food, choice, quantity, meal, day) {
  const body = { food_id: food.id, meal, date: day };
  if (choice.value) {
    body.portion = choice.value;
    body.quantity = Number(String(quantity).replace(",", "."));
  } else {
    body.grams = Number(String(quantity).replace(",", "."));
  }
  return body;
}
