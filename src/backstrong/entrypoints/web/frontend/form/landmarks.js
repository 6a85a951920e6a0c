// Landmark frames as the pose model gives them → pose-landmarks/v1 documents, buffered for the
// live running count and queued on the device (IndexedDB) until the server has analysed them.
// No rules here: the server counts and judges; this only keeps and ships frames.

export const FORMAT = "pose-landmarks/v1";
export const LANDMARK_SET = "mediapipe-pose-33";

/** One frame's rows from MediaPipe's `poseLandmarks` (null when nobody is in view). */
export function rowsOf(poseLandmarks) {
  if (!poseLandmarks || poseLandmarks.length !== 33) return null;
  return poseLandmarks.map((p) => [
    round(p.x), round(p.y), round(p.z ?? 0), Math.min(1, Math.max(0, p.visibility ?? 0)),
  ]);
}

const round = (value) => Math.round(value * 10000) / 10000;

/** Frames of one recording, kept in time order with t from the first frame. */
export class LandmarkBuffer {
  constructor({ fps = 30, width, height }) {
    this.fps = fps;
    this.width = width;
    this.height = height;
    this.frames = [];
    this.start = null;
  }

  /** Add a frame seen at `timeMs` (a clock in milliseconds); out-of-order frames are dropped. */
  add(timeMs, poseLandmarks) {
    if (this.start === null) this.start = timeMs;
    const t = round((timeMs - this.start) / 1000);
    const last = this.frames.at(-1);
    if (last && t < last.t) return false;
    this.frames.push({ t, landmarks: rowsOf(poseLandmarks) });
    return true;
  }

  get seconds() {
    return this.frames.length ? this.frames.at(-1).t : 0;
  }

  get seesSomebody() {
    return this.frames.some((f) => f.landmarks !== null);
  }

  /** The whole recording so far as a pose-landmarks/v1 document. */
  document() {
    return {
      format: FORMAT, landmark_set: LANDMARK_SET, fps: this.fps,
      width: this.width, height: this.height, frames: this.frames.slice(),
    };
  }
}

/**
 * Sends recordings to the server, keeping each in `store` (IndexedDB in the browser) until the
 * server has accepted it: offline, they wait and go on the next `flush()`. A refused recording
 * (4xx) is dropped with its reason, so one bad file never blocks the queue.
 */
export class UploadQueue {
  constructor(store, send) {
    this.store = store; // { add(item) -> key, all() -> [[key, item]], delete(key) }
    this.send = send; // async (body) -> { ok, status, body }
  }

  /** Keep `body` (what the server is sent, unchanged) until the server has taken it. */
  async enqueue(body) {
    return this.store.add({ body, queuedAt: Date.now() });
  }

  async flush() {
    const done = [];
    const refused = [];
    for (const [key, item] of await this.store.all()) {
      let answer;
      try {
        answer = await this.send(item.body);
      } catch {
        break; // offline: keep this and the rest for the next flush
      }
      if (answer.ok) {
        await this.store.delete(key);
        done.push(answer.body);
      } else if (answer.status >= 400 && answer.status < 500) {
        await this.store.delete(key);
        refused.push({ sent: item.body, status: answer.status, body: answer.body });
      } else {
        break; // the server is having trouble: try again later
      }
    }
    return { done, refused };
  }
}

/** The newest cue worth saying aloud: not the one said last. */
export function nextCue(analysis, lastSaid) {
  const cues = analysis?.cues ?? [];
  const fresh = cues.at(-1);
  return fresh && fresh !== lastSaid ? fresh : null;
}
