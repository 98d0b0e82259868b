// A save the content check rejects is kept (half-done work must be savable), but it never
// reads as plain "Tersimpan": the room's bar names each problem in the CMS's labels, with a
// link that opens the entry, until a later save of the person leaves no error there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestRoom } from '../fixtures/admin-room.ts';
import { startTwoEditors } from '../fixtures/room-setups.ts';

const HOURS = 'content/jam-layanan.yaml';
let room: TestRoom;
let eka: Client;
let sari: Client;
let file: (rel: string) => string;
const saturday = (from: string, to: string) =>
  file(HOURS).replace(/^ {2}sabtu:.*(\n {4}.*)*$/m, `  sabtu:\n    - mulai: '${from}'\n      selesai: '${to}'`);

beforeAll(async () => {
  ({ room, eka, sari, file } = await startTwoEditors());
});
afterAll(() => room?.stop());

describe('after a save that will block publishing', () => {
  it('the bar says "Tersimpan, tetapi ada 1 masalah" with the field in labels and a link to that field', async () => {
    const res = await eka.save([{ path: HOURS, contents: saturday('11.00', '10.00') }]);
    expect(res.status).toBe(200);
    expect(file(HOURS)).toContain("mulai: '11.00'");
    for (const pathname of ['/', '/riwayat', '/periksa']) {
      const page = await (await eka.fetch(pathname)).text();
      const bar = /<header class="ruang-bar">([\s\S]*?)<\/header>/.exec(page)?.[1] ?? '';
      expect(bar, pathname).toContain('Tersimpan, tetapi ada 1 masalah yang menghalangi terbit:');
      expect(bar, pathname).toContain('Jam layanan › Jadwal mingguan › Sabtu › rentang 1: rentang 11.00–10.00 berakhir sebelum');
      // The link opens the field itself (the patched admin finds it by these labels).
      expect(bar, pathname).toContain(
        `<a href="/keystatic/singleton/jamLayanan#isian=${encodeURIComponent('Jadwal mingguan › Sabtu › rentang 1')}">Buka isian</a>`,
      );
      expect(bar, pathname).not.toContain('jadwal.sabtu');
    }
    // Only the person who saved is told; another editor's bar stays quiet.
    expect(await (await sari.fetch('/')).text()).not.toContain('Tersimpan, tetapi');
  });

  it('a later save that fixes the entry clears the note', async () => {
    expect((await eka.save([{ path: HOURS, contents: saturday('08.00', '12.00') }])).status).toBe(200);
    expect(await (await eka.fetch('/')).text()).not.toContain('Tersimpan, tetapi');
  });
});

describe('Panduan editor', () => {
  it('is linked from Beranda and describes the tasks in Indonesian', async () => {
    expect(await (await eka.fetch('/')).text()).toContain('<a href="/panduan">Baca Panduan editor</a>');
    const res = await eka.fetch('/panduan');
    expect(res.status).toBe(200);
    const page = await res.text();
    for (const heading of ['Mengubah konten', 'Memeriksa konten', 'Melihat dan membatalkan perubahan', 'Pratinjau', 'Menerbitkan']) {
      expect(page).toContain(`<h2>${heading}</h2>`);
    }
    expect(page).toContain('Urungkan perubahan ini');
  });
});
