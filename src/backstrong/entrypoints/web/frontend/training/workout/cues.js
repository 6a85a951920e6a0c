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

/** The rest on the lock screen: Media Session metadata, and a notification when permitted. */
export function announceRest(name, endsAt) {
  const until = new Date(endsAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  if ("mediaSession" in navigator && typeof MediaMetadata !== "undefined") {
    navigator.mediaSession.metadata = new MediaMetadata({ title: `Rest until ${until}`, artist: name, album: "Backstrong" });
  }
  if (typeof Notification !== "undefined" && Notification.permission === "granted") {
    try {
      new Notification("Rest", { body: `Next set at ${until} (${name})`, tag: "backstrong-rest", silent: true });
    } catch {
      // Android Chrome only shows notifications from a service worker: the screen has the timer
    }
  }
}
