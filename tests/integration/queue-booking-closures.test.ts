// A closure an editor adds to the portal's content while the queue server runs reaches the
// booking without a restart: the day stops taking bookings and the bookings already made for
// it are cancelled with the closure's reason. A broken content file keeps the hours in force.
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call, makeTempDir, removeDir, type SpawnedServer, spawnQueueServer } from '../../src/queue-server/dev/harness.ts';
import { baseConfig, book } from './queue-booking-helpers.ts';

// Monday 23 November 2026, 14.30 WITA, in the fixture content's MPP.
const AFTERNOON = '2026-11-23T06:30:00Z';
const TUESDAY = '2026-11-24';

const running: SpawnedServer[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  for (const dir of dirs) removeDir(dir);
});

/** A server reading a copy of the fixture content, checking it for changes every second. */
async function startWithContent() {
  const content = makeTempDir('antrean-konten-');
  const dataDir = makeTempDir('antrean-tutup-');
  dirs.push(content, dataDir);
  cpSync(path.resolve('tests/fixtures/content'), content, { recursive: true });
  const { gerai: _gerai, devices: _devices, ...config } = baseConfig();
  const server = await spawnQueueServer({
    dataDir,
    config: { ...config, content, contentReloadSeconds: 1, gerai: [{ id: 'dukcapil', dailyQuota: 10 }] },
    env: { QUEUE_FAKE_NOW: AFTERNOON, TZ: 'UTC' },
    timeoutMs: 30_000,
  });
  running.push(server);
  return { server, content };
}

const closureFile = (name: string, day: string) =>
  `nama: ${name}\nmulai: ${day}\nselesai: null\njenis: {discriminant: tutup}\ngerai: []\nketerangan: ''\n`;

/** Polls until `check` holds (the server looks at the content every second). */
async function eventually(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('closures added while the server runs', () => {
  it('cancels the day’s bookings with the closure’s reason and stops booking that day, without a restart', async () => {
    const { server, content } = await startWithContent();
    const booked = await book(server.url, { day: TUESDAY, window: '10.00' });
    expect(booked.status).toBe(201);
    const wednesday = await book(server.url, { day: '2026-11-25', window: '10.00' });
    expect(wednesday.status).toBe(201);

    writeFileSync(path.join(content, 'libur', 'cuti-bersama.yaml'), closureFile('Cuti bersama', TUESDAY));
    await eventually(async () => (await call(server.url, `/v1/booking/${booked.body.key}`)).body.status === 'canceled');

    const view = (await call(server.url, `/v1/booking/${booked.body.key}`)).body;
    expect(view).toMatchObject({ cancelReason: 'Cuti bersama', statusText: 'Dibatalkan karena Cuti bersama' });
    expect(await (await fetch(`${server.url}${view.bookingPath}`)).text()).toContain('Dibatalkan karena Cuti bersama');
    // The day takes no new bookings.
    const refused = await book(server.url, { day: TUESDAY, window: '11.00' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('Gerai Dukcapil tutup pada tanggal itu: Cuti bersama');
    const offer = (await call(server.url, '/v1/booking')).body.gerai[0];
    expect(offer.days.find((d: { day: string }) => d.day === TUESDAY)).toMatchObject({ closed: 'Cuti bersama', windows: [] });
    // Other days are untouched.
    expect((await call(server.url, `/v1/booking/${wednesday.body.key}`)).body.status).toBe('booked');
    expect(server.output()).toMatch(/dibaca ulang dari konten/);
  }, 60_000);

  it('keeps the hours in force when the changed content is broken, and says which file', async () => {
    const { server, content } = await startWithContent();
    const booked = await book(server.url, { day: TUESDAY, window: '10.00' });
    expect(booked.status).toBe(201);
    writeFileSync(path.join(content, 'libur', 'rusak.yaml'), 'nama: Cuti bersama\nmulai: bukan-tanggal\n');
    await eventually(async () => /tidak dapat dibaca ulang/.test(server.output()));
    expect(server.output()).toMatch(/rusak\.yaml/);
    expect((await call(server.url, `/v1/booking/${booked.body.key}`)).body.status).toBe('booked');
    expect((await book(server.url, { day: TUESDAY, window: '11.00' })).status).toBe(201);
  }, 60_000);
});
