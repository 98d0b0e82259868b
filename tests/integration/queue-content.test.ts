// The queue server takes the MPP's timezone, opening hours and gerai from the portal's own
// content folder, so a deployment in WITA needs no second copy of them in antrean.json (and
// a contradicting copy is refused). The fixture content is an MPP in Asia/Makassar whose
// Polresta gerai closes at 14.00 while the MPP is open until 15.00.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call, makeTempDir, removeDir, type SpawnedServer, spawnQueueServer, testDevice } from '../../src/queue-server/dev/harness.ts';

const CONTENT = path.resolve('tests/fixtures/content');
const TOKEN = 'content-token-0123456789abcdef';
// Monday 23 November 2026, 14.30 WITA (13.30 WIB, 06.30 UTC).
const AFTERNOON = '2026-11-23T06:30:00Z';

const running: SpawnedServer[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  for (const dir of dirs) removeDir(dir);
});

async function start(config: Record<string, unknown>) {
  const dataDir = makeTempDir('antrean-content-');
  dirs.push(dataDir);
  const server = await spawnQueueServer({ dataDir, config, env: { QUEUE_FAKE_NOW: AFTERNOON, TZ: 'UTC' }, timeoutMs: 30_000 });
  running.push(server);
  return server;
}

describe('facts from the portal content', () => {
  it('uses the content zone, the MPP and gerai hours and the gerai list, with only counters and devices in the config', async () => {
    const server = await start({
      content: CONTENT,
      gerai: [{ id: 'dukcapil', counters: 3 }],
      devices: [testDevice('kios', TOKEN, [], ['kiosk'])],
    });
    const snapshot = (await call(server.url, '/v1/antrean')).body;
    expect(snapshot.timeZone).toBe('Asia/Makassar');
    expect(snapshot.serviceDay).toBe('2026-11-23');
    expect(snapshot.gerai.map((g: { id: string; name: string; prefix: string }) => [g.id, g.name, g.prefix])).toEqual([
      ['dukcapil', 'Dukcapil', 'A'],
      ['g02', 'Polresta', 'B'],
    ]);
    // 14.30 WITA: the MPP is open, Polresta (own hours until 14.00) is not.
    expect(snapshot.mpp.open).toBe(true);
    expect(snapshot.gerai[0]).toMatchObject({ open: true, counters: 3 });
    expect(snapshot.gerai[1]).toMatchObject({ open: false, counters: 0 });
    const refused = await call(server.url, '/v1/staff/tickets', { token: TOKEN, body: { geraiId: 'g02' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('Gerai Polresta sedang di luar jam layanannya');
    expect((await call(server.url, '/v1/staff/tickets', { token: TOKEN, body: { geraiId: 'dukcapil' } })).status).toBe(201);
    // The display board's running text comes from the portal's latest announcements.
    const supervisor = await call(server.url, '/v1/staff/devices', { token: TOKEN });
    expect(supervisor.status).toBe(403);
    expect(server.output()).toMatch(/masukkan kode \d{8}/);
    const code = /masukkan kode (\d{8})/.exec(server.output())?.[1] as string;
    const claimed = await call(server.url, '/v1/devices/claim', { body: { code } });
    const board = await call(server.url, '/v1/staff/board', { token: claimed.body.token });
    expect(board.body.ticker).toEqual(['MPP Uji resmi dibuka: MPP Uji mulai melayani warga.']);
    expect(server.output()).toMatch(/zona waktu Asia\/Makassar/);
  }, 40_000);

  it('refuses a timezone in the config that contradicts the content', async () => {
    await expect(start({ content: CONTENT, timeZone: 'Asia/Jakarta' })).rejects.toThrow(
      /timeZone "Asia\/Jakarta" berbeda dengan zona waktu profil MPP .* \("Asia\/Makassar"\)/,
    );
  }, 40_000);

  it('refuses a gerai in the config that the content does not have', async () => {
    await expect(start({ content: CONTENT, gerai: [{ id: 'samsat', counters: 2 }] })).rejects.toThrow(
      /gerai\[0\]\.id "samsat" tidak ada di konten .* \(gerai yang memakai antrean: dukcapil, g02\)/,
    );
  }, 40_000);
});
