// A booking checked in at the kiosk by its QR code, in Chromium. The resident's booking page
// shows the QR code (read back here from a screenshot, as a scanner sees the screen) and the
// priority group; a USB barcode scanner types the code's text and Enter into the kiosk wherever
// the focus is; the kiosk's camera ("Pindai kode QR") reads the same code from Chromium's fake
// camera, fed a Y4M video drawn from the QR code's modules. Refusals are in Indonesian; every
// screen passes axe.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/cli/chromium.ts';
import { bookingQrPayload } from '../../src/queue-server/booking/qr.ts';
import { call, testDevice } from '../../src/queue-server/dev/harness.ts';
import { baseConfig, book } from '../integration/queue-booking-helpers.ts';
import { expectNoAxeViolations } from './harness.ts';
import { queueScene } from './queue-scene.ts';

// Monday 23 November 2026, 09.00 WITA: the MPP is open.
const OPEN_NOW = new Date(Date.UTC(2026, 10, 23, 1, 0));
const SUPERVISOR = 'booking-qr-supervisor-token-0123456789';
const TABLET = { width: 1366, height: 768 };
const NOT_A_BOOKING = 'Kode QR ini bukan kode pesanan MPP. Tunjukkan kode QR dari halaman pesanan Anda.';

const scene = queueScene({
  prefix: 'antrean-qr-',
  now: OPEN_NOW,
  // The booking tests' settings (cheap proofs, no caps in the way), at a WITA MPP with 12 online places.
  config: () =>
    baseConfig(
      { onlineQuota: { dukcapil: 12 } },
      {
        timeZone: 'Asia/Makassar',
        gerai: [{ id: 'dukcapil', name: 'Dukcapil', prefix: 'A', counters: 3, dailyQuota: 40 }],
        devices: [testDevice('pc-supervisor', SUPERVISOR, [], ['supervisor'])],
      },
    ),
});
/** A second Chromium with a fake camera, launched by the camera test. */
let cameraBrowser: Browser | undefined;
afterAll(async () => {
  await cameraBrowser?.close();
});

/** A kiosk paired through the supervisor's code, as an officer sets one up. */
async function pairKiosk(on: Browser, init?: () => void): Promise<Page> {
  const created = await call(scene.server.url, '/v1/staff/devices', {
    token: SUPERVISOR,
    body: { name: 'Kios uji', role: 'kiosk', gerai: [] },
  });
  expect(created.status).toBe(201);
  const watched = await scene.open({ viewport: TABLET, timezoneId: 'Asia/Makassar' }, on);
  await watched.page.addInitScript(() => {
    window.print = () => {};
  });
  if (init) await watched.page.addInitScript(init);
  await watched.page.goto(`${scene.server.url}/layar/pasang#kode=${created.body.code}`);
  await watched.page.waitForURL('**/layar/kios');
  await watched.page.locator('button[data-gerai="dukcapil"]').waitFor();
  return watched.page;
}

/** A booking for 09.00 today, made the way the portal makes it. */
async function booking(fields: Record<string, unknown> = {}): Promise<{ code: string; key: string }> {
  const res = await book(scene.server.url, { window: '09.00', ...fields });
  expect(res.status).toBe(201);
  return res.body;
}

const statusText = (page: Page) => page.locator('#status').textContent();

