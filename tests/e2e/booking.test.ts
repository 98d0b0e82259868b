// Online booking from the resident's phone to the counter, in Chromium: the portal's service
// page offers "Pesan waktu datang" because the queue API advertises booking; the resident
// books a window, the kiosk checks the code in (the number joins the walk-ins' line), the
// live ticket page counts down the people ahead, alerts when three are left (notification,
// vibration, tone), shows "dipanggil ke loket 3" when the counter calls, and then "selesai".
// The gerai page offers the same booking and the usual quiet hours from the queue's history;
// without JavaScript both pages say how to get a number at the MPP. Every page passes axe.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/queue-server/db.ts';
import { call, testDevice } from '../../src/queue-server/dev/harness.ts';
import { expectNoAxeViolations } from './harness.ts';
import { queueScene } from './queue-scene.ts';

// Monday 23 November 2026, 09.00 WITA: the fixture MPP is open.
const OPEN_NOW = new Date(Date.UTC(2026, 10, 23, 1, 0));
const SUPERVISOR = 'booking-supervisor-token-0123456789';
const KIOSK = 'booking-kiosk-token-0123456789abcd';
const TABLET = { width: 1366, height: 768 };

const scene = queueScene({
  prefix: 'antrean-pesan-',
  now: OPEN_NOW,
  withPortal: true,
  seed: seedHistory,
  config: (portal) => ({
    timeZone: 'Asia/Makassar',
    dailyQuota: null,
    gerai: [{ id: 'dukcapil', name: 'Dukcapil', prefix: 'A', counters: 3, dailyQuota: 40 }],
    cors: { allowedOrigins: [portal as string] },
    devices: [testDevice('pc-supervisor', SUPERVISOR, [], ['supervisor']), testDevice('kios-api', KIOSK, [], ['kiosk'])],
    rateLimits: { public: null, staff: null },
    booking: { onlineQuota: { dukcapil: 12 }, powBits: 8, windowMinutes: 30 },
  }),
});

/** Four weeks of Dukcapil tickets before today: 6 an hour 08.00–15.00 WITA, 1 on Tuesday–Thursday afternoons. */
function seedHistory(dir: string): void {
  const db = openDatabase(dir);
  const insert = db.prepare(
    `INSERT INTO tickets (service_day, gerai_id, seq, number, status, issued_at) VALUES (?, 'dukcapil', ?, ?, 'finished', ?)`,
  );
  for (let d = 1; d <= 28; d++) {
    const date = new Date(Date.UTC(2026, 10, 23 - d));
    const weekday = (date.getUTCDay() + 6) % 7;
    if (weekday > 4) continue;
    let seq = 0;
    for (let hour = 8; hour < 15; hour++) {
      const n = weekday >= 1 && weekday <= 3 && hour >= 13 ? 1 : 6;
      for (let i = 0; i < n; i++) {
        seq++;
        insert.run(date.toISOString().slice(0, 10), seq, `A-${seq}`, date.getTime() + (hour - 8) * 3_600_000 + i * 60_000);
      }
    }
  }
  db.close();
}

async function pair(role: string, gerai: string[] = [], init?: () => void): Promise<Page> {
  const created = await call(scene.server.url, '/v1/staff/devices', { token: SUPERVISOR, body: { name: `Uji ${role}`, role, gerai } });
  expect(created.status).toBe(201);
  const watched = await scene.open({ viewport: TABLET, timezoneId: 'Asia/Makassar' });
  if (init) await watched.page.addInitScript(init);
  await watched.page.goto(`${scene.server.url}/layar/pasang#kode=${created.body.code}`);
  const screen = { kiosk: 'kios', counter: 'loket', supervisor: 'supervisor' }[role];
  await watched.page.waitForURL(`**/layar/${screen}`);
  return watched.page;
}

/** Records the alerts of the ticket page: notifications (permission granted), vibrations and tones. */
function recordAlerts() {
  const seen = { notes: [] as string[], vibrations: 0, tones: 0 };
  (window as unknown as { alerts: typeof seen }).alerts = seen;
  class FakeNotification {
    static permission = 'granted';
    static requestPermission = async () => 'granted';
    constructor(title: string, options?: { body?: string }) {
      seen.notes.push(`${title}: ${options?.body ?? ''}`);
    }
  }
  (window as unknown as { Notification: unknown }).Notification = FakeNotification;
  navigator.vibrate = () => {
    seen.vibrations += 1;
    return true;
  };
  const Real = window.AudioContext;
  window.AudioContext = class extends Real {
    constructor() {
      super();
      seen.tones += 1;
    }
  };
  window.print = () => {};
}

