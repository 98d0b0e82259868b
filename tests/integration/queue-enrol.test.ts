// Pairing devices without typing tokens: a supervisor creates a one-time code, the device
// claims it once and keeps its own token; revoking stops the device on its next request.
// A server without any supervisor prints a first code at start-up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeTempDir, removeDir, type SpawnedServer, spawnQueueServer, testDevice } from '../../src/queue-server/dev/harness.ts';

const SUPERVISOR = 'enrol-supervisor-0123456789abcdef';
let server: SpawnedServer;
let bare: SpawnedServer;
const dirs: string[] = [];

beforeAll(async () => {
  const gerai = [
    { id: 'dukcapil', name: 'Dukcapil', prefix: 'A' },
    { id: 'imigrasi', name: 'Imigrasi', prefix: 'B' },
  ];
  dirs.push(makeTempDir('antrean-enrol-'), makeTempDir('antrean-enrol-bare-'));
  server = await spawnQueueServer({
    dataDir: dirs[0] as string,
    config: { gerai, devices: [testDevice('pc-supervisor', SUPERVISOR, [], ['supervisor'])], rateLimits: { public: null, staff: null } },
  });
  bare = await spawnQueueServer({ dataDir: dirs[1] as string, config: { gerai, rateLimits: { public: null, staff: null } } });
});
afterAll(async () => {
  await server?.stop();
  await bare?.stop();
  for (const d of dirs) removeDir(d);
});

const enrol = (body: unknown) => call(server.url, '/v1/staff/devices', { token: SUPERVISOR, body });
const claim = (base: string, code: string) => call(base, '/v1/devices/claim', { body: { code } });

describe('device enrolment by one-time code', () => {
  it('pairs a kiosk with a code shown once; the device gets its own working token', async () => {
    const created = await enrol({ name: 'Kios lobi', role: 'kiosk' });
    expect(created.status).toBe(201);
    expect(created.body.code).toMatch(/^\d{8}$/);
    const claimed = await claim(server.url, created.body.code);
    expect(claimed.status).toBe(200);
    expect(claimed.body.device).toMatchObject({ name: 'Kios lobi', roles: ['kiosk'] });
    const me = await call(server.url, '/v1/staff/me', { token: claimed.body.token });
    expect(me.body.device.name).toBe('Kios lobi');
    const ticket = await call(server.url, '/v1/staff/tickets', { token: claimed.body.token, body: { geraiId: 'dukcapil' } });
    expect(ticket.status).toBe(201);
    expect(ticket.body.ticketPath).toMatch(/^\/tiket\/\d+-[\w-]{12}$/);
  });

  it('V2.7.3 accepts a code only once, and refuses wrong codes with a clear message', async () => {
    const created = await enrol({ name: 'Papan TV lobi', role: 'display' });
    expect((await claim(server.url, created.body.code)).status).toBe(200);
    const again = await claim(server.url, created.body.code);
    expect(again.status).toBe(404);
    expect(again.body.error.message).toBe('Kode pemasangan salah atau sudah kedaluwarsa; minta kode baru di layar supervisor');
    const short = await claim(server.url, '123');
    expect(short.body.error.message).toBe('Kode pemasangan harus 8 angka');
  });

  it('V3.3.1 stops a revoked device at its next request', async () => {
    const created = await enrol({ name: 'Tablet loket 1', role: 'counter', gerai: ['dukcapil'] });
    const { token } = (await claim(server.url, created.body.code)).body;
    expect((await call(server.url, '/v1/staff/gerai/dukcapil/counter/1', { token })).status).toBe(200);
    const revoked = await call(server.url, `/v1/staff/devices/${created.body.id}/revoke`, { method: 'POST', token: SUPERVISOR });
    expect(revoked.status).toBe(200);
    expect(revoked.body.devices.find((d: { id: string }) => d.id === created.body.id).status).toBe('revoked');
    expect((await call(server.url, '/v1/staff/gerai/dukcapil/counter/1', { token })).status).toBe(401);
  });

  it('refuses an enrolment with a clear message naming the field', async () => {
    expect((await enrol({ name: 'Loket', role: 'counter' })).body.error.message).toBe(
      'Perangkat loket harus dipasang untuk tepat satu gerai',
    );
    expect((await enrol({ name: '', role: 'kiosk' })).body.error.message).toBe('Nama perangkat wajib diisi (2–60 karakter)');
    expect((await enrol({ name: 'Kios', role: 'admin' })).body.error.message).toMatch(/^Peran perangkat harus salah satu dari: kiosk/);
  });

  it('V4.1.3 lets only a supervisor enrol or list devices', async () => {
    const created = await enrol({ name: 'Kios dua', role: 'kiosk' });
    const { token } = (await claim(server.url, created.body.code)).body;
    expect((await call(server.url, '/v1/staff/devices', { token })).status).toBe(403);
    expect((await call(server.url, '/v1/staff/devices', { token, body: { name: 'Jahat', role: 'supervisor' } })).status).toBe(403);
  });

  it('prints a first supervisor code when no supervisor exists, and that code pairs a supervisor', async () => {
    const code = /masukkan kode (\d{8})/.exec(bare.output())?.[1];
    expect(code).toBeDefined();
    const claimed = await claim(bare.url, code as string);
    expect(claimed.body.device.roles).toEqual(['supervisor']);
    expect((await call(bare.url, '/v1/staff/devices', { token: claimed.body.token })).status).toBe(200);
  });

  it('V14.4.3 serves the pairing page with a strict Content-Security-Policy (no inline script or style)', async () => {
    const res = await fetch(`${server.url}/layar/pasang`);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).not.toMatch(/<script>(?!<)|style="/);
    expect(html).toContain('<html lang="id">');
  });
});
