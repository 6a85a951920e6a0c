// Small formatting helpers shared by the feature modules. Pure functions: tested in Node.

/**
 * A countdown as the rest timer shows it: whole seconds rounded up, "m:ss".
 * Negative or zero time shows "0:00".
 * @param {number} ms milliseconds left
 * @returns {string}
 */
export function formatClock(ms) {
  const left = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(left / 60);
  const seconds = left % 60;
  return `${minutes}:${seconds < 10 ? "0" : ""}${seconds}`;
}
