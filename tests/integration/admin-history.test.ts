// Saves through the room's Keystatic API become commits by the logged-in editor with a
// plain Indonesian message; Riwayat names the changed fields; Kembalikan restores; deleting
// a gerai that services use is refused before anything is written; renaming it rewrites
// the references in the same commit; the check panel names bad input the CMS's way.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildOutcome, BuildProgress, Publisher } from '../../src/admin-server/publish/types.ts';
import type { Client } from '../fixtures/admin-room.ts';
import { startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';

const SERVICE = 'content/layanan/paspor-hilang-rusak.yaml';

let room: TestRoom;
let eka: Client;
const git = (...args: string[]) => execFileSync('git', args, { cwd: room.config.contentRepo, encoding: 'utf8' }).trim();
const file = (rel: string) => readFileSync(path.join(room.config.contentRepo, rel), 'utf8');

// A publisher that records calls and finishes when told to (the real one is tested in publish-*.test.ts).
const calls: string[] = [];
let progress: BuildProgress | null = null;
let finish: (() => void) | null = null;
const fake: Publisher = {
  preview: (commit, actor) => run('pratinjau', commit, actor),
  publish: (commit, actor) => run('terbit', commit, actor),
  rollback: (actor) => run('batal', '', actor),
  rebuildLive: (actor) => run('jadwal', '', actor),
  releases: () => [],
  log: () => [],
  progress: () => progress,
};
function run(kind: BuildProgress['kind'], commit: string, actor: string): Promise<BuildOutcome> {
  calls.push(`${kind} ${commit} ${actor}`);
  progress = { kind, stage: 'membangun', commit, actor, startedAt: new Date().toISOString() };
  return new Promise((resolve) => {
    finish = () => {
      const outcome = { ok: false, messages: ['Konten tidak valid (1 kesalahan).'], durationMs: 5 };
      if (progress) progress = { ...progress, stage: 'gagal', outcome };
      resolve(outcome);
    };
  });
}

beforeAll(async () => {
  room = await startTestRoom({ publisher: fake });
  await room.user('eka', 'editor', 'Eka Pratiwi');
  await room.user('putri', 'penerbit', 'Putri Penerbit');
  eka = await room.login('eka');
});
afterAll(() => room?.stop());

describe('saves become commits', () => {
  it('commits a Keystatic save as the editor, with the entry named in plain words', async () => {
    const before = file(SERVICE);
    const after = before.replace('dokumen: KK', 'dokumen: Kartu Keluarga asli');
    const res = await eka.save([{ path: SERVICE, contents: after }]);
    expect(res.status).toBe(200);
    expect(Array.isArray(await res.json())).toBe(true);
    expect(file(SERVICE)).toBe(after);
    expect(git('log', '-1', '--format=%an <%ae>|%s')).toBe(
      'Eka Pratiwi <eka@mpp.invalid>|Ubah layanan: Penggantian Paspor Hilang atau Rusak',
    );
    expect(git('status', '--porcelain')).toBe('');
  });

  it('never interleaves two saves sent at once: two commits, each with its own file', async () => {
    const a = 'content/gerai/pos.yaml';
    const b = 'content/gerai/pdam.yaml';
    const [ra, rb] = await Promise.all([
      eka.save([{ path: a, contents: file(a).replace(/^deskripsi:.*$/m, 'deskripsi: Satu') }]),
      eka.save([{ path: b, contents: `${file(b)}loket: Loket 9\n` }]),
    ]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    const subjects = git('log', '-2', '--name-only', '--format=%s').split('\n').filter(Boolean);
    expect(subjects.filter((l) => l.startsWith('Ubah gerai:'))).toHaveLength(2);
    expect(subjects.filter((l) => l === a || l === b)).toHaveLength(2);
  });

  it('shows the change on Riwayat under the editor with the changed fields, and Kembalikan restores it', async () => {
    const original = execFileSync('git', ['show', `HEAD~3:${SERVICE}`], { cwd: room.config.contentRepo, encoding: 'utf8' });
    const page = await (await eka.fetch(`/riwayat?entri=${encodeURIComponent(SERVICE)}`)).text();
    expect(page).toContain('Eka Pratiwi');
    expect(page).toContain('Ubah layanan: Penggantian Paspor Hilang atau Rusak');
    expect(page).toContain('Persyaratan › butir 2 › Dokumen');

    const first = git('rev-list', '--max-parents=0', 'HEAD');
    const res = await eka.post(
      '/riwayat/kembalikan',
      { commit: first, file: SERVICE, base: git('hash-object', SERVICE) },
      { from: `/riwayat?entri=${encodeURIComponent(SERVICE)}` },
    );
    expect(res.status).toBe(303);
    expect(file(SERVICE)).toBe(original);
    expect(git('log', '-1', '--format=%an|%s')).toMatch(
      /^Eka Pratiwi\|Kembalikan layanan: Penggantian Paspor Hilang atau Rusak ke versi \d+ \w+ \d{4} \d\d\.\d\d WIB$/,
    );
  });
});

describe('reference safety', () => {
  it('refuses to delete a gerai that services use, writing nothing, and lists them in Indonesian', async () => {
    const head = git('rev-parse', 'HEAD');
    const res = await eka.save([], [{ path: 'content/gerai/imigrasi.yaml' }]);
    expect(res.status).toBe(409);
    const text = await res.text();
    expect(text).toMatch(/^Gerai: Imigrasi tidak dapat dihapus karena masih dipakai oleh: .*Layanan: Penggantian Paspor Hilang atau Rusak/);
    expect(file('content/gerai/imigrasi.yaml')).toBeTruthy();
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(await (await eka.fetch('/periksa')).text()).toContain('tidak dapat dihapus karena masih dipakai oleh');
  });

  it('renaming a gerai slug rewrites every service that uses it, in the same commit', async () => {
    const old = 'content/gerai/pos.yaml';
    const users = git('grep', '-l', '^gerai: pos$', '--', 'content/layanan').split('\n');
    expect(users.length).toBeGreaterThan(0);
    const res = await eka.save([{ path: 'content/gerai/pos-indonesia.yaml', contents: file(old) }], [{ path: old }]);
    expect(res.status).toBe(200);
    for (const user of users) expect(file(user)).toMatch(/^gerai: pos-indonesia$/m);
    const changed = git('show', '--name-only', '--format=%s', 'HEAD').split('\n');
    expect(changed[0]).toMatch(/^Ganti nama gerai: .* — rujukan di \d+ entri diperbarui — alamat lama dialihkan$/);
    expect(changed).toEqual(expect.arrayContaining([...users, 'content/pengalihan.yaml']));
    // The old public address keeps working: the build turns this into a redirect page.
    expect(file('content/pengalihan.yaml')).toBe('pengalihan:\n  - dari: /gerai/pos/\n    ke: /gerai/pos-indonesia/\n');
    expect(git('status', '--porcelain')).toBe('');
  });
});

describe('checks while editing', () => {
  it('names a bad save on Periksa konten by the CMS labels, with a link to the field in its entry', async () => {
    const jam = 'content/jam-layanan.yaml';
    const bad = file(jam).replace(
      /sabtu:[\s\S]*?(?=\n\s*minggu:)/,
      "sabtu:\n    - mulai: '08.00'\n      selesai: '12.00'\n    - mulai: '13.00'\n      selesai: '11.00'",
    );
    expect((await eka.save([{ path: jam, contents: bad }])).status).toBe(200);
    const page = await (await eka.fetch('/periksa')).text();
    expect(page).toContain(
      'Jam layanan › Jadwal mingguan › Sabtu › rentang 2: rentang 13.00–11.00 berakhir sebelum atau tepat saat dimulai',
    );
    expect(page).toContain('href="/keystatic/singleton/jamLayanan#isian=Jadwal%20mingguan%20%E2%80%BA%20Sabtu%20%E2%80%BA%20rentang%202"');
  });
});

describe('publish routes', () => {
  it('starts a publish of HEAD as the penerbit, refuses a second build with 409, and shows the failure messages', async () => {
    const putri = await room.login('putri');
    const token = await putri.token('/terbit');
    const res = await putri.post('/terbit', {}, { token });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/terbit/proses');
    expect(calls.at(-1)).toBe(`terbit ${git('rev-parse', 'HEAD')} putri`);
    const running = await (await putri.fetch('/terbit/proses')).text();
    expect(running).toContain('http-equiv="refresh"');
    expect((await putri.post('/terbit', {}, { token })).status).toBe(409);
    expect((await eka.post('/pratinjau', {}, { from: '/terbit' })).status).toBe(409);
    finish?.();
    await new Promise((r) => setTimeout(r, 50));
    const done = await (await putri.fetch('/terbit/proses')).text();
    expect(done).not.toContain('http-equiv="refresh"');
    expect(done).toContain('Konten tidak valid (1 kesalahan).');
  });
});

describe('notices on Riwayat', () => {
  it('V5.1.3 shows only notices the room itself names, never text from the address', async () => {
    const forged = encodeURIComponent('Akun Anda diblokir; hubungi 0812-xxxx');
    for (const query of [`ok=${forged}`, 'ok=dikembalikan&versi=deadbeef', `ok=dikembalikan&versi=${forged}`]) {
      const page = await (await eka.fetch(`/riwayat?entri=${encodeURIComponent(SERVICE)}&${query}`)).text();
      expect(page, query).not.toContain('role="status"');
      expect(page, query).not.toContain('diblokir');
    }
    expect(await (await eka.fetch(`/riwayat?entri=${encodeURIComponent(SERVICE)}&ok=sama`)).text()).toContain(
      'Entri sudah sama dengan versi itu; tidak ada yang dikembalikan.',
    );
  });
});
