// Two editors, one entry, over HTTP: a save, rename, delete or Kembalikan based on an
// older version than the working copy is refused with who changed the entry and when,
// and the newer change stays in the file and in git. Kembalikan of a version pointing at
// an entry that no longer exists is refused like a delete that would leave it dangling.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../fixtures/admin-room.ts';
import { startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';

let room: TestRoom;
let eka: Client;
let rina: Client;
const git = (...args: string[]) => execFileSync('git', args, { cwd: room.config.contentRepo, encoding: 'utf8' }).trim();
const file = (rel: string) => readFileSync(path.join(room.config.contentRepo, rel), 'utf8');
const exists = (rel: string) => existsSync(path.join(room.config.contentRepo, rel));

beforeAll(async () => {
  room = await startTestRoom();
  await room.user('eka', 'editor', 'Eka Pratiwi');
  await room.user('rina', 'editor', 'Rina Editor');
  eka = await room.login('eka');
  rina = await room.login('rina');
});
afterAll(() => room?.stop());

describe('a save based on an older version is refused', () => {
  it('two editors open the same entry and both save: the second is refused naming the first, whose change is kept', async () => {
    const entry = 'content/layanan/paspor-hilang-rusak.yaml';
    const opened = file(entry);
    const ekaBase = await eka.baseOf([entry]);
    const rinaBase = await rina.baseOf([entry]);

    const first = await eka.save([{ path: entry, contents: opened.replace('dokumen: KK', 'dokumen: Kartu Keluarga') }], [], ekaBase);
    expect(first.status).toBe(200);
    const head = git('rev-parse', 'HEAD');

    const second = await rina.save([{ path: entry, contents: opened.replace('dokumen: KK', 'dokumen: KK terbaru') }], [], rinaBase);
    expect(second.status).toBe(409);
    const message = await second.text();
    expect(message).toMatch(
      /^Belum tersimpan: Layanan: Penggantian Paspor Hilang atau Rusak sudah diubah oleh Eka Pratiwi pada \d+ \w+ \d{4} \d\d\.\d\d WIB/,
    );
    expect(message).toContain('muat ulang halaman');
    expect(message).toContain(`/riwayat?entri=${encodeURIComponent(entry)}`);
    expect(file(entry)).toContain('dokumen: Kartu Keluarga');
    expect(file(entry)).not.toContain('KK terbaru');
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('log', '-1', '--format=%an')).toBe('Eka Pratiwi');
    expect(git('status', '--porcelain')).toBe('');
    // The refusal is kept for Periksa konten.
    expect(await (await rina.fetch('/periksa')).text()).toContain('sudah diubah oleh Eka Pratiwi');
  });

  it('changes to different fields of one entry are merged: both kept, committed under the second editor', async () => {
    const entry = 'content/gerai/dinkes.yaml';
    const opened = file(entry);
    const ekaBase = await eka.baseOf([entry]);
    const rinaBase = await rina.baseOf([entry]);
    expect((await eka.save([{ path: entry, contents: opened.replace(/^loket:.*$/m, 'loket: Loket 70') }], [], ekaBase)).status).toBe(200);
    const res = await rina.save(
      [{ path: entry, contents: opened.replace(/^deskripsi:.*$/m, 'deskripsi: Uraian baru dari Rina.') }],
      [],
      rinaBase,
    );
    expect(res.status).toBe(200);
    expect(file(entry)).toContain('loket: Loket 70');
    expect(file(entry)).toContain('deskripsi: Uraian baru dari Rina.');
    expect(git('log', '-1', '--format=%an|%s')).toMatch(
      /^Rina Editor\|Ubah gerai: .* — digabung dengan perubahan Eka Pratiwi pada kolom lain$/,
    );
    expect(git('status', '--porcelain')).toBe('');
  });

  it('an announcement whose title and body were changed by two editors keeps both', async () => {
    const entry = 'content/pengumuman/jadwal-layanan-akhir-tahun-2026.mdoc';
    const opened = file(entry);
    const ekaBase = await eka.baseOf([entry]);
    const rinaBase = await rina.baseOf([entry]);
    const title = opened.replace(/^judul:.*$/m, 'judul: Jadwal Akhir Tahun (diperbarui)');
    expect((await eka.save([{ path: entry, contents: title }], [], ekaBase)).status).toBe(200);
    const res = await rina.save([{ path: entry, contents: `${opened}\nTambahan dari Rina.\n` }], [], rinaBase);
    expect(res.status).toBe(200);
    expect(file(entry)).toBe(`${title}\nTambahan dari Rina.\n`);
  });

  it('a save that does not say which version it was based on is refused', async () => {
    const entry = 'content/gerai/pdam.yaml';
    const before = file(entry);
    const res = await eka.fetch('/api/keystatic/update', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'no-cors': '1' },
      body: JSON.stringify({ additions: [{ path: entry, contents: Buffer.from('nama: x\n').toString('base64url') }], deletions: [] }),
    });
    expect(res.status).toBe(428);
    expect(await res.text()).toBe('Belum tersimpan: versi dasar entri tidak terkirim. Muat ulang halaman Konten lalu simpan lagi.');
    expect(file(entry)).toBe(before);
  });

  it('creating an entry another editor created meanwhile is refused', async () => {
    const entry = 'content/gerai/gerai-uji.yaml';
    const sample = file('content/gerai/pos.yaml').replace('Pos Indonesia', 'Gerai Uji');
    expect((await eka.save([{ path: entry, contents: sample }])).status).toBe(200);
    const res = await rina.save([{ path: entry, contents: `${sample}loket: Loket 50\n` }], [], { [entry]: null });
    expect(res.status).toBe(409);
    expect(await res.text()).toMatch(/^Belum tersimpan: Gerai: Gerai Uji sudah ada/);
    expect(file(entry)).toBe(sample);
  });

  it('renaming an entry changed since it was opened is refused; both files stay as they were', async () => {
    const old = 'content/gerai/samsat.yaml';
    const renamed = 'content/gerai/samsat-baru.yaml';
    const base = await rina.baseOf([old, renamed]);
    const opened = file(old);
    expect((await eka.save([{ path: old, contents: opened.replace(/^loket:.*$/m, 'loket: Loket 30') }])).status).toBe(200);
    const changed = file(old);
    const res = await rina.save([{ path: renamed, contents: opened }], [{ path: old }], base);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('sudah diubah oleh Eka Pratiwi');
    expect(file(old)).toBe(changed);
    expect(exists(renamed)).toBe(false);
  });

  it('deleting an entry changed since it was opened is refused; the entry stays', async () => {
    const entry = 'content/gerai/taspen.yaml';
    const base = await rina.baseOf([entry]);
    expect((await eka.save([{ path: entry, contents: file(entry).replace(/^loket:.*$/m, 'loket: Loket 31') }])).status).toBe(200);
    const head = git('rev-parse', 'HEAD');
    const res = await rina.save([], [{ path: entry }], base);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('sudah diubah oleh Eka Pratiwi');
    expect(file(entry)).toContain('loket: Loket 31');
    expect(git('rev-parse', 'HEAD')).toBe(head);
  });

  it('Kembalikan from a Riwayat page opened before another change is refused, naming who changed it', async () => {
    const entry = 'content/gerai/kemenag.yaml';
    expect((await eka.save([{ path: entry, contents: file(entry).replace(/^loket:.*$/m, 'loket: Loket 40') }])).status).toBe(200);
    const page = await (await rina.fetch(`/riwayat?entri=${encodeURIComponent(entry)}`)).text();
    const ask = /href="(\/riwayat\/kembalikan\?[^"]+)"/.exec(page)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const confirm = await (await rina.fetch(ask)).text();
    const form =
      /name="commit" value="([0-9a-f]+)"><input type="hidden" name="file" value="[^"]+"><input type="hidden" name="arah" value="[a-z]+"><input type="hidden" name="base" value="([0-9a-f]*)">/.exec(
        confirm,
      );
    expect(form).not.toBeNull();
    expect((await eka.save([{ path: entry, contents: file(entry).replace(/^loket:.*$/m, 'loket: Loket 41') }])).status).toBe(200);
    const head = git('rev-parse', 'HEAD');
    const token = await rina.token(`/riwayat?entri=${encodeURIComponent(entry)}`);
    const res = await rina.post('/riwayat/kembalikan', { commit: form?.[1] ?? '', file: entry, base: form?.[2] ?? '' }, { token });
    expect(res.status).toBe(409);
    expect(await res.text()).toMatch(
      /Gerai: [^<]+ sudah diubah oleh Eka Pratiwi pada \d+ \w+ \d{4} \d\d\.\d\d WIB setelah halaman Riwayat ini dibuka/,
    );
    expect(file(entry)).toContain('loket: Loket 41');
    expect(git('rev-parse', 'HEAD')).toBe(head);
  });
});

