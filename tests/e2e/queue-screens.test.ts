// A day at an MPP that runs its queue on the reference server alone, in Chromium: devices
// paired by one-time code, a kiosk issuing a normal and a priority ticket (printed, checked
// as a 58 mm and 80 mm PDF), the counter calling the priority ticket first, the display board
// showing and speaking the call, the portal's island showing the same number, the counter
// finishing, the supervisor closing the gerai (kiosk and island both say so) and revoking the
// board (it stops at once). Every screen passes axe at its stated size.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { call, testDevice } from '../../src/queue-server/dev/harness.ts';
import { expectNoAxeViolations } from './harness.ts';
import { readPdf } from './pdf-text.ts';
import { queueScene } from './queue-scene.ts';

// Monday 23 November 2026, 09.00 WITA: the fixture MPP is open.
const OPEN_NOW = new Date(Date.UTC(2026, 10, 23, 1, 0));
const SUPERVISOR = 'layar-supervisor-token-0123456789';
const TV = { width: 1920, height: 1080 };
const SMALL_TV = { width: 1366, height: 768 };

const scene = queueScene({
  prefix: 'antrean-layar-',
  now: OPEN_NOW,
  withPortal: true,
  config: (portal) => ({
    timeZone: 'Asia/Makassar',
    gerai: [
      { id: 'dukcapil', name: 'Dukcapil', prefix: 'A', counters: 3, defaultServiceMinutes: 10 },
      { id: 'imigrasi', name: 'Imigrasi', prefix: 'B', counters: 1 },
    ],
    cors: { allowedOrigins: [portal as string] },
    devices: [testDevice('pc-supervisor', SUPERVISOR, [], ['supervisor'])],
    refreshSeconds: 2,
    rateLimits: { public: null, staff: null },
    ticker: ['Gerai Imigrasi melayani paspor setiap hari kerja'],
  }),
});

/** Pairs a new device through the pairing page (the code carried after '#', as its QR code does). */
async function pair(role: string, viewport: { width: number; height: number }, gerai: string[] = [], init?: () => void): Promise<Page> {
  const created = await call(scene.server.url, '/v1/staff/devices', { token: SUPERVISOR, body: { name: `Uji ${role}`, role, gerai } });
  expect(created.status).toBe(201);
  const watched = await scene.open({ viewport, timezoneId: 'Asia/Makassar' });
  if (init) await watched.page.addInitScript(init);
  await watched.page.goto(`${scene.server.url}/layar/pasang#kode=${created.body.code}`);
  const home = { kiosk: 'kios', counter: 'loket', display: 'papan', supervisor: 'supervisor' }[role];
  await watched.page.waitForURL(`**/layar/${home}`);
  return watched.page;
}

/** Records what the board speaks, with an Indonesian voice (headless Chromium may have none). */
function recordSpeech() {
  const spoken: string[] = [];
  (window as unknown as { spoken: string[] }).spoken = spoken;
  speechSynthesis.getVoices = () =>
    [{ lang: 'id-ID', name: 'Uji', default: true, localService: true, voiceURI: 'uji' }] as SpeechSynthesisVoice[];
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
    spoken.push(utterance.text);
    speak(utterance);
  };
}

/** Counts window.print() calls instead of opening a print dialog. */
function recordPrints() {
  (window as unknown as { prints: number }).prints = 0;
  window.print = () => {
    (window as unknown as { prints: number }).prints += 1;
  };
}

