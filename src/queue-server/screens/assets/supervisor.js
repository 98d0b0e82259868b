// Supervisor: open and close gerai, today's quotas, today's figures, devices (pair a new one
// with a one-time code and QR code, revoke), links to the daily report, and today's audit log.
import { api, el, errorText, every, fill, formatDateTime, minutesText, render, requireDevice, S, settings, status } from './common.js';

const V = S.supervisor;
let gerai = [];
let devices = [];
let audit = [];
let pairing = null;

async function load() {
  const [g, d, a] = await Promise.all([api('GET', '/v1/staff/gerai'), api('GET', '/v1/staff/devices'), api('GET', '/v1/staff/audit')]);
  if ([g, d, a].some((r) => r.status === 401)) return;
  if (g.status !== 200 || d.status !== 200) {
    status(errorText(g.status !== 200 ? g : d));
    return;
  }
  gerai = g.body.gerai;
  devices = d.body.devices;
  audit = a.status === 200 ? a.body.entries : [];
  draw();
}

async function post(path, body) {
  const result = await api('POST', path, body);
  if (result.status === 401) return null;
  status(result.status < 300 ? V.saved : errorText(result));
  await load();
  return result.status < 300 ? result.body : null;
}

function geraiTable() {
  const totals = gerai.reduce(
    (t, g) => ({ issued: t.issued + g.issued, finished: t.finished + g.finished, waiting: t.waiting + g.waiting }),
    {
      issued: 0,
      finished: 0,
      waiting: 0,
    },
  );
  const header = [V.name, V.state, V.waiting, V.issued, V.served, V.skipped, V.avg, V.quota];
  return el(
    'section',
    { 'aria-labelledby': 'judul-gerai' },
    el('h2', { id: 'judul-gerai' }, V.gerai),
    el('p', {}, fill(V.totals, totals)),
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          header.map((h, i) => el('th', { scope: 'col', class: i >= 2 && i <= 5 ? 'angka' : null }, h)),
        ),
      ),
      el(
        'tbody',
        {},
        gerai.map((g) => {
          const input = el('input', {
            type: 'number',
            min: '0',
            max: '100000',
            inputmode: 'numeric',
            id: `kuota-${g.id}`,
            value: g.quota ?? '',
          });
          return el(
            'tr',
            { 'data-gerai': g.id },
            el('th', { scope: 'row' }, g.name),
            el(
              'td',
              {},
              g.open ? V.open : `${V.closed}${g.closedReason ? `: ${g.closedReason}` : ''}`,
              el('br'),
              el(
                'button',
                {
                  type: 'button',
                  class: 'sekunder',
                  'data-aksi': g.open ? 'tutup' : 'buka',
                  onclick: () => post(`/v1/staff/gerai/${encodeURIComponent(g.id)}/status`, { open: !g.open }),
                },
                g.open ? V.closeAction : V.openAction,
              ),
            ),
            el('td', { class: 'angka' }, String(g.waiting)),
            el('td', { class: 'angka' }, String(g.issued)),
            el('td', { class: 'angka' }, String(g.finished)),
            el('td', { class: 'angka' }, String(g.skipped)),
            el('td', {}, minutesText(g.avgServiceMinutes)),
            el(
              'td',
              {},
              el('label', { for: `kuota-${g.id}`, class: 'visually-hidden' }, fill(V.quotaFor, { gerai: g.name })),
              input,
              ' ',
              el(
                'button',
                {
                  type: 'button',
                  class: 'sekunder',
                  onclick: () =>
                    post(`/v1/staff/gerai/${encodeURIComponent(g.id)}/quota`, {
                      dailyQuota: input.value === '' ? null : Number(input.value),
                    }),
                },
                V.quotaSave,
              ),
              g.split
                ? el(
                    'p',
                    { class: 'petunjuk', 'data-pembagian': '' },
                    fill(V.quotaSplit, { online: g.split.online, booked: g.split.onlineBooked, walkIn: g.split.walkIn }),
                  )
                : null,
            ),
          );
        }),
      ),
    ),
  );
}

