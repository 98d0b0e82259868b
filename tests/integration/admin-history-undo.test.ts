// Riwayat never surprises: every change reads with its values before and after, under the
// person's name; "Urungkan perubahan ini" and "Kembalikan ke versi ini" ask first on a page
// naming what will change, and only the confirmation writes; all history pages through.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestRoom } from '../fixtures/admin-room.ts';
import { startTwoEditors } from '../fixtures/room-setups.ts';

const HOURS = 'content/jam-layanan.yaml';
let room: TestRoom;
let eka: Client;
let sari: Client;
let file: (rel: string) => string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: room.config.contentRepo, encoding: 'utf8' }).trim();
const saturday = (ranges: string) => file(HOURS).replace(/^ {2}sabtu:.*(\n {4}.*)*$/m, `  sabtu:${ranges}`);
const range = (from: string, to: string) => `\n    - mulai: '${from}'\n      selesai: '${to}'`;
const links = (page: string) =>
  [...page.matchAll(/href="(\/riwayat\/kembalikan\?[^"]+)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
const fields = (page: string) =>
  Object.fromEntries([...page.matchAll(/<input type="hidden" name="([a-z_]+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]));

beforeAll(async () => {
  ({ room, eka, sari, file } = await startTwoEditors());
});
afterAll(() => room?.stop());

describe('Riwayat in words', () => {
  it('shows each change with its values before and after, under names, never addresses', async () => {
    expect((await eka.save([{ path: HOURS, contents: saturday(range('08.00', '15.00')) }])).status).toBe(200);
    expect((await sari.save([{ path: HOURS, contents: saturday(range('08.00', '12.00')) }])).status).toBe(200);
    const page = await (await eka.fetch(`/riwayat?entri=${encodeURIComponent(HOURS)}`)).text();
    expect(page).toContain('Jadwal mingguan › Sabtu: 08.00–15.00 → 08.00–12.00');
    expect(page).toContain('Jadwal mingguan › Sabtu: (kosong) → 08.00–15.00');
    expect(page).toContain('Sari Wulandari');
    expect(page).not.toContain('@mpp.invalid');
  });
});

describe('Urungkan perubahan ini', () => {
  it('asks first, naming what will change, and writes nothing until confirmed', async () => {
    const head = git('rev-parse', 'HEAD');
    const page = await (await eka.fetch(`/riwayat?entri=${encodeURIComponent(HOURS)}`)).text();
    const undo = links(page).find((l) => l.includes('arah=urungkan') && l.includes(head));
    expect(undo).toBeTruthy();
    const confirm = await (await eka.fetch(undo ?? '')).text();
    expect(confirm).toContain('Urungkan perubahan?');
    expect(confirm).toMatch(/seperti sebelum perubahan oleh Sari Wulandari pada \d+ \w+ \d{4} \d\d\.\d\d WIB/);
    expect(confirm).toContain('Jadwal mingguan › Sabtu: 08.00–12.00 → 08.00–15.00');
    expect(confirm).toContain('Ya, urungkan');
    expect(git('rev-parse', 'HEAD')).toBe(head);

    const res = await eka.post('/riwayat/kembalikan', fields(confirm), { token: fields(confirm)._csrf });
    expect(res.status).toBe(303);
    expect(file(HOURS)).toBe(`${git('show', `${head}~1:${HOURS}`)}\n`);
    expect(git('log', '-1', '--format=%an|%s')).toMatch(
      /^Eka Pratiwi\|Urungkan perubahan Sari Wulandari pada \d+ \w+ \d{4} \d\d\.\d\d WIB: jam layanan$/,
    );
    const after = await (await eka.fetch(res.headers.get('location') ?? '')).text();
    expect(after).toMatch(/Perubahan oleh Sari Wulandari pada [^<]+ di jam layanan diurungkan\./);
  });

  it('Kembalikan ke versi ini also asks first, naming what will change', async () => {
    const head = git('rev-parse', 'HEAD');
    const page = await (await eka.fetch(`/riwayat?entri=${encodeURIComponent(HOURS)}`)).text();
    const back = links(page).find((l) => l.includes('arah=versi'));
    const confirm = await (await eka.fetch(back ?? '')).text();
    expect(confirm).toContain('Kembalikan ke versi ini?');
    expect(confirm).toContain('Ya, kembalikan');
    expect(confirm).toMatch(/Jadwal mingguan › Sabtu: [0-9.–]+ → /);
    expect(git('rev-parse', 'HEAD')).toBe(head);
  });

  it('an undo of the change that created an entry deletes it, only after asking', async () => {
    const created = 'content/libur/uji-urungkan.yaml';
    const sample = git('ls-files', 'content/libur').split('\n')[0] ?? '';
    expect((await eka.save([{ path: created, contents: file(sample) }])).status).toBe(200);
    const page = await (await eka.fetch(`/riwayat?entri=${encodeURIComponent(created)}`)).text();
    const confirm = await (await eka.fetch(links(page).find((l) => l.includes('arah=urungkan')) ?? '')).text();
    expect(confirm).toContain('Entri ini akan dihapus (belum ada sebelum perubahan itu).');
    expect(file(created)).toBeTruthy();
    expect((await eka.post('/riwayat/kembalikan', fields(confirm), { token: fields(confirm)._csrf })).status).toBe(303);
    expect(git('ls-files', created)).toBe('');
  });
});

describe('all history', () => {
  it('pages through every change, and "dan N perubahan lain" opens the whole change', async () => {
    const entry = 'content/gerai/pos.yaml';
    const original = file(entry);
    for (let i = 0; i < 32; i++) {
      writeFileSync(path.join(room.config.contentRepo, entry), `${original}uji: ${i}\n`);
      git('-c', 'user.name=Uji', '-c', 'user.email=uji@mpp.invalid', 'commit', '-qam', `Ubah gerai ${i}`);
    }
    const first = await (await eka.fetch('/riwayat')).text();
    expect(first).not.toContain('Konten awal');
    const older = /href="(\/riwayat\?halaman=2)">Perubahan lebih lama</.exec(first)?.[1];
    expect(older).toBeTruthy();
    const second = await (await eka.fetch(older ?? '')).text();
    expect(second).toContain('Konten awal');
    expect(second).toContain('Perubahan lebih baru');
    const initial = git('rev-list', '--max-parents=0', 'HEAD');
    const more = new RegExp(`href="/riwayat\\?versi=${initial}">dan (\\d+) perubahan lain: lihat semua<`).exec(second);
    expect(more).not.toBeNull();
    const whole = await (await eka.fetch(`/riwayat?versi=${initial}`)).text();
    const listed = [...whole.matchAll(/<li><a href="\/riwayat\?entri=/g)].length;
    expect(listed).toBe(10 + Number(more?.[1]));
  }, 60_000);
});