describe('a queue day on the reference server screens', () => {
  it('runs from the first ticket to closing the gerai', async () => {
    const board = await pair('display', TV, [], recordSpeech);
    const kiosk = await pair('kiosk', SMALL_TV, [], recordPrints);
    const counter = await pair('counter', SMALL_TV, ['dukcapil']);
    const supervisor = await pair('supervisor', SMALL_TV);

    // Kiosk: two touches per ticket; a normal one, then a priority one.
    await kiosk.locator('button[data-gerai="dukcapil"]').click();
    await expectNoAxeViolations(kiosk);
    await kiosk.locator('button[data-jenis="umum"]').click();
    await expect.poll(() => kiosk.locator('#nomor-tiket').textContent()).toBe('A-001');
    await kiosk.getByRole('button', { name: 'Selesai' }).click();
    await kiosk.locator('button[data-gerai="dukcapil"]').click();
    await kiosk.locator('button[data-jenis="lansia"]').click();
    await expect.poll(() => kiosk.locator('#nomor-tiket').textContent()).toBe('A-002');
    await expect.poll(() => kiosk.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(2);
    await expectNoAxeViolations(kiosk);

    // The printed ticket, as Chromium prints it on 58 mm and 80 mm rolls.
    for (const width of [58, 80]) {
      const pdf = readPdf(await kiosk.pdf({ width: `${width}mm`, printBackground: true }));
      const text = pdf.text.replace(/\s+/g, ' ');
      expect(pdf.pagesMm[0]?.width).toBeCloseTo(width, 0);
      expect(pdf.pagesMm).toHaveLength(1);
      expect(text).toContain('A-002');
      expect(text).toContain('Dukcapil');
      expect(text).toContain('Lansia');
      // A priority ticket waits only behind earlier priority tickets.
      expect(text).toContain('Tidak ada antrean di depan Anda');
      expect(text).toMatch(/Senin, 23 November 2026, 09\.0\d/);
    }
    await kiosk.getByRole('button', { name: 'Selesai' }).click();

    // Counter: the priority ticket is called first.
    await counter.getByRole('button', { name: 'Loket 3' }).click();
    await expect.poll(() => counter.locator('#menunggu').textContent()).toBe('2');
    await expectNoAxeViolations(counter);
    await counter.keyboard.press('n');
    await expect.poll(() => counter.locator('#nomor-kini').textContent()).toBe('A-002');

    // Display board: shows and speaks the call.
    await expect.poll(() => board.locator('#nomor-kini').textContent(), { timeout: 10_000 }).toBe('A-002');
    await expect.poll(() => board.locator('.panggilan-kini .ke').textContent()).toBe('Loket 3');
    await expect
      .poll(() => board.evaluate(() => (window as unknown as { spoken: string[] }).spoken), { timeout: 10_000 })
      .toContain('Nomor antrean A dua, silakan ke loket tiga');
    expect(await board.locator('.berjalan').textContent()).toContain('Gerai Imigrasi melayani paspor');
    await expectNoAxeViolations(board);
    await board.setViewportSize(SMALL_TV);
    const fits = await board.evaluate(() => {
      const number = document.querySelector('#nomor-kini')?.getBoundingClientRect();
      return document.documentElement.scrollWidth <= innerWidth && !!number && number.bottom <= innerHeight && number.right <= innerWidth;
    });
    expect(fits).toBe(true);

    // The portal's island shows the same number.
    const portal = await scene.open({ timezoneId: 'Asia/Jakarta' });
    await portal.page.clock.setFixedTime(OPEN_NOW);
    await portal.page.goto(`${scene.site.url}/gerai/dukcapil/`);
    await portal.page.locator('section.queue').scrollIntoViewIfNeeded();
    await expect.poll(() => portal.page.locator('section.queue').innerText(), { timeout: 15_000 }).toContain('A-002');

    // Counter finishes ("Selesai", shortcut S) and the waiting count and figures follow.
    await counter.keyboard.press('s');
    await expect.poll(() => counter.locator('#nomor-kini').count()).toBe(0);
    await expect.poll(() => counter.locator('#menunggu').textContent()).toBe('1');

    // Supervisor closes Dukcapil: the kiosk and the island both say so.
    await expectNoAxeViolations(supervisor);
    await supervisor.locator('tr[data-gerai="dukcapil"] button[data-aksi="tutup"]').click();
    await expect.poll(() => kiosk.locator('button[data-gerai="dukcapil"]').textContent(), { timeout: 15_000 }).toContain('Tutup');
    expect(await kiosk.locator('button[data-gerai="dukcapil"]').getAttribute('aria-disabled')).toBe('true');
    await expect
      .poll(() => portal.page.locator('section.queue').innerText(), { timeout: 15_000 })
      .toContain('Gerai ini sedang tidak melayani antrean.');

    // Daily report as a page and as CSV.
    await supervisor.getByRole('link', { name: 'Laporan harian' }).click();
    await expect.poll(() => supervisor.locator('table caption').first().textContent()).toBe('Dukcapil');
    await expectNoAxeViolations(supervisor);
    const csv = await call(scene.server.url, '/v1/staff/report?format=csv', { token: SUPERVISOR });
    expect(csv.headers.get('Content-Type')).toContain('text/csv');
    expect(String(csv.body)).toMatch(/^tanggal,gerai,jam,tiket_diambil,dilayani,tidak_hadir/);
    expect(String(csv.body)).toMatch(/2026-11-23,Dukcapil,total,2,1,0,1,/);

    // The counter calls the last Dukcapil ticket and sends it on to Imigrasi.
    await counter.keyboard.press('n');
    await expect.poll(() => counter.locator('#nomor-kini').textContent()).toBe('A-001');
    await counter.keyboard.press('a');
    await expectNoAxeViolations(counter);
    await counter.locator('.pilih-gerai').getByRole('button', { name: 'Imigrasi' }).click();
    await expect.poll(() => counter.locator('#status').textContent()).toBe('A-001 → Imigrasi: B-001');

    // Revoking the board stops it at once.
    await supervisor.goto(`${scene.server.url}/layar/supervisor`);
    await supervisor.getByRole('button', { name: 'Cabut Uji display' }).click();
    await expect.poll(() => board.locator('[role="alert"]').textContent(), { timeout: 5_000 }).toContain('sudah dicabut');
  }, 180_000);

  it('keeps a kiosk working through a network cut and a power cut, says when a quota is gone, and fits a portrait screen', async () => {
    const kiosk = await pair('kiosk', SMALL_TV, [], recordPrints);
    await kiosk.context().setOffline(true);
    await expect.poll(() => kiosk.locator('#status').textContent(), { timeout: 15_000 }).toContain('Sambungan ke server antrean terputus');
    await kiosk.context().setOffline(false);
    await expect.poll(() => kiosk.locator('#status').textContent(), { timeout: 5_000 }).toBe('');
    // Power cut: the browser starts again on the same page and the device is still paired.
    await kiosk.reload();
    expect(await call(scene.server.url, '/v1/staff/gerai/imigrasi/quota', { token: SUPERVISOR, body: { dailyQuota: 0 } })).toMatchObject({
      status: 200,
    });
    await kiosk.reload();
    await expect
      .poll(() => kiosk.locator('button[data-gerai="imigrasi"]').textContent(), { timeout: 5_000 })
      .toContain('Kuota habis: Kuota harian gerai Imigrasi sudah habis');
    // A touch on it (aria-disabled, which Playwright treats as not clickable) explains instead of going on.
    await kiosk.locator('button[data-gerai="imigrasi"]').click({ force: true });
    expect(await kiosk.locator('#status').textContent()).toBe('Kuota harian gerai Imigrasi sudah habis');
    expect(await kiosk.locator('button[data-jenis]').count()).toBe(0);
    await call(scene.server.url, '/v1/staff/gerai/imigrasi/quota', { token: SUPERVISOR, body: { dailyQuota: null } });
    // A portrait touch screen (1080×1920) shows every gerai without sideways scrolling, and passes axe.
    await kiosk.setViewportSize({ width: 1080, height: 1920 });
    await kiosk.reload();
    await expect.poll(() => kiosk.locator('button[data-gerai]').count()).toBe(2);
    expect(await kiosk.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await expectNoAxeViolations(kiosk);
  }, 60_000);

  it('flashes the number with the chime when the board has no Indonesian voice', async () => {
    const board = await pair('display', SMALL_TV, [], () => {
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      speechSynthesis.getVoices = () => [];
      speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => void spoken.push(utterance.text);
    });
    const enrolled = await call(scene.server.url, '/v1/staff/devices', {
      token: SUPERVISOR,
      body: { name: 'Loket B', role: 'counter', gerai: ['imigrasi'] },
    });
    const { token } = (await call(scene.server.url, '/v1/devices/claim', { body: { code: enrolled.body.code } })).body;
    const kiosk = await call(scene.server.url, '/v1/staff/devices', { token: SUPERVISOR, body: { name: 'Kios B', role: 'kiosk' } });
    const kioskToken = (await call(scene.server.url, '/v1/devices/claim', { body: { code: kiosk.body.code } })).body.token;
    await call(scene.server.url, '/v1/staff/tickets', { token: kioskToken, body: { geraiId: 'imigrasi' } });
    await board.waitForTimeout(2_500); // the board has seen today's calls so far
    const called = await call(scene.server.url, '/v1/staff/gerai/imigrasi/call-next', { token, body: { counter: 1 } });
    await expect.poll(() => board.locator('#nomor-kini').textContent(), { timeout: 10_000 }).toBe(called.body.ticket.number);
    await expect.poll(() => board.locator('.panggilan-kini').getAttribute('class')).toContain('kedip');
    expect(await board.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([]);
  }, 60_000);

  it('serves the pairing page, the index and the live ticket page accessibly; the ticket page installs as an app and shares its link', async () => {
    const kioskTicket = await call(scene.server.url, '/v1/staff/devices', { token: SUPERVISOR, body: { name: 'Kios dua', role: 'kiosk' } });
    const claimed = await call(scene.server.url, '/v1/devices/claim', { body: { code: kioskTicket.body.code } });
    const issued = await call(scene.server.url, '/v1/staff/tickets', {
      token: claimed.body.token,
      body: { geraiId: 'imigrasi', priority: 'ibu-hamil' },
    });
    const watched = await scene.open();
    for (const path of ['/layar', '/layar/pasang', issued.body.ticketPath]) {
      await watched.page.goto(scene.server.url + path);
      await expectNoAxeViolations(watched.page);
    }
    expect(await watched.page.locator('#nomor').textContent()).toMatch(/^B-\d{3}$/);
    expect(watched.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);

    // The live ticket page installs as an app that opens this ticket, with no installability error.
    const page = watched.page;
    const manifestPath = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestPath).toBe(`${issued.body.ticketPath}/manifest.webmanifest`);
    const manifest = (await call(scene.server.url, manifestPath as string)).body;
    expect(manifest).toMatchObject({ start_url: issued.body.ticketPath, scope: issued.body.ticketPath, display: 'standalone', lang: 'id' });
    expect(manifest.short_name).toMatch(/^Antrean B-\d{3}$/);
    for (const icon of manifest.icons as { src: string }[]) {
      const res = await fetch(scene.server.url + icon.src);
      expect([res.status, res.headers.get('content-type')]).toEqual([200, 'image/png']);
    }
    const cdp = await page.context().newCDPSession(page);
    // The test browser's fresh context is incognito, which Chromium lists too: that is the browser, not the page.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);

    // "Bagikan tautan tiket" hands the ticket's address to the phone's share sheet.
    await page.evaluate(() => {
      (navigator as unknown as { share: (d: unknown) => Promise<void> }).share = async (d) => {
        (window as unknown as { shared: unknown }).shared = d;
      };
    });
    await page.getByRole('button', { name: 'Bagikan tautan tiket' }).click();
    const shared = (await page.evaluate(() => (window as unknown as { shared: { url: string; text: string } }).shared)) ?? null;
    expect(shared?.url).toBe(scene.server.url + issued.body.ticketPath);
    expect(shared?.text).toMatch(/^Tiket antrean B-\d{3} di Imigrasi: pantau giliran dari ponsel$/);
    await expectNoAxeViolations(page);
  }, 60_000);

  it('copies the ticket link where the browser has no share sheet', async () => {
    const kiosk = await call(scene.server.url, '/v1/staff/devices', { token: SUPERVISOR, body: { name: 'Kios tiga', role: 'kiosk' } });
    const claimed = await call(scene.server.url, '/v1/devices/claim', { body: { code: kiosk.body.code } });
    // Dukcapil closed at the end of the first test; Imigrasi still issues.
    const issued = await call(scene.server.url, '/v1/staff/tickets', { token: claimed.body.token, body: { geraiId: 'imigrasi' } });
    expect(issued.status).toBe(201);
    const watched = await scene.open();
    await watched.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: scene.server.url });
    await watched.page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    });
    await watched.page.goto(scene.server.url + issued.body.ticketPath);
    await watched.page.getByRole('button', { name: 'Bagikan tautan tiket' }).click();
    await expect
      .poll(() => watched.page.locator('#status').textContent())
      .toBe('Tautan tiket disalin. Tempel di pesan untuk membagikannya.');
    expect(await watched.page.evaluate(() => navigator.clipboard.readText())).toBe(scene.server.url + issued.body.ticketPath);
  }, 60_000);
});
