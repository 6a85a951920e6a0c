import assert from "node:assert/strict";
import { test } from "node:test";

import * as m from "./machine.js";

function birdDogAndDeadlift() {
  const side = (s) => ({ reps: 4, hold_seconds: 7, load: null, added_load: null, side: s, text: `4 holds of 7 s, ${s} side` });
  return m.fromBootstrap({
    day: "2026-03-13",
    session_id: null,
    pain_before: null,
    pain_after: null,
    exercises: [
      { exercise_id: "bird-dog", name: "Bird dog", rest_seconds: 30, unilateral: true, last: null,
        sets: [side("left"), side("right"), side("left"), side("right")], easier: [{ exercise_id: "quadruped-arm-reach", name: "Quadruped arm reach" }], harder: [] },
      { exercise_id: "deadlift", name: "Deadlift", rest_seconds: 120, unilateral: false,
        last: { reps: 5, hold_seconds: null, load: { value: 80, unit: "kg" }, day: "2026-03-10", text: "5 × 80 kg" },
        sets: [{ reps: 5, hold_seconds: null, load: null, added_load: null, side: null, text: "5 reps" }], easier: [], harder: [] },
    ],
    done: [],
  });
}

function doAll(state) {
  let next = state;
  let n = 0;
  for (let active = m.activeSet(next); active; active = m.activeSet(next)) {
    const fill = m.prefill(active);
    next = m.completeSet(next, active, { reps: fill.reps, holdSeconds: fill.holdSeconds, load: fill.load, unit: fill.unit }, `id-${n}`, "2026-03-13T10:00:00Z").state;
    n += 1;
  }
  return next;
}

test("per-side holds are walked left then right, each a hold, then the next exercise", () => {
  let state = birdDogAndDeadlift();
  const sides = [];
  for (let i = 0; i < 4; i += 1) {
    const active = m.activeSet(state);
    assert.equal(active.exercise.exercise_id, "bird-dog");
    assert.deepEqual(m.prefill(active), { reps: 4, holdSeconds: 7, load: null, unit: null, side: active.target.side });
    sides.push(active.target.side);
    state = m.completeSet(state, active, { reps: 4, holdSeconds: 7 }, `s${i}`, "t").state;
  }
  assert.deepEqual(sides, ["left", "right", "left", "right"]);
  assert.equal(m.activeSet(state).exercise.exercise_id, "deadlift");
});

test("last time's load fills in a set the plan leaves open, and the body keeps the target", () => {
  let state = doAll(birdDogAndDeadlift());
  assert.equal(m.activeSet(state), null);
  const deadlift = state.done.at(-1);
  assert.deepEqual(deadlift.load, { value: 80, unit: "kg" });
  const body = m.setBody(deadlift, "session-1");
  assert.equal(body.session_id, "session-1");
  assert.equal(body.target_reps, 5);
  state = doAll(birdDogAndDeadlift());
  assert.deepEqual(m.localSummary(state), { sets: 5, warmups: 0, exercises: 2, tonnage: 400 });
});

test("a warm-up is stored but the active set stays where it was", () => {
  const state = birdDogAndDeadlift();
  const active = m.activeSet(state);
  const after = m.warmupSet(state, active, { reps: 4, holdSeconds: 5 }, "w", "t");
  assert.equal(after.set.warmup, true);
  assert.equal(m.setBody(after.set, null).target_reps, null);
  assert.deepEqual(m.activeSet(after.state).target, active.target);
});

test("swap keeps the prescription, skip moves on, and both survive a reload", () => {
  let state = birdDogAndDeadlift();
  state = m.swapExercise(state, 0, { exercise_id: "quadruped-arm-reach", name: "Quadruped arm reach" });
  const active = m.activeSet(state);
  assert.equal(active.exercise.exercise_id, "quadruped-arm-reach");
  assert.equal(active.target.hold_seconds, 7);
  state = m.skipExercise(state, 0);
  assert.equal(m.activeSet(state).exercise.exercise_id, "deadlift");
  const reloaded = m.withChanges(birdDogAndDeadlift(), m.planChanges(state));
  assert.equal(reloaded.exercises[0].exercise_id, "quadruped-arm-reach");
  assert.equal(m.activeSet(reloaded).exercise.exercise_id, "deadlift");
});

test("sets logged on another device count: the active set follows the server's done sets", () => {
  const base = birdDogAndDeadlift();
  const state = { ...base, done: [{ id: "x", exerciseId: "bird-dog", reps: 4, holdSeconds: 7, side: "left", warmup: false }] };
  assert.equal(m.activeSet(state).target.side, "right");
  assert.equal(m.doneCount(state, 0), 1);
});

test("a single timed hold asks for its seconds only, never for an empty count of holds", () => {
  const plank = { reps: null, hold_seconds: 30, load: null, added_load: null, side: null, text: "a 30 s hold" };
  assert.equal(m.countLabel(plank), null);
  const active = { target: plank, exercise: { last: { reps: 8 } } };
  assert.equal(m.prefill(active).holdSeconds, 30);
  assert.equal(m.countLabel({ ...plank, reps: 4, text: "4 holds of 30 s" }), "Holds");
  assert.equal(m.countLabel({ reps: 5, hold_seconds: null }), "Reps");
});
