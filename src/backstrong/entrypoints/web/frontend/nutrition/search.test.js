import assert from "node:assert/strict";
import { test } from "node:test";

import { debounce, describeFood, entryBody, gramsOf, groupFoods, portionChoices, previewKcal, searchTerm } from "./search.js";

function fakeTimers() {
  let now = 0;
  let next = 1;
  const due = new Map();
  return {
    setTimeout(fn, ms) {
      due.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout(id) {
      due.delete(id);
    },
    advance(ms) {
      now += ms;
      for (const [id, { at, fn }] of [...due]) {
        if (at <= now) {
          due.delete(id);
          fn();
        }
      }
    },
  };
}

const bread = {
  id: "bread-wholemeal",
  name: "Bread, wholemeal",
  kcal_per_100g: 247,
  portions: [{ name: "slice", grams: 36 }],
  times_logged: 0,
};
const egg = { id: "egg", name: "Egg", kcal_per_100g: 143, portions: [{ name: "large", grams: 50 }], times_logged: 4 };

test("typing fast searches once, for the last words typed", () => {
  const timers = fakeTimers();
  const seen = [];
  const search = debounce((q) => seen.push(q), 150, timers);
  search("e");
  timers.advance(100);
  search("eg");
  timers.advance(100);
  search("egg");
  timers.advance(149);
  assert.deepEqual(seen, []);
  timers.advance(1);
  assert.deepEqual(seen, ["egg"]);
});

test("a cancelled search never runs", () => {
  const timers = fakeTimers();
  const seen = [];
  const search = debounce((q) => seen.push(q), 150, timers);
  search("egg");
  search.cancel();
  timers.advance(500);
  assert.deepEqual(seen, []);
});

test("the search leaves out the amount and earlier foods of the line", () => {
  assert.equal(searchTerm("2 eggs, 1 coffee with mi"), "coffee with mi");
  assert.equal(searchTerm("150 g chicken"), "chicken");
  assert.equal(searchTerm("a slice of wholemeal"), "wholemeal");
  assert.equal(searchTerm("half an avocado"), "avocado");
  assert.equal(searchTerm("granola"), "granola");
  assert.equal(searchTerm("2 eggs, "), "");
});

test("foods logged before come first, each group in the server's order", () => {
  const groups = groupFoods([bread, egg, { ...bread, id: "b2" }]);
  assert.deepEqual(
    groups.map((g) => [g.label, g.foods.map((f) => f.id)]),
    [
      ["Your foods", ["egg"]],
      ["All foods", ["bread-wholemeal", "b2"]],
    ],
  );
  assert.deepEqual(groupFoods([]), []);
});

test("a food is described by its energy, first portion and how often it was logged", () => {
  assert.equal(describeFood(bread), "247 kcal per 100 g · 1 slice 36 g");
  assert.equal(describeFood(egg), "143 kcal per 100 g · 1 large 50 g · logged 4×");
  assert.equal(describeFood({ ...bread, portions: [] }), "247 kcal per 100 g");
});

test("the picker offers the food's portions then grams, and counts grams from either", () => {
  const choices = portionChoices(bread);
  assert.deepEqual(
    choices.map((c) => c.label),
    ["slice (36 g)", "grams"],
  );
  assert.equal(gramsOf(choices[0], "2"), 72);
  assert.equal(gramsOf(choices[0], "0,5"), 18);
  assert.equal(gramsOf(choices[1], "150"), 150);
  assert.equal(gramsOf(choices[1], "lots"), null);
  assert.equal(gramsOf(choices[1], "-3"), null);
  assert.equal(previewKcal(bread, 72), "≈ 178 kcal");
  assert.equal(previewKcal(bread, null), "");
});

test("a picked portion is sent as portion and quantity, grams as grams", () => {
  const [slice, g] = portionChoices(bread);
  assert.deepEqual(entryBody(bread, slice, "2", "breakfast", "2026-12-01"), {
    food_id: "bread-wholemeal",
    meal: "breakfast",
    date: "2026-12-01",
    portion: "slice",
    quantity: 2,
  });
  assert.deepEqual(entryBody(bread, g, "80", "lunch", "2026-12-01"), {
    food_id: "bread-wholemeal",
    meal: "lunch",
    date: "2026-12-01",
    grams: 80,
  });
});
