// The resident's live ticket page: refreshes the server-rendered facts every 15 s and says
// (politely, once) only what changes for the resident: their status, e.g. being called.
import { S, settings } from './common.js';

let lastStatus = settings.status;

async function refresh() {
  try {
    const res = await fetch(`/v1/tiket/${encodeURIComponent(settings.key)}`, { cache: 'no-store' });
    if (!res.ok) return;
    const view = await res.json();
    const facts = [
      [S.ticket.gerai, view.geraiName],
      [S.ticket.status, view.statusText],
      ...(view.ticket.status === 'waiting' && view.ahead !== null
        ? [[S.ticket.ahead, S.ticket.aheadN.replace('{n}', String(view.ahead))]]
        : []),
      [S.ticket.nowServing, view.nowServing ?? S.common.none],
    ];
    const list = document.getElementById('fakta');
    list.replaceChildren(
      ...facts.map(([k, v]) => {
        const row = document.createElement('div');
        const dt = document.createElement('dt');
        const dd = document.createElement('dd');
        dt.textContent = k;
        dd.textContent = v;
        row.append(dt, dd);
        return row;
      }),
    );
    if (view.statusText !== lastStatus) {
      lastStatus = view.statusText;
      document.getElementById('status').textContent = view.statusText;
    }
  } catch {
    // Offline for a moment: the page keeps the last facts and tries again.
  }
}

setInterval(refresh, 15_000);
window.addEventListener('online', refresh);