describe('Kembalikan checks references', () => {
  it('refuses to restore a version that points at a gerai deleted since, committing nothing', async () => {
    const gerai = 'content/gerai/gerai-sementara.yaml';
    const service = 'content/layanan/uji-kir.yaml';
    const original = file(service);
    expect(
      (await eka.save([{ path: gerai, contents: file('content/gerai/pos.yaml').replace('Pos Indonesia', 'Gerai Sementara') }])).status,
    ).toBe(200);
    expect((await eka.save([{ path: service, contents: original.replace('gerai: dishub', 'gerai: gerai-sementara') }])).status).toBe(200);
    const pointing = git('rev-parse', 'HEAD');
    expect((await eka.save([{ path: service, contents: original }])).status).toBe(200);
    expect((await eka.save([], [{ path: gerai }])).status).toBe(200);
    const head = git('rev-parse', 'HEAD');

    const from = `/riwayat?entri=${encodeURIComponent(service)}`;
    const res = await eka.post('/riwayat/kembalikan', { commit: pointing, file: service, base: git('hash-object', service) }, { from });
    expect(res.status).toBe(409);
    expect(await res.text()).toMatch(
      /tidak dapat dikembalikan ke versi \d+ \w+ \d{4} \d\d\.\d\d WIB karena versi itu merujuk entri yang sudah tidak ada: Gerai: Gerai \(gerai-sementara\)/,
    );
    expect(file(service)).toBe(original);
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('status', '--porcelain')).toBe('');
  });
});
