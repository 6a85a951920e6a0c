// Live mode's link to the server: the frames of the set stream over a WebSocket in small
// batches (each a pose-landmarks/v1 document of the new frames) and the running count and cues
// come back after each batch. The whole set stays in the LandmarkBuffer on the phone, which
// queues it for POST /api/v1/form-checks at the end, so a dropped socket loses nothing: the link
// then says it is down and the page falls back to sending the frames so far to /preview.
// No rules here: the server counts and judges.

export const LIVE_PATH = "/api/v1/form-checks/live";

/** The socket's address for the page at `location` (ws: beside http:, wss: beside https:). */
export function liveUrl(location, exercise) {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}${LIVE_PATH}?exercise=${encodeURIComponent(exercise)}`;
}

/** The frames of `buffer` from index `from` on, as a batch document (null when none are new). */
export function batchFrom(buffer, from) {
  if (buffer.frames.length <= from) return null;
  const { frames, ...head } = buffer.document();
  return { ...head, frames: frames.slice(from) };
}

export class LiveLink {
  /**
   * @param buffer the set's LandmarkBuffer (frames are read from it, never removed)
   * @param open (url) -> a WebSocket (or a stand-in with send, close and the on* handlers)
   * @param on { analysis(body), problem(message), down() }: what the page shows
   */
  constructor(buffer, open, on) {
    this.buffer = buffer;
    this.open = open;
    this.on = on;
    this.state = "idle"; // idle → connecting → open → down
    this.sent = 0; // frames of the buffer already sent
    this.socket = null;
  }

  get up() {
    return this.state === "open";
  }

  connect(url) {
    this.state = "connecting";
    try {
      this.socket = this.open(url);
    } catch {
      this.fail();
      return;
    }
    this.socket.onmessage = (event) => this.receive(event.data);
    this.socket.onclose = () => this.fail();
    this.socket.onerror = () => this.fail();
  }

  receive(data) {
    let message;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (message.type === "ready") this.state = "open";
    else if (message.type === "analysis") this.on.analysis?.(message);
    else if (message.type === "error") {
      const detail = message.detail;
      this.on.problem?.(Array.isArray(detail) ? detail[0]?.msg : String(detail ?? ""));
    }
  }

  /** Send the frames added since the last flush; false when the socket is not up. */
  flush() {
    if (!this.up) return false;
    const batch = batchFrom(this.buffer, this.sent);
    if (batch === null) return true;
    try {
      this.socket.send(JSON.stringify(batch));
    } catch {
      this.fail();
      return false;
    }
    this.sent = this.buffer.frames.length;
    return true;
  }

  fail() {
    if (this.state === "down" || this.state === "closed") return;
    this.state = "down";
    this.on.down?.();
  }

  close() {
    this.state = "closed";
    try {
      this.socket?.close();
    } catch {
      // already closed
    }
  }
}