function enrolForm() {
  const name = el('input', { id: 'nama-perangkat', required: true, maxlength: '60', autocomplete: 'off' });
  const role = el(
    'select',
    { id: 'peran-perangkat' },
    Object.entries(V.roles).map(([value, label]) => el('option', { value }, label)),
  );
  const scope = el(
    'select',
    { id: 'gerai-perangkat' },
    el('option', { value: '' }, V.allGerai),
    gerai.map((g) => el('option', { value: g.id }, g.name)),
  );
  const submit = async (event) => {
    event.preventDefault();
    const body = await post('/v1/staff/devices', { name: name.value, role: role.value, gerai: scope.value ? [scope.value] : [] });
    if (body) {
      pairing = { ...body, name: name.value };
      draw();
      document.getElementById('kode-pasang')?.focus();
    }
  };
  return el(
    'form',
    { class: 'baris', onsubmit: submit },
    el('div', {}, el('label', { for: 'nama-perangkat' }, V.deviceName), name),
    el('div', {}, el('label', { for: 'peran-perangkat' }, V.deviceRole), role),
    el('div', {}, el('label', { for: 'gerai-perangkat' }, V.deviceGerai), scope),
    el('button', { type: 'submit' }, V.enrol),
  );
}

function pairingCard() {
  if (!pairing) return null;
  const url = `${location.origin}/layar/pasang`;
  const qr = new DOMParser().parseFromString(pairing.qrSvg, 'image/svg+xml').documentElement;
  qr.setAttribute('role', 'img');
  qr.setAttribute('aria-label', `QR ${url}`);
  qr.setAttribute('width', '200');
  qr.setAttribute('height', '200');
  return el(
    'div',
    { class: 'kartu', id: 'kartu-kode' },
    el('h3', {}, fill(V.codeTitle, { name: pairing.name })),
    el('p', { class: 'kode', id: 'kode-pasang', tabindex: '-1' }, pairing.code.replace(/(\d{4})(\d{4})/, '$1 $2')),
    el('p', {}, fill(V.codeHint, { url })),
    qr,
  );
}

function deviceList() {
  return el(
    'table',
    {},
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        [V.deviceName, V.deviceRole, V.deviceGerai, V.state, V.actions].map((h) => el('th', { scope: 'col' }, h)),
      ),
    ),
    el(
      'tbody',
      {},
      devices.map((d) =>
        el(
          'tr',
          { 'data-perangkat': d.id },
          el('th', { scope: 'row' }, d.name),
          el('td', {}, d.roles.map((r) => V.roles[r] ?? r).join(', ')),
          el('td', {}, d.gerai.length ? d.gerai.map((id) => gerai.find((g) => g.id === id)?.name ?? id).join(', ') : V.allGerai),
          el('td', {}, d.source === 'config' ? V.fromConfig : V.statusWords[d.status]),
          el(
            'td',
            {},
            d.source === 'enrolled' && d.status !== 'revoked'
              ? el(
                  'button',
                  {
                    type: 'button',
                    class: 'sekunder',
                    'aria-label': `${V.revoke} ${d.name}`,
                    onclick: () => post(`/v1/staff/devices/${encodeURIComponent(d.id)}/revoke`, {}),
                  },
                  V.revoke,
                )
              : null,
          ),
        ),
      ),
    ),
  );
}

function draw() {
  // Keep what the supervisor is typing: redraw only the parts that are not being edited.
  const active = document.activeElement;
  if (active && (active.tagName === 'INPUT' || active.tagName === 'SELECT')) return;
  render(
    geraiTable(),
    el(
      'section',
      { 'aria-labelledby': 'judul-perangkat' },
      el('h2', { id: 'judul-perangkat' }, V.devices),
      pairingCard(),
      enrolForm(),
      deviceList(),
    ),
    el('p', {}, el('a', { class: 'tombol', href: '/layar/laporan' }, V.report)),
    el(
      'section',
      { 'aria-labelledby': 'judul-catatan' },
      el('h2', { id: 'judul-catatan' }, V.audit),
      el(
        'ul',
        {},
        audit
          .slice(0, 30)
          .map((a) =>
            el(
              'li',
              {},
              `${formatDateTime(a.at, settings.timeZone).time} · ${a.deviceId ?? '–'} · ${V.auditActions[a.action] ?? a.action} · ${V.auditOutcomes[a.outcome] ?? a.outcome}${a.detail ? ` · ${a.detail}` : ''}`,
            ),
          ),
      ),
    ),
  );
}

if (requireDevice('supervisor')) {
  void load();
  every(10_000, load);
}
