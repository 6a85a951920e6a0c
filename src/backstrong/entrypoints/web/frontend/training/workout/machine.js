// The workout screen's state: the plan the server sent, the sets done (server's and this
// device's), and which set is active. Pure functions returning new states, so the screen can
// render from any state and tests need no DOM. The rules (what to lift, holds, sides, rest) come
// from the server's bootstrap; this only walks them, the same way services/training/workout.py
// finds the next set (working sets counted per exercise, in plan order).

/** The state from GET /api/v1/workout/today. */
export function fromBootstrap(data) {
  return {
    day: data.day,
    sessionId: data.session_id,
    painBefore: data.pain_before,
    painAfter: data.pain_after,
    exercises: data.exercises.map((e) => ({ ...e, skipped: false, warmups: 0 })),
    done: data.done.map((s) => ({
      id: s.id,
      exerciseId: s.exercise_id,
      reps: s.reps,
      holdSeconds: s.hold_seconds,
      load: s.load,
      side: s.side,
      warmup: s.warmup,
    })),
    notes: data.notes || "",
    sentNotes: data.notes || "",
  };
}

/** The active set: {exerciseIndex, setIndex, exercise, target} or null when all is done. */
export function activeSet(state) {
  const counts = new Map();
  for (const s of state.done) {
    if (!s.warmup) counts.set(s.exerciseId, (counts.get(s.exerciseId) || 0) + 1);
  }
  for (const [exerciseIndex, exercise] of state.exercises.entries()) {
    const logged = counts.get(exercise.exercise_id) || 0;
    const planned = exercise.sets.length;
    counts.set(exercise.exercise_id, Math.max(0, logged - planned));
    if (exercise.skipped) continue;
    if (logged < planned) {
      return { exerciseIndex, setIndex: logged, exercise, target: exercise.sets[logged] };
    }
  }
  return null;
}

/** Working sets done of one exercise (its position in the plan). */
export function doneCount(state, exerciseIndex) {
  const id = state.exercises[exerciseIndex].exercise_id;
  let before = 0;
  for (let i = 0; i < exerciseIndex; i += 1) {
    if (state.exercises[i].exercise_id === id) before += state.exercises[i].sets.length;
  }
  const all = state.done.filter((s) => s.exerciseId === id && !s.warmup).length;
  return Math.min(state.exercises[exerciseIndex].sets.length, Math.max(0, all - before));
}

/** The label of the count field for a target: "Reps", "Holds" for several timed holds, or null
 * for a single hold (its seconds are all it asks, as on the page without JavaScript). */
export function countLabel(target) {
  if ((target.hold_seconds ?? null) === null) return "Reps";
  return (target.reps ?? null) === null ? null : "Holds";
}

/** What to prefill for the active set: the target, else last time's numbers. */
export function prefill(active) {
  if (!active) return null;
  const { target, exercise } = active;
  const last = exercise.last || {};
  return {
    reps: target.reps ?? ((target.hold_seconds ?? null) === null ? last.reps ?? null : null),
    holdSeconds: target.hold_seconds ?? null,
    load: target.load ? target.load.value : last.load ? last.load.value : null,
    unit: target.load ? target.load.unit : last.load ? last.load.unit : null,
    side: target.side,
  };
}

/** The set as done, added to the state (the caller stores `set` through the queue). */
export function completeSet(state, active, entered, id, performedAt) {
  const set = {
    id,
    exerciseId: active.exercise.exercise_id,
    reps: entered.reps ?? null,
    holdSeconds: entered.holdSeconds ?? null,
    load: (entered.load ?? null) === null || entered.load === "" ? null : { value: Number(entered.load), unit: entered.unit || "kg" },
    side: active.target.side,
    warmup: Boolean(entered.warmup),
    performedAt,
    target: active.target,
  };
  return { state: { ...state, done: [...state.done, set] }, set };
}

/** A warm-up set of the active exercise: stored, but never moves the active set. */
export function warmupSet(state, active, entered, id, performedAt) {
  return completeSet(state, active, { ...entered, warmup: true }, id, performedAt);
}

function changeExercise(state, index, change) {
  const exercises = state.exercises.map((e, i) => (i === index ? { ...e, ...change } : e));
  return { ...state, exercises };
}

export function skipExercise(state, index) {
  return changeExercise(state, index, { skipped: true });
}

/** Swap an exercise for a variant (easier or harder) with the same prescription. */
export function swapExercise(state, index, variant) {
  const was = state.exercises[index];
  return changeExercise(state, index, {
    exercise_id: variant.exercise_id,
    name: variant.name,
    last: null,
    easier: variant.exercise_id === was.exercise_id ? was.easier : [],
    harder: variant.exercise_id === was.exercise_id ? was.harder : [],
    swappedFrom: was.swappedFrom || { exercise_id: was.exercise_id, name: was.name },
  });
}

/** Add an exercise (as the server plans it: GET /api/v1/workout/today?exercise=<id>). */
export function addExercise(state, planned) {
  return { ...state, exercises: [...state.exercises, { ...planned, skipped: false, warmups: 0 }] };
}

/** This device's changes to the plan, kept beside the day so a reload shows the same. */
export function planChanges(state) {
  return state.exercises.map((e) => ({ exercise_id: e.exercise_id, name: e.name, skipped: e.skipped, swappedFrom: e.swappedFrom || null }));
}

/** Changes kept from before a reload, applied to a fresh bootstrap of the same day. */
export function withChanges(state, changes, added = []) {
  let next = state;
  for (const planned of added) next = addExercise(next, planned);
  (changes || []).forEach((change, index) => {
    const exercise = next.exercises[index];
    if (!exercise) return;
    if (change.swappedFrom && change.exercise_id !== exercise.exercise_id) {
      next = swapExercise(next, index, change);
    }
    if (change.skipped) next = skipExercise(next, index);
  });
  return next;
}

/** The body of POST /api/v1/sets for a set. */
export function setBody(set, sessionId) {
  const t = set.target || {};
  return {
    id: set.id,
    exercise_id: set.exerciseId,
    performed_at: set.performedAt,
    session_id: sessionId || null,
    reps: set.reps,
    hold_seconds: set.holdSeconds,
    load: set.load,
    side: set.side || null,
    warmup: set.warmup,
    target_reps: set.warmup ? null : t.reps ?? null,
    target_hold_seconds: set.warmup ? null : t.hold_seconds ?? null,
    target_load: set.warmup ? null : t.load ?? null,
  };
}

/** A short local summary (the server's, with records, replaces it when online). */
export function localSummary(state) {
  const working = state.done.filter((s) => !s.warmup);
  let tonnage = 0;
  for (const s of working) if (s.load && s.reps) tonnage += s.load.value * s.reps;
  const exercises = new Set(working.map((s) => s.exerciseId)).size;
  return { sets: working.length, warmups: state.done.length - working.length, exercises, tonnage };
}
