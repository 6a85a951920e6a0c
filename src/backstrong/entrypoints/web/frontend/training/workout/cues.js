// Sound, vibration and the lock screen, each only where the browser allows it.
let audio = null;

/** A short beep through WebAudio (after the first tap has unlocked audio). */
export function beep(frequency, seconds) {
  try {
    audio ??= new AudioContext();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = frequency;
    gain.gain.value = 0.2;
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + seconds);
  } catch {
    // no audio here: the screen still shows the timer
  }
}

export function buzz(pattern) {
  if (navigator.vibrate) navigator.vibrate(pattern);
}

const REST_TAG = "backstrong-rest";

/** May the rest show as a notification? ("ask": the browser would ask; "no": not here.) */
export function lockScreenChoice() {
  if (typeof Notification === "undefined") return "no";
  return Notification.permission === "default" ? "ask" : Notification.permission === "granted" ? "yes" : "no";
}

/** Ask once, on a tap (browsers ignore asks that no tap started). */
export async function askLockScreen() {
  try {
    return (await Notification.requestPermission()) === "granted";
  } catch {
    return false;
  }
}

async function registration() {
  try {
    return (await navigator.serviceWorker?.getRegistration()) ?? null;
  } catch {
    return null;
  }
}

/** The rest on the lock screen: Media Session metadata, and a notification when permitted
 * (through the service worker, the only way Android shows one). Silent where not available. */
export async function announceRest(name, endsAt) {
  const until = new Date(endsAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  const body = `Rest until ${until}, then ${name}`;
  try {
    if ("mediaSession" in navigator && typeof MediaMetadata !== "undefined") {
      navigator.mediaSession.metadata = new MediaMetadata({ title: `Rest until ${until}`, artist: name, album: "Backstrong" });
    }
  } catch {
    // no media session here
  }
  if (lockScreenChoice() !== "yes") return;
  const options = { body, tag: REST_TAG, silent: true, timestamp: endsAt };
  const worker = await registration();
  try {
    if (worker?.showNotification) await worker.showNotification("Rest", options);
    else new Notification("Rest", options);
  } catch {
    // refused here: the screen still has the timer
  }
}

/** The rest is over or skipped: take it off the lock screen. */
export async function clearRest() {
  try {
    if ("mediaSession" in navigator) navigator.mediaSession.metadata = null;
    const worker = await registration();
    for (const shown of (await worker?.getNotifications?.({ tag: REST_TAG })) ?? []) shown.close();
  } catch {
    // nothing shown
  }
}