/** One 640×480 4:2:0 frame (grey chroma) of a QR code, black on white with its quiet zone, in the middle. */
function qrFrame(text: string): Buffer {
  const qr = encode(text, { ecc: 'M', border: 4 });
  const [width, height] = [640, 480];
  const scale = Math.floor(400 / qr.size);
  const left = Math.floor((width - qr.size * scale) / 2);
  const top = Math.floor((height - qr.size * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < qr.size * scale; y++) {
    for (let x = 0; x < qr.size * scale; x++) {
      if (qr.data[Math.floor(y / scale)]?.[Math.floor(x / scale)]) luma[(top + y) * width + left + x] = 16;
    }
  }
  return Buffer.concat([Buffer.from('FRAME\n'), luma, Buffer.alloc((width / 2) * (height / 2) * 2, 128)]);
}

/**
 * A Y4M video (YUV4MPEG2, two frames a second) for Chromium's fake camera: each scene is a QR
 * code's text shown for a number of frames, in order, as a resident holds up one phone and then another.
 */
function qrVideo(file: string, scenes: [string, number][]): void {
  const frames = scenes.flatMap(([text, count]) => Array.from({ length: count }, () => qrFrame(text)));
  writeFileSync(file, Buffer.concat([Buffer.from('YUV4MPEG2 W640 H480 F2:1 Ip A1:1 C420jpeg\n'), ...frames]));
}

describe('booking check-in by QR code', () => {
  it('reads the booking page’s QR code and checks in when a barcode scanner types it at the kiosk', async () => {
    const kiosk = await pairKiosk(scene.browser);
    const lansia = await booking({ priority: 'lansia' });
    const resident = await scene.open({ timezoneId: 'Asia/Makassar' });
    const page = resident.page;
    await page.goto(`${scene.server.url}/pesanan/${lansia.key}`);
    expect(await page.getByRole('img', { name: `Kode QR pesanan ${lansia.code}: tunjukkan ke kios` }).count()).toBe(1);
    expect(await page.locator('#fakta').textContent()).toContain('PrioritasLansia');
    await expectNoAxeViolations(page);
    // What a scanner sees on the phone's screen.
    const shot = PNG.sync.read(await page.locator('#qr-pesanan').screenshot());
    const payload = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data;
    expect(payload).toBe(`MPP-PESANAN:${lansia.code}`);

    // On the code screen the focus is on a button, not in the field: the scanner's keys still land.
    await kiosk.locator('button[data-kode="pesanan"]').click();
    await kiosk.getByRole('button', { name: 'Pindai kode QR' }).focus();
    await expectNoAxeViolations(kiosk);
    await kiosk.keyboard.type('https://contoh.id/promo');
    await kiosk.keyboard.press('Enter');
    await expect
      .poll(() => statusText(kiosk))
      .toBe('Kode QR ini bukan kode pesanan MPP. Tunjukkan kode QR dari halaman pesanan Anda, atau ketik kode 6 huruf/angkanya.');
    // The next scan replaces the refused text.
    await kiosk.keyboard.type(payload as string);
    await kiosk.keyboard.press('Enter');
    await expect.poll(() => kiosk.locator('#nomor-tiket').textContent()).toBe('A-001');
    expect((await call(scene.server.url, `/v1/booking/${lansia.key}`)).body.status).toBe('checked_in');

    // Straight from the start screen, with a gerai button focused: Enter checks the booking in
    // instead of pressing the button; a text that is not a booking is refused in words.
    await kiosk.getByRole('button', { name: 'Selesai' }).click();
    await kiosk.locator('button[data-gerai="dukcapil"]').focus();
    await kiosk.keyboard.type('MPP-TIKET:12345678');
    await kiosk.keyboard.press('Enter');
    await expect.poll(() => statusText(kiosk)).toBe(NOT_A_BOOKING);
    expect(await kiosk.locator('h2').textContent()).toBe('Sentuh gerai yang Anda tuju');
    const plain = await booking();
    await kiosk.keyboard.type(bookingQrPayload(plain.code));
    await kiosk.keyboard.press('Enter');
    await expect.poll(() => kiosk.locator('#nomor-tiket').textContent()).toBe('A-002');

    // The live ticket page names the priority group, also after its own refresh.
    await page.reload();
    await page.getByRole('link', { name: 'Lihat tiket antrean' }).click();
    await page.waitForURL(`${scene.server.url}/tiket/**`);
    expect(await page.locator('#fakta').textContent()).toContain('PrioritasLansia');
    // Mark the server's rows; the page's refresh (every 10 s) replaces them with its own.
    await page.evaluate(() => document.querySelector('#fakta > div')?.setAttribute('data-lama', ''));
    await expect.poll(() => page.locator('#fakta > div[data-lama]').count(), { timeout: 15_000 }).toBe(0);
    expect(await page.locator('#fakta').textContent()).toContain('PrioritasLansia');
    await expectNoAxeViolations(page);
    expect(resident.errors).toEqual([]);
  }, 90_000);

  it('says why when the kiosk has no camera or may not use it', async () => {
    const kiosk = await pairKiosk(scene.browser, () => {
      // The camera's answer is set by the test: no device, or permission refused.
      navigator.mediaDevices.getUserMedia = () =>
        Promise.reject(new DOMException('kamera', (window as unknown as { cameraError: string }).cameraError));
    });
    const requested: string[] = [];
    kiosk.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const [error, message] of [
      ['NotFoundError', 'Kamera tidak tersedia di kios ini. Ketik kode pesanan Anda atau pakai pemindai.'],
      ['NotAllowedError', 'Izin kamera ditolak di kios ini. Ketik kode pesanan Anda, atau minta petugas mengizinkan kamera.'],
    ]) {
      await kiosk.evaluate((name) => {
        (window as unknown as { cameraError: string }).cameraError = name as string;
      }, error);
      await kiosk.locator('button[data-kode="pesanan"]').click();
      await kiosk.getByRole('button', { name: 'Pindai kode QR' }).click();
      await expect.poll(() => statusText(kiosk)).toBe(message);
      await expectNoAxeViolations(kiosk);
      await kiosk.getByRole('button', { name: 'Kembali' }).click();
      await kiosk.getByRole('button', { name: 'Kembali' }).click();
    }
    // The decoder is never fetched when no camera runs.
    expect(requested).not.toContain('/layar/aset/jsqr.js');
  }, 60_000);

  it('checks in with the kiosk camera as soon as it reads the booking’s QR code, after refusing a ticket’s QR code, loading the decoder only then', async () => {
    const plain = await booking();
    const video = path.join(scene.dataDir, 'pesanan.y4m');
    // First a ticket's QR code (not a booking), then the booking's.
    qrVideo(video, [
      [`${scene.server.url}/tiket/1-abcdefghijkl`, 4],
      [bookingQrPayload(plain.code), 6],
    ]);
    cameraBrowser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        ...CHROMIUM_ARGS,
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    const kiosk = await pairKiosk(cameraBrowser, () => {
      // Every status line the kiosk shows, in order.
      const seen: string[] = [];
      (window as unknown as { statuses: string[] }).statuses = seen;
      document.addEventListener('DOMContentLoaded', () => {
        const line = document.getElementById('status') as HTMLElement;
        new MutationObserver(() => seen.push(line.textContent ?? '')).observe(line, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
    });
    await kiosk.context().grantPermissions(['camera'], { origin: scene.server.url });
    const requested: string[] = [];
    kiosk.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await kiosk.locator('button[data-kode="pesanan"]').click();
    expect(requested).not.toContain('/layar/aset/jsqr.js');
    await kiosk.getByRole('button', { name: 'Pindai kode QR' }).click();
    await expect.poll(() => kiosk.locator('#nomor-tiket').textContent(), { timeout: 20_000 }).toMatch(/^A-\d{3}$/);
    expect(requested).toContain('/layar/aset/jsqr.js');
    const statuses = await kiosk.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
    expect(statuses).toContain(NOT_A_BOOKING);
    expect(statuses.indexOf(NOT_A_BOOKING)).toBeLessThan(statuses.indexOf('Memeriksa kode…'));
    expect((await call(scene.server.url, `/v1/booking/${plain.key}`)).body.status).toBe('checked_in');
    // The camera is off once the ticket shows.
    expect(await kiosk.locator('video').count()).toBe(0);
  }, 90_000);
});
