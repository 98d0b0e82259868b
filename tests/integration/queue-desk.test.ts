// What the counter, supervisor and resident screens rely on from the server: transfer to
// another gerai (served among the first there, the old ticket pointing to the new one), a
// supervisor's quota for today, the daily report as JSON and CSV, and the live ticket page
// behind an unguessable link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeTempDir, removeDir, type SpawnedServer, spawnQueueServer, testDevice } from '../../src/queue-server/dev/harness.ts';

const KIOSK = 'desk-kiosk-0123456789abcdef';
const COUNTER_A = 'desk-counter-dukcapil-0123456';
const COUNTER_B = 'desk-counter-imigrasi-0123456';
const SUPERVISOR = 'desk-supervisor-0123456789ab';
let server: SpawnedServer;
let dir: string;

beforeAll(async () => {
  dir = makeTempDir('antrean-desk-');
  server = await spawnQueueServer({
    dataDir: dir,
    config: {
      gerai: [
        { id: 'dukcapil', name: 'Dukcapil', prefix: 'A', counters: 2 },
        { id: 'imigrasi', name: 'Imigrasi', prefix: 'B' },
        { id: 'rumus', name: '=HYPERLINK("http://x")', prefix: 'C' },
      ],
      devices: [
        testDevice('kios', KIOSK, [], ['kiosk']),
        testDevice('loket-a', COUNTER_A, ['dukcapil'], ['counter']),
        testDevice('loket-b', COUNTER_B, ['imigrasi'], ['counter']),
        testDevice('supervisor', SUPERVISOR, [], ['supervisor']),
      ],
      rateLimits: { public: null, staff: null },
      dailyQuota: 6,
    },
  });
});
afterAll(async () => {
  await server?.stop();
  removeDir(dir);
});

const issue = (geraiId: string, priority?: string) => call(server.url, '/v1/staff/tickets', { token: KIOSK, body: { geraiId, priority } });
const post = (token: string, path: string, body: unknown = {}) => call(server.url, path, { token, body });

describe('counter, supervisor and ticket page', () => {
  it('transfers a called ticket to another gerai, where it is called before earlier normal tickets', async () => {
    const earlier = await issue('imigrasi');
    const mine = await issue('dukcapil');
    expect((await post(COUNTER_A, '/v1/staff/gerai/dukcapil/call-next', { counter: 2 })).body.ticket.number).toBe(mine.body.ticket.number);
    // Another gerai's counter cannot move it, and learns nothing about it.
    expect((await post(COUNTER_B, `/v1/staff/tickets/${mine.body.ticket.id}/transfer`, { geraiId: 'imigrasi' })).status).toBe(404);
    const moved = await post(COUNTER_A, `/v1/staff/tickets/${mine.body.ticket.id}/transfer`, { geraiId: 'imigrasi' });
    expect(moved.status).toBe(200);
    expect(moved.body.from).toMatchObject({ status: 'canceled', cancelReason: 'transferred' });
    expect(moved.body.ticket).toMatchObject({ geraiId: 'imigrasi', status: 'waiting', number: 'B-002' });
    const next = await post(COUNTER_B, '/v1/staff/gerai/imigrasi/call-next', { counter: 1 });
    expect(next.body.ticket.number).toBe('B-002');
    expect(earlier.body.ticket.number).toBe('B-001');
    // The resident's page of the old ticket says where it went.
    const page = await fetch(server.url + mine.body.ticketPath).then((r) => r.text());
    expect(page).toContain('Dialihkan ke gerai lain: Imigrasi, nomor B-002');
  });

  it("lets a supervisor set today's quota of a gerai; the kiosk then hears plainly that it is used up", async () => {
    const set = await post(SUPERVISOR, '/v1/staff/gerai/dukcapil/quota', { dailyQuota: 1 });
    expect(set.status).toBe(200);
    expect(set.body.gerai).toMatchObject({ quota: 1, quotaLeft: 0, closedReason: 'Kuota harian gerai Dukcapil sudah habis' });
    const refused = await issue('dukcapil');
    expect(refused.body.error).toMatchObject({ code: 'quota_exhausted', message: 'Kuota harian gerai Dukcapil sudah habis' });
    expect((await post(SUPERVISOR, '/v1/staff/gerai/dukcapil/quota', { dailyQuota: -2 })).body.error.message).toBe(
      'Kuota harian harus bilangan bulat 0–100000, atau kosong untuk memakai kuota konfigurasi',
    );
    expect((await post(SUPERVISOR, '/v1/staff/gerai/dukcapil/quota', { dailyQuota: null })).body.gerai.quota).toBeNull();
    expect((await issue('dukcapil')).status).toBe(201);
  });

  it('reports the day by gerai and hour, as JSON and as CSV that a spreadsheet cannot run as a formula', async () => {
    await issue('rumus');
    const report = await call(server.url, '/v1/staff/report', { token: SUPERVISOR });
    const total = report.body.rows.find((r: { geraiId: string; hour: number | null }) => r.geraiId === 'imigrasi' && r.hour === null);
    expect(total).toMatchObject({ issued: 2, served: 0, notPresent: 0, waiting: 1 });
    const csv = await call(server.url, '/v1/staff/report?format=csv', { token: SUPERVISOR });
    expect(csv.headers.get('Content-Disposition')).toMatch(/attachment; filename="laporan-antrean-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(String(csv.body)).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect((await call(server.url, '/v1/staff/report?day=kemarin', { token: SUPERVISOR })).body.error.message).toBe(
      'Tanggal laporan harus berbentuk TTTT-BB-HH, mis. 2025-03-10',
    );
    expect((await call(server.url, '/v1/staff/report', { token: COUNTER_A })).status).toBe(403);
  });

  it('V4.2.1 shows a live ticket page only behind its own link, with its QR code', async () => {
    const ticket = await issue('imigrasi', 'lansia');
    const path: string = ticket.body.ticketPath;
    const ok = await fetch(server.url + path);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain(ticket.body.ticket.number);
    const forged = path.replace(/-[\w-]{12}$/, '-AAAAAAAAAAAA');
    expect((await fetch(server.url + forged)).status).toBe(404);
    expect((await fetch(`${server.url}/tiket/${ticket.body.ticket.id}`)).status).toBe(404);
    const qr = await fetch(`${server.url}${path}/qr.svg`);
    expect(qr.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(await qr.text()).toMatch(/^<svg /);
  });

  it('V4.1.3 gives the display board only to boards and supervisors', async () => {
    expect((await call(server.url, '/v1/staff/board', { token: KIOSK })).status).toBe(403);
    const board = await call(server.url, '/v1/staff/board', { token: SUPERVISOR });
    expect(board.body.calls[0]).toMatchObject({ type: 'called', number: 'B-002', geraiName: 'Imigrasi', counter: 1 });
  });

  it('tells every gerai on the kiosk when the MPP-wide quota is used up', async () => {
    // Six tickets so far: two, a transfer, one, one and one in the tests above.
    const gerai = (await call(server.url, '/v1/staff/gerai', { token: KIOSK })).body.gerai;
    expect(gerai.map((g: { quotaLeft: number; closedReason: string }) => [g.quotaLeft, g.closedReason])).toEqual([
      [0, 'Kuota harian MPP sudah habis'],
      [0, 'Kuota harian MPP sudah habis'],
      [0, 'Kuota harian MPP sudah habis'],
    ]);
    expect((await issue('imigrasi')).body.error.message).toBe('Kuota harian sudah habis');
  });
});
