// Timers of the workout screen as pure functions of a start time and "now" (epoch ms): nothing
// counts ticks, so a phone that sleeps, a tab in the background or a reload cannot stretch or
// restart them. The screen passes Date.now(); tests pass any clock.

export const COUNT_IN_SECONDS = 3; // "3, 2, 1" before each hold
export const SWITCH_SECONDS = 2; // between two holds of one set

/**
 * Where a timed set stands: `holds` holds of `holdSeconds`, each after a count-in.
 * Returns {phase: "count-in" | "hold" | "done", hold (1-based), left (seconds, rounded up), total}.
 * `speed` > 1 runs the timer faster (a test hook; the screen reads it from localStorage).
 */
export function holdState({ startedAt, holdSeconds, holds = 1, countIn = COUNT_IN_SECONDS, speed = 1 }, now) {
  const elapsed = Math.max(0, ((now - startedAt) / 1000) * speed);
  const one = countIn + holdSeconds;
  const total = holds * one;
  if (elapsed >= total) return { phase: "done", hold: holds, left: 0, total };
  const hold = Math.floor(elapsed / one) + 1;
  const into = elapsed - (hold - 1) * one;
  if (into < countIn) return { phase: "count-in", hold, left: Math.ceil(countIn - into), total };
  return { phase: "hold", hold, left: Math.ceil(holdSeconds - (into - countIn)), total };
}

/** A rest that ends at `endsAt`: {left (seconds, rounded up), over}. */
export function restState(endsAt, now) {
  const left = Math.max(0, Math.ceil((endsAt - now) / 1000));
  return { left, over: left === 0 };
}

/** When a rest of `seconds` started at `now` ends. */
export function restEnd(seconds, now, speed = 1) {
  return now + (seconds * 1000) / speed;
}

/**
 * Which cue to give when the hold timer moved from `before` to `after` (two holdState results):
 * "tick" each second of the count-in, "go" when a hold starts, "stop" when it ends, or null.
 */
export function cueBetween(before, after) {
  if (!before) return after.phase === "count-in" ? "tick" : null;
  if (after.phase === "done" && before.phase !== "done") return "stop";
  if (after.phase === "hold" && (before.phase !== "hold" || before.hold !== after.hold)) return "go";
  if (after.phase === "count-in" && before.phase === "hold") return "stop";
  if (after.phase === "count-in" && after.left !== before.left) return "tick";
  return null;
}
