// The resident's live ticket page: refreshes the server-rendered facts every 10 s, says
// (politely, once) only what changes for the resident, and alerts once when three or fewer
// people are ahead and again when the ticket is called: a notification (if the resident
// allowed it), a vibration and a short tone. Without JavaScript the page refreshes itself.
import { S, settings } from './common.js';

const SOON = 3;
let lastStatus = settings.status;
const alerted = new Set();

/** A short two-note tone made in the browser (no audio file to download on a slow line). */
function tone() {
  try {
    const Audio = window.AudioContext || window.webkitAudioContext;
    if (!Audio) return;
    const audio = new Audio();
    [880, 660].forEach((hz, i) => {
      const osc = audio.createOscillator();
      osc.frequency.value = hz;
      osc.connect(audio.destination);
      osc.start(audio.currentTime + i * 0.25);
      osc.stop(audio.currentTime + i * 0.25 + 0.2);
    });
  } catch {
    // Sound is a help, not a requirement: the page text says the same.
  }
}

/** Alerts once per reason ("soon", "called"). */
function alertOnce(reason, text) {
  if (alerted.has(reason)) return;
  alerted.add(reason);
  document.getElementById('status').textContent = text;
  if ('Notification' in window && Notification.permission === 'granted') {
    try {
      new Notification(S.ticket.alertTitle.replace('{number}', settings.number), { body: text, tag: `antrean-${reason}` });
    } catch {
      // Some mobile browsers only notify from a service worker; the text and tone remain.
    }
  }
  navigator.vibrate?.([300, 150, 300]);
  tone();
}

function check(view) {
  const t = view.ticket;
  if (t.status === 'called') alertOnce(`called-${t.calledAt}`, view.statusText);
  else if (t.status === 'waiting' && view.ahead !== null && view.ahead <= SOON) {
    alertOnce('soon', S.ticket.soon.replace('{n}', String(view.ahead)));
  }
}

function facts(view) {
  return [
    [S.ticket.gerai, view.geraiName],
    ...(view.ticket.priority ? [[S.ticket.priority, S.kiosk[view.ticket.priority]]] : []),
    [S.ticket.status, view.statusText],
    ...(view.ticket.status === 'waiting' && view.ahead !== null
      ? [[S.ticket.ahead, S.ticket.aheadN.replace('{n}', String(view.ahead))]]
      : []),
    [S.ticket.nowServing, view.nowServing ?? S.common.none],
  ];
}

async function refresh() {
  try {
    const res = await fetch(`/v1/tiket/${encodeURIComponent(settings.key)}`, { cache: 'no-store' });
    if (!res.ok) return;
    const view = await res.json();
    const list = document.getElementById('fakta');
    list.replaceChildren(
      ...facts(view).map(([k, v]) => {
        const row = document.createElement('div');
        const dt = document.createElement('dt');
        const dd = document.createElement('dd');
        dt.textContent = k;
        dd.textContent = v;
        row.append(dt, dd);
        return row;
      }),
    );
    const ahead = document.getElementById('depan');
    if (ahead) {
      ahead.hidden = view.ticket.status !== 'waiting' || view.ahead === null;
      ahead.textContent = S.ticket.aheadLine.replace('{n}', String(view.ahead ?? 0));
    }
    if (view.statusText !== lastStatus) {
      lastStatus = view.statusText;
      document.getElementById('status').textContent = view.statusText;
    }
    check(view);
  } catch {
    // Offline for a moment: the page keeps the last facts and tries again.
  }
}

// Asking for notifications needs a tap (browsers refuse it on page load).
const ask = document.getElementById('izin');
if (ask && 'Notification' in window && Notification.permission === 'default') {
  ask.hidden = false;
  ask.addEventListener('click', async () => {
    await Notification.requestPermission();
    ask.hidden = true;
  });
}

// Sharing the ticket's address: the phone's share sheet where there is one, else the
// clipboard; the button stays hidden where neither exists (the address bar still works).
const share = document.getElementById('bagikan');
if (share && (navigator.share || navigator.clipboard)) {
  share.hidden = false;
  share.addEventListener('click', async () => {
    const url = location.href.split('#')[0];
    const text = S.ticket.shareText.replace('{number}', settings.number).replace('{gerai}', settings.gerai);
    try {
      if (navigator.share) await navigator.share({ title: document.title, text, url });
      else {
        await navigator.clipboard.writeText(url);
        document.getElementById('status').textContent = S.ticket.copied;
      }
    } catch {
      // The resident closed the share sheet: nothing to say.
    }
  });
}

setInterval(refresh, 10_000);
window.addEventListener('online', refresh);
void refresh();