const alerts = (page: Page) =>
  page.evaluate(() => (window as unknown as { alerts: { notes: string[]; vibrations: number; tones: number } }).alerts);

describe('online booking, from the portal to the counter', () => {
  it('books on the portal, checks in at the kiosk, alerts the resident and is called to loket 3', async () => {
    const kiosk = await pair('kiosk', [], recordAlerts);
    const counter = await pair('counter', ['dukcapil']);
    const resident = await scene.open({ timezoneId: 'Asia/Makassar' });
    await resident.page.addInitScript(recordAlerts);

    // The portal offers booking because the API advertises it.
    const page = resident.page;
    await page.goto(`${scene.site.url}/layanan/ktp-el/`);
    await expect.poll(() => page.locator('[data-booking-quota]').textContent()).toBe('Kuota daring hari ini: 12 dari 12 tersisa');
    await expectNoAxeViolations(page);
    await page.getByLabel('Nama atau inisial').fill('Budi S.');
    await page.getByLabel('Waktu datang (untuk pesan)').selectOption({ index: 0 });
    await page.getByRole('button', { name: 'Pesan waktu datang' }).click();
    await page.waitForURL(`${scene.server.url}/pesanan/**`);
    const code = (await page.locator('#kode').textContent()) as string;
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(await page.locator('#fakta').textContent()).toContain('Terpesan');
    await expectNoAxeViolations(page);

    // Four walk-ins arrive first; then the resident checks in at the kiosk with the code.
    for (let i = 0; i < 4; i++) await call(scene.server.url, '/v1/staff/tickets', { token: KIOSK, body: { geraiId: 'dukcapil' } });
    await kiosk.locator('button[data-kode="pesanan"]').click();
    await kiosk.getByLabel('Kode pesanan (6 huruf/angka)').fill(code.toLowerCase());
    await expectNoAxeViolations(kiosk);
    await kiosk.getByRole('button', { name: 'Check-in' }).click();
    await expect.poll(() => kiosk.locator('#nomor-tiket').textContent()).toBe('A-005');

    // The booking page now leads to the live ticket page.
    await page.reload();
    await page.getByRole('link', { name: 'Lihat tiket antrean' }).click();
    await page.waitForURL(`${scene.server.url}/tiket/**`);
    expect(await page.locator('#depan').textContent()).toBe('4 orang di depan Anda');
    expect(await page.locator('#dokumen li').count()).toBeGreaterThan(0);
    expect(await page.locator('#arah').textContent()).toContain('Gerai G01 Dukcapil');
    await expectNoAxeViolations(page);
    expect((await alerts(page)).notes).toEqual([]);

    // The counter calls the walk-ins: with three ahead the resident is alerted once.
    await counter.getByRole('button', { name: 'Loket 3' }).click();
    await expect.poll(() => counter.locator('#menunggu').textContent()).toBe('5');
    await counter.keyboard.press('n');
    await expect.poll(() => counter.locator('#nomor-kini').textContent()).toBe('A-001');
    await expect.poll(() => page.locator('#depan').textContent(), { timeout: 15_000 }).toBe('3 orang di depan Anda');
    await expect
      .poll(async () => (await alerts(page)).notes, { timeout: 5_000 })
      .toEqual(['Antrean A-005: Giliran Anda sebentar lagi: 3 orang di depan Anda. Segera menuju gerai.']);
    expect(await alerts(page)).toMatchObject({ vibrations: 1, tones: 1 });
    for (const number of ['A-002', 'A-003', 'A-004', 'A-005']) {
      // The walk-ins do not come forward ("tidak hadir"); the next one is called.
      await counter.keyboard.press('t');
      await expect.poll(() => counter.locator('#nomor-kini').count()).toBe(0);
      await counter.keyboard.press('n');
      await expect.poll(() => counter.locator('#nomor-kini').textContent()).toBe(number);
    }
    await expect
      .poll(() => page.locator('#fakta').textContent(), { timeout: 15_000 })
      .toContain('Dipanggil ke loket 3: silakan menuju loket');
    await expect.poll(async () => (await alerts(page)).notes.length).toBe(2);
    expect((await alerts(page)).notes[1]).toBe('Antrean A-005: Dipanggil ke loket 3: silakan menuju loket');
    expect(await alerts(page)).toMatchObject({ vibrations: 2, tones: 2 });
    await expectNoAxeViolations(page);

    // Served and finished.
    await counter.keyboard.press('m');
    await expect.poll(() => page.locator('#fakta').textContent(), { timeout: 15_000 }).toContain('Sedang dilayani');
    await expect.poll(() => counter.locator('button[data-aksi="finish"]').getAttribute('aria-disabled')).toBeNull();
    await counter.keyboard.press('s');
    await expect.poll(() => page.locator('#fakta').textContent(), { timeout: 15_000 }).toContain('Selesai dilayani');
    expect(resident.errors).toEqual([]);
  }, 150_000);

  it('offers booking on the gerai page too, with the usual quiet hours from the queue’s history and a priority choice', async () => {
    const resident = await scene.open({ timezoneId: 'Asia/Makassar' });
    const page = resident.page;
    await page.goto(`${scene.site.url}/gerai/dukcapil/`);
    await expect
      .poll(() => page.locator('[data-booking-quota]').textContent(), { timeout: 15_000 })
      .toMatch(/^Kuota daring hari ini: \d+ dari 12 tersisa$/);
    await expect
      .poll(() => page.locator('[data-booking-quiet]').textContent(), { timeout: 15_000 })
      .toBe('Biasanya sepi: Selasa–Kamis 13.00–15.00');
    expect(await page.locator('[data-booking-quiet]').isVisible()).toBe(true);
    expect(await page.locator('[data-booking-intro]').isVisible()).toBe(false);
    await expectNoAxeViolations(page);
    // A resident aged 60+ books as priority.
    await page.getByLabel('Nama atau inisial').fill('Oma R.');
    await page.getByLabel('Waktu datang (untuk pesan)').selectOption({ index: 0 });
    await page.getByLabel('Antrean prioritas (dilayani lebih dulu)').selectOption({ label: 'Lansia' });
    await page.getByRole('button', { name: 'Pesan waktu datang' }).click();
    await page.waitForURL(`${scene.server.url}/pesanan/**`);
    const key = new URL(page.url()).pathname.split('/').pop() as string;
    expect((await call(scene.server.url, `/v1/booking/${key}`)).body).toMatchObject({ status: 'booked', priority: 'lansia' });
    expect(resident.errors).toEqual([]);
  }, 60_000);

  it('tells how to get a number at the MPP when JavaScript is off, on the gerai and service pages', async () => {
    const resident = await scene.open({ javaScriptEnabled: false });
    const page = resident.page;
    for (const path of ['/gerai/dukcapil/', '/layanan/ktp-el/']) {
      await page.goto(`${scene.site.url}${path}`);
      const intro = page.locator('[data-booking-intro]');
      expect(await intro.isVisible()).toBe(true);
      expect(await intro.textContent()).toBe(
        'Nomor antrean diambil di kios MPP di lobi saat Anda datang. Bila JavaScript aktif dan MPP membuka pemesanan daring, Anda juga dapat mengambil nomor atau memesan waktu datang di sini.',
      );
      expect(await page.locator('form.booking-form').count()).toBe(0);
      expect(await page.locator('[data-booking-quiet]').isVisible()).toBe(false);
    }
  }, 60_000);

  it('shows the supervisor today’s online and walk-in split, both shrinking when today’s quota is lowered', async () => {
    const supervisor = await pair('supervisor');
    const row = supervisor.locator('tr[data-gerai="dukcapil"]');
    const split = () => row.locator('[data-pembagian]').textContent();
    // 40 a day, 12 of them online; the residents of the tests above booked some already.
    await expect.poll(split).toMatch(/^Daring 12 \(\d+ sudah dipesan\) · datang langsung 28$/);
    await expectNoAxeViolations(supervisor);
    // Two officers are away: 20 today, so 6 online and 14 walk-in.
    await row.getByLabel('Kuota hari ini untuk Dukcapil').fill('20');
    await row.getByRole('button', { name: 'Simpan kuota' }).click();
    await expect.poll(split).toMatch(/^Daring 6 \(\d+ sudah dipesan\) · datang langsung 14$/);
    const offer = (await call(scene.server.url, '/v1/booking')).body.gerai[0];
    expect(offer).toMatchObject({ onlineQuota: 6, walkInQuota: 14 });
  });
});
