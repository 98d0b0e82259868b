// After IT staff update the code, the editors' room holds content written for the first
// release: Beranda tells admins "Konten perlu diperbarui ke versi baru", publishing waits,
// one click (admin only, with the form token) migrates as one commit in Riwayat, Keystatic
// keeps saving beside content/model.yaml, and the update can be undone as a new commit.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublisher } from '../../src/admin-server/publish/index.ts';
import type { Publisher } from '../../src/admin-server/publish/types.ts';
import { CONTENT_V1 } from '../fixtures/content-copies.ts';
import type { Client } from '../fixtures/admin-room.ts';
import { startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';

const KTP = 'content/layanan/ktp-el.yaml';
let room: TestRoom;
let publisher: Publisher;
let releases: string;
let ali: Client;
let eka: Client;
const git = (...args: string[]) => execFileSync('git', args, { cwd: room.config.contentRepo, encoding: 'utf8' }).trim();
const file = (rel: string) => readFileSync(path.join(room.config.contentRepo, rel), 'utf8');
const home = async (client: Client) => (await client.fetch('/')).text();

beforeAll(async () => {
  process.env.MPP_TODAY = '2026-11-23';
  releases = mkdtempSync(path.join(os.tmpdir(), 'mpp-rilis-'));
  room = await startTestRoom({
    content: CONTENT_V1,
    publisher: (config) => {
      publisher = createPublisher({
        projectRoot: config.projectRoot,
        contentRepo: config.contentRepo,
        releasesDir: path.join(releases, 'rilis'),
        liveLink: path.join(releases, 'live'),
        previewDir: path.join(releases, 'pratinjau'),
      });
      return publisher;
    },
  });
  await room.user('ali', 'admin', 'Ali Admin');
  await room.user('eka', 'editor', 'Eka Editor');
  ali = await room.login('ali');
  eka = await room.login('eka');
});
afterAll(async () => {
  await room?.stop();
  rmSync(releases, { recursive: true, force: true });
});

describe('content written for an older release', () => {
  it('is announced on Beranda to admins with the update button, and to editors without it', async () => {
    const page = await home(ali);
    expect(page).toContain('Konten perlu diperbarui ke versi baru');
    expect(page).toMatch(/action="\/konten\/perbarui"/);
    const editorPage = await home(eka);
    expect(editorPage).toContain('Konten perlu diperbarui ke versi baru');
    expect(editorPage).not.toMatch(/action="\/konten\/perbarui"/);
    expect(editorPage).toContain('Minta admin ruang editor');
  });

  it('is not published: the publisher refuses in Indonesian before building', async () => {
    const outcome = await publisher.publish(await room.room.repo.head(), 'ali');
    expect(outcome.ok).toBe(false);
    expect(outcome.messages.join('\n')).toMatch(/^Terbit menunggu: konten perlu diperbarui ke versi baru.*npm run migrate-content/s);
    expect(existsSync(path.join(releases, 'live'))).toBe(false);
  });

  it('V4.1.1 refuses the update to an editor (403) and writes nothing', async () => {
    const head = await room.room.repo.head();
    const res = await eka.post('/konten/perbarui', {});
    expect(res.status).toBe(403);
    expect(await room.room.repo.head()).toBe(head);
  });

  it('V4.2.2 refuses the update without the form token (403) and writes nothing', async () => {
    const head = await room.room.repo.head();
    const res = await ali.post('/konten/perbarui', {}, { token: 'salah' });
    expect(res.status).toBe(403);
    expect(await room.room.repo.head()).toBe(head);
    expect(file(KTP)).toContain('teks: 1 hari kerja bila blangko tersedia');
  });
});

describe('one-click update', () => {
  it('migrates as one commit by the admin, listed in Riwayat, and the notice is gone', async () => {
    const before = git('rev-list', '--count', 'HEAD');
    const res = await ali.post('/konten/perbarui', {});
    expect(res.status).toBe(303);
    expect(decodeURIComponent(res.headers.get('location') ?? '')).toMatch(/Konten diperbarui: \d+ berkas/);
    expect(Number(git('rev-list', '--count', 'HEAD'))).toBe(Number(before) + 1);
    expect(git('log', '-1', '--format=%an|%s')).toMatch(/^Ali Admin\|Pembaruan konten ke model versi 4: \d+ berkas$/);
    expect(git('status', '--porcelain')).toBe('');
    expect(file('content/model.yaml')).toMatch(/^versi: 4$/m);
    expect(file(KTP)).toContain('keterangan: bila blangko tersedia');
    const history = await (await ali.fetch('/riwayat')).text();
    expect(history).toContain('Pembaruan konten ke model versi 4');
    const page = await home(ali);
    expect(page).not.toContain('Konten perlu diperbarui ke versi baru');
    expect(page).toContain('Batalkan pembaruan konten');
    const check = await (await ali.fetch('/periksa')).text();
    expect(check).toContain('Konten valid');
  });

  it('keeps Keystatic saving entries beside content/model.yaml, which it leaves alone', async () => {
    const model = file('content/model.yaml');
    const after = file(KTP).replace('dokumen: Kartu Keluarga (KK)', 'dokumen: Kartu Keluarga (KK) terbaru');
    const res = await eka.save([{ path: KTP, contents: after }]);
    expect(res.status).toBe(200);
    expect(file(KTP)).toBe(after);
    expect(file('content/model.yaml')).toBe(model);
    const tree = await eka.fetch('/api/keystatic/tree', { headers: { 'no-cors': '1' } });
    expect(tree.status).toBe(200);
  });

  it('undoes the update as a new commit (old files back, notice back), and updates again', async () => {
    const migration = git('log', '--format=%H', '--grep=^Pembaruan konten', '-1');
    const res = await ali.post('/konten/perbarui/batal', { commit: migration });
    expect(res.status).toBe(303);
    expect(git('log', '-1', '--format=%s')).toMatch(/^Pembatalan: Pembaruan konten ke model versi 4/);
    expect(existsSync(path.join(room.config.contentRepo, 'content/model.yaml'))).toBe(false);
    expect(file(KTP)).toContain('teks: 1 hari kerja bila blangko tersedia');
    // The editor's later save is kept: only the migration's own changes are undone.
    expect(file(KTP)).toContain('Kartu Keluarga (KK) terbaru');
    expect(await home(ali)).toContain('Konten perlu diperbarui ke versi baru');
    expect((await ali.post('/konten/perbarui', {})).status).toBe(303);
    expect(file('content/model.yaml')).toMatch(/^versi: 4$/m);
  });

  it('offers the update again after Kembalikan puts an entry back to its version from before the update', async () => {
    const migration = git('log', '--format=%H', '--grep=^Pembaruan konten', '-1');
    const restore = await ali.post(
      '/riwayat/kembalikan',
      { commit: git('rev-parse', `${migration}~1`), file: KTP, base: git('hash-object', KTP) },
      { from: '/riwayat' },
    );
    expect(restore.status).toBe(303);
    expect(file(KTP)).toContain('teks: 1 hari kerja bila blangko tersedia');
    const page = await home(ali);
    expect(page).toContain('Konten perlu diperbarui ke versi baru');
    expect(page).toMatch(/1 berkas masih berformat lama.*layanan\/ktp-el\.yaml/);
    expect((await ali.post('/konten/perbarui', {})).status).toBe(303);
    expect(git('log', '-1', '--format=%s')).toBe('Pembaruan konten ke model versi 4: 1 berkas');
    expect(file(KTP)).toContain('keterangan: bila blangko tersedia');
  });
});
