// Daily report page: served, not present, waiting and service time by gerai and hour, for a
// chosen day, with a CSV download of the same figures (fetched with the device's token).
import { api, el, errorText, render, requireDevice, S, status } from './common.js';

const R = S.report;
const today = new Date().toISOString().slice(0, 10);

async function show(day) {
  const result = await api('GET', `/v1/staff/report?day=${encodeURIComponent(day)}`);
  if (result.status === 401) return;
  if (result.status !== 200) {
    status(errorText(result));
    return;
  }
  draw(day, result.body.rows);
}

async function download(day) {
  const cred = JSON.parse(localStorage.getItem('antrean-perangkat') || 'null');
  const res = await fetch(`/v1/staff/report?day=${encodeURIComponent(day)}&format=csv`, {
    headers: { Authorization: `Bearer ${cred?.token}` },
  }).catch(() => null);
  if (!res?.ok) {
    status(S.common.offline);
    return;
  }
  const url = URL.createObjectURL(await res.blob());
  const link = el('a', { href: url, download: `laporan-antrean-${day}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function draw(day, rows) {
  const input = el('input', { type: 'date', id: 'tanggal', value: day });
  const cols = [R.hour, R.issued, R.served, R.notPresent, R.waiting, R.avgWait, R.avgService];
  const num = (v) => (v === null ? '–' : String(v).replace('.', ','));
  const groups = [...new Set(rows.map((r) => r.geraiName))];
  render(
    el(
      'form',
      {
        class: 'baris',
        onsubmit: (e) => {
          e.preventDefault();
          void show(input.value);
        },
      },
      el('div', {}, el('label', { for: 'tanggal' }, R.day), input),
      el('button', { type: 'submit' }, R.show),
      el('button', { type: 'button', class: 'sekunder', onclick: () => download(input.value) }, R.csv),
    ),
    rows.every((r) => r.issued === 0) ? el('p', {}, R.empty) : null,
    groups.map((name) =>
      el(
        'table',
        { class: 'kartu' },
        el('caption', {}, name),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            cols.map((c, i) => el('th', { scope: 'col', class: i ? 'angka' : null }, c)),
          ),
        ),
        el(
          'tbody',
          {},
          rows
            .filter((r) => r.geraiName === name)
            .map((r) =>
              el(
                'tr',
                {},
                el('th', { scope: 'row' }, r.hour === null ? R.total : `${String(r.hour).padStart(2, '0')}.00`),
                [r.issued, r.served, r.notPresent, r.waiting, r.avgWaitMinutes, r.avgServiceMinutes].map((v) =>
                  el('td', { class: 'angka' }, num(v)),
                ),
              ),
            ),
        ),
      ),
    ),
    el('p', {}, el('a', { href: '/layar/supervisor' }, R.back)),
  );
}

if (requireDevice('supervisor')) void show(today);
