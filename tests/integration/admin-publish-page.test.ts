// Terbitkan speaks the editors' language: what waits to be published, by whom and when, in
// names; no version hashes, release folders or usernames; Terbitkan and Batalkan terbitan
// ask first; after a rollback the page says the public site is older than the saved
// content; the preview says which saved version it shows and when it is stale.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../fixtures/admin-room.ts';
import { startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';
import { memoryPublisher } from '../fixtures/memory-publisher.ts';

let room: TestRoom;
let eka: Client;
let putri: Client;
const git = (...args: string[]) => execFileSync('git', args, { cwd: room.config.contentRepo, encoding: 'utf8' }).trim();
const file = (rel: string) => readFileSync(path.join(room.config.contentRepo, rel), 'utf8');
const main = async (client: Client, pathname: string) =>
  /<main[^>]*>([\s\S]*)<\/main>/.exec(await (await client.fetch(pathname)).text())?.[1] ?? '';

// Releases and the log in memory; builds finish at once (or fail with `fake.failWith`).
const fake = memoryPublisher();
const releases = fake.releases();

beforeAll(async () => {
  room = await startTestRoom({ publisher: fake });
  await room.user('eka', 'editor', 'Eka Pratiwi');
  await room.user('putri', 'penerbit', 'Putri Penerbit');
  eka = await room.login('eka');
  putri = await room.login('putri');
});
afterAll(() => room?.stop());

const editGerai = (text: string) => {
  const entry = 'content/gerai/pos.yaml';
  return eka.save([{ path: entry, contents: file(entry).replace(/^deskripsi:.*$/m, `deskripsi: ${text}`) }]);
};

describe('Terbitkan in words', () => {
  it('before anything: no empty log headings, no preview link, all saved changes waiting', async () => {
    const page = await main(eka, '/terbit');
    expect(page).toContain('Situs publik belum pernah diterbitkan');
    expect(page).toMatch(/Menunggu terbit: \d+ perubahan/);
    expect(page).toContain('Belum ada terbitan.');
    expect(page).not.toContain('<thead>');
    expect(page).not.toContain('Buka pratinjau');
    expect(page).not.toContain(git('rev-parse', '--short', 'HEAD'));
  });

  it('Terbitkan asks first, listing who changed what; nothing is published until confirmed', async () => {
    const token = await putri.token('/terbit');
    expect((await putri.post('/terbit', {}, { token })).status).toBe(303);
    expect((await editGerai('Perubahan satu')).status).toBe(200);
    expect((await editGerai('Perubahan dua')).status).toBe(200);
    const page = await main(putri, '/terbit');
    expect(page).toContain('Menunggu terbit: 2 perubahan');
    expect(page).toMatch(/\d+ \w+ \d{4} \d\d\.\d\d WIB — Eka Pratiwi: Ubah gerai: /);
    expect(page).toMatch(/Situs publik menampilkan terbitan [^<]+ oleh Putri Penerbit\./);
    expect(page).not.toMatch(/[0-9a-f]{7}/);
    expect(page).not.toContain('20261206T');
    expect(page).not.toMatch(/>putri</);
    expect(page).toContain('href="/terbit/yakin"');
    const confirm = await main(putri, '/terbit/yakin');
    expect(confirm).toContain('2 perubahan berikut akan tayang di situs publik:');
    expect(confirm).toContain('Ya, terbitkan');
    expect(releases).toHaveLength(1);
  });

  it('after Batalkan terbitan (confirmed), says the public site is older and what the next Terbitkan brings back', async () => {
    const token = await putri.token('/terbit');
    expect((await putri.post('/terbit', {}, { token })).status).toBe(303);
    const confirm = await main(putri, '/terbit/batal/yakin');
    expect(confirm).toMatch(/Situs publik kembali ke terbitan [^<]+ oleh Putri Penerbit/);
    expect(confirm).toMatch(/Eka Pratiwi: Ubah gerai: /);
    expect(confirm).toContain('Ya, batalkan terbitan');
    expect((await putri.post('/terbit/batal', {}, { token })).status).toBe(303);
    const page = await main(putri, '/terbit');
    expect(page).toMatch(
      /Terbitan terakhir dibatalkan pada [^<]+ oleh Putri Penerbit: situs publik sekarang lebih lama daripada konten tersimpan\./,
    );
    expect(page).toContain('Terbitkan berikutnya akan menerbitkan lagi 2 perubahan di bawah');
  });

  it('the preview says which saved version it shows, and that it is stale after a save', async () => {
    expect((await eka.post('/pratinjau', {}, { from: '/terbit' })).status).toBe(303);
    await new Promise((resolve) => setTimeout(resolve, 50));
    let page = await main(eka, '/terbit');
    expect(page).toMatch(
      /Pratinjau menampilkan konten tersimpan per [^<]+ \(perubahan terakhir oleh Eka Pratiwi\); dibuat [^<]+ oleh Eka Pratiwi\./,
    );
    expect(page).toContain('Pratinjau sudah memuat semua perubahan tersimpan.');
    expect(page).toContain('Buka pratinjau');
    expect((await editGerai('Perubahan tiga')).status).toBe(200);
    page = await main(eka, '/terbit');
    expect(page).toContain('Pratinjau sudah usang: ada 1 perubahan sejak pratinjau dibuat.');
    expect(page).toContain('Perbarui pratinjau');
    // Opening a stale preview rebuilds it first, with progress; a fresh one opens at once.
    const calls = fake.progress()?.startedAt;
    const stale = await eka.post('/pratinjau', { buka: '1' }, { from: '/terbit' });
    expect(stale.headers.get('location')).toBe('/terbit/proses');
    expect(fake.progress()?.startedAt).not.toBe(calls);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const fresh = await eka.post('/pratinjau', { buka: '1' }, { from: '/terbit' });
    expect(fresh.headers.get('location')).toBe('/pratinjau/');
    expect(await main(eka, '/terbit')).toContain('Pratinjau sudah memuat semua perubahan tersimpan.');
  });
});

describe('a failed build, as editors read it', () => {
  it('names a content error in the CMS labels with a link, never the file and field path', async () => {
    // The publisher's lines, exactly as its content check prints them (publish/build.ts).
    fake.failWith = [
      'Konten tidak valid; situs yang tayang tidak diubah.',
      'Konten tidak valid (1 kesalahan). Perbaiki lalu jalankan build lagi:',
      '- content/jam-layanan.yaml › jadwal.sabtu[2]: rentang 11.00–10.00 berakhir sebelum atau tepat saat dimulai',
    ];
    expect((await eka.post('/pratinjau', {}, { from: '/terbit' })).status).toBe(303);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const page = await main(eka, '/terbit/proses');
    fake.failWith = null;
    expect(page).toContain('Jam layanan › Jadwal mingguan › Sabtu › rentang 2: rentang 11.00–10.00 berakhir sebelum');
    expect(page).toContain(
      `<a href="/keystatic/singleton/jamLayanan#isian=${encodeURIComponent('Jadwal mingguan › Sabtu › rentang 2')}">Buka di Konten</a>`,
    );
    expect(page).toContain('Perbaiki di Konten, lalu tekan Terbitkan lagi:');
    expect(page).not.toContain('jadwal.sabtu');
    expect(page).not.toContain('content/jam-layanan.yaml');
  });
});
