// Display board for a TV (1920×1080 or 1366×768): the number called now, the last calls, what
// each gerai is serving and the running text (closures and the portal's announcements). A new
// call chimes and is spoken in Indonesian when the browser has an Indonesian voice; without
// one the number flashes instead. It polls every 2 s (a revoked board stops at once) and needs
// no mouse or keyboard.
import { api, el, every, fill, render, requireDevice, S, status } from './common.js';
import { callSentence } from './say.js';

const B = S.board;
let lastSeen = null;
let latest = null;
let audio = null;

/** A short two-tone chime through Web Audio (no sound file to load). */
function chime() {
  try {
    audio ??= new AudioContext();
    const start = audio.currentTime;
    [880, 660].forEach((freq, i) => {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, start + i * 0.45);
      gain.gain.exponentialRampToValueAtTime(0.4, start + i * 0.45 + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.45 + 0.4);
      osc.connect(gain).connect(audio.destination);
      osc.start(start + i * 0.45);
      osc.stop(start + i * 0.45 + 0.42);
    });
  } catch {
    // No audio device: the flashing number still shows the call.
  }
}

/** An Indonesian voice, if the browser has one. */
function indonesianVoice() {
  const voices = window.speechSynthesis?.getVoices() ?? [];
  return voices.find((v) => /^id([-_]|$)/i.test(v.lang)) ?? null;
}

function announce(call) {
  chime();
  const voice = indonesianVoice();
  const panel = document.querySelector('.panggilan-kini');
  if (voice && window.speechSynthesis) {
    const utterance = new SpeechSynthesisUtterance(callSentence(B, call));
    if (voice instanceof SpeechSynthesisVoice) utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    // After the chime.
    setTimeout(() => window.speechSynthesis.speak(utterance), 900);
  } else if (panel) {
    panel.classList.remove('kedip');
    void panel.offsetWidth; // restart the animation
    panel.classList.add('kedip');
  }
}

function draw(board) {
  const now = board.calls[0];
  const called = new Map();
  for (const c of [...board.calls].reverse()) called.set(c.geraiId, c);
  const ticker = [...board.gerai.filter((g) => !g.open).map((g) => `${g.name}: ${B.closed}`), ...board.ticker];
  render(
    el(
      'div',
      { class: 'papan' },
      el(
        'section',
        { class: 'panggilan-kini', 'aria-labelledby': 'judul-kini' },
        el('h2', { id: 'judul-kini' }, B.nowCalling),
        now
          ? [
              el('p', { class: 'nomor', id: 'nomor-kini' }, now.number),
              el('p', { class: 'ke' }, now.counter ? fill(B.toCounter, { counter: now.counter }) : now.geraiName),
              el('p', { class: 'gerai' }, now.geraiName),
            ]
          : el('p', { class: 'gerai' }, B.noCalls),
      ),
      el(
        'div',
        {},
        el('h2', {}, B.lastCalls),
        el(
          'ol',
          { id: 'panggilan-terakhir' },
          board.calls
            .slice(1, 6)
            .map((c) =>
              el(
                'li',
                {},
                el('span', { class: 'nomor' }, c.number),
                el('span', {}, c.counter ? fill(B.toCounter, { counter: c.counter }) : c.geraiName),
              ),
            ),
        ),
        el('h2', {}, B.perGerai),
        el(
          'ul',
          {},
          board.gerai.map((g) =>
            el(
              'li',
              {},
              el('span', {}, g.name),
              el('span', { class: 'nomor' }, g.open ? (called.get(g.id)?.number ?? g.nowServing ?? '–') : B.closed),
            ),
          ),
        ),
      ),
    ),
    ticker.length ? el('div', { class: 'berjalan', role: 'marquee', 'aria-label': B.news }, el('span', {}, ticker.join('   •   '))) : null,
  );
}

async function poll() {
  const result = await api('GET', '/v1/staff/board');
  if (result.status === 401) return;
  if (result.status !== 200) {
    status(S.common.offline);
    return;
  }
  status('');
  const board = result.body;
  const key = JSON.stringify([board.calls.map((c) => c.id), board.gerai, board.ticker]);
  if (key !== latest) {
    latest = key;
    draw(board);
  }
  const newest = board.calls[0];
  // Calls made before the board started are shown, not announced.
  if (lastSeen !== null && newest && newest.id > lastSeen) announce(newest);
  lastSeen = newest ? newest.id : (lastSeen ?? 0);
}

if (requireDevice('display')) {
  window.speechSynthesis?.getVoices(); // starts loading the voice list
  void poll();
  every(2_000, poll);
}
