// Kiosk camera: reads a booking's QR code shown on a resident's phone. The decoder (npm jsqr,
// served by the queue server as /layar/aset/jsqr.js) is large, so it is fetched only when a
// resident presses "Pindai kode QR", never with the kiosk's start screen.

const FRAME_MS = 200;
/** Frames are scaled down to this width: a phone held up to the camera fills much of the picture. */
const MAX_WIDTH = 640;
let decoder = null;

/** Loads jsqr's browser build once (a classic script that sets self.jsQR; the CSP allows 'self'). */
function loadDecoder() {
  decoder ??= new Promise((resolve, reject) => {
    if (window.jsQR) return resolve(window.jsQR);
    const script = document.createElement('script');
    script.src = '/layar/aset/jsqr.js';
    script.onload = () => (window.jsQR ? resolve(window.jsQR) : reject(new Error('jsqr')));
    script.onerror = () => {
      decoder = null;
      reject(new Error('jsqr'));
    };
    document.head.append(script);
  });
  return decoder;
}

/** The kiosk string key that says why the camera cannot be used. */
const problemOf = (error) => (error?.name === 'NotAllowedError' || error?.name === 'SecurityError' ? 'cameraDenied' : 'noCamera');

/**
 * Shows the camera in `video` and calls onText(text) for every QR code read, onReady() once the
 * picture runs, or onProblem(key) when the camera cannot be used (key of the kiosk strings).
 * Returns stop(), which turns the camera off.
 */
export function scan(video, { onText, onReady, onProblem }) {
  let stopped = false;
  let stream = null;
  let timer = null;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
    video.srcObject = null;
  };
  const start = async () => {
    // Browsers give the camera only to https pages (and localhost).
    if (!window.isSecureContext) return onProblem('cameraInsecure');
    if (!navigator.mediaDevices?.getUserMedia) return onProblem('noCamera');
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (error) {
      return stopped || onProblem(problemOf(error));
    }
    if (stopped) return stop();
    let jsQR;
    try {
      jsQR = await loadDecoder();
      video.srcObject = stream;
      await video.play();
    } catch {
      stop();
      return onProblem('noCamera');
    }
    if (stopped) return stop();
    onReady();
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const tick = () => {
      if (stopped) return;
      if (video.readyState >= 2 && video.videoWidth > 0) {
        const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
        canvas.width = Math.round(video.videoWidth * scale);
        canvas.height = Math.round(video.videoHeight * scale);
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        // The booking page draws dark on light in every theme, so one pass (no inverted try) is enough.
        const code = jsQR(image.data, canvas.width, canvas.height, { inversionAttempts: 'dontInvert' });
        if (code?.data) onText(code.data);
      }
      if (!stopped) timer = setTimeout(tick, FRAME_MS);
    };
    tick();
  };
  void start();
  return stop;
}
