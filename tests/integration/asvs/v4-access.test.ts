// OWASP ASVS 4.0.3 level 1, chapter V4 (access control), against the real editors' room:
// every decision is the server's, from the server's own record of who is signed in.
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRole } from '../../../src/admin-server/accounts/accounts.ts';
import { loadConfig } from '../../../src/admin-server/config.ts';
import { roomRoutes } from '../../../src/admin-server/room.ts';
import { base32Decode, codeAt, stepAt } from '../../../src/admin-server/accounts/totp.ts';
import { PASSWORD, type TestRoom } from '../../fixtures/admin-room.ts';
import { postUpdate, startRoomWith } from '../../fixtures/room-setups.ts';

let room: TestRoom;
beforeAll(async () => {
  room = await startRoomWith([
    ['eka', 'editor', 'Eka Editor'],
    ['putri', 'penerbit', 'Putri Penerbit'],
    ['ali', 'admin', 'Ali Admin'],
  ]);
});
afterAll(() => room?.stop());

describe('V4 access control', () => {
  it('V4.1.1 an editor who calls admin and penerbit actions directly is refused by the server', async () => {
    const eka = await room.login('eka');
    const promote = await eka.post('/akun/peran', { username: 'eka', role: 'admin' });
    expect(promote.status).toBe(403);
    expect(await promote.text()).toContain('Hanya admin yang boleh mengelola akun.');
    expect(room.room.accounts.find('eka')?.role).toBe('editor');
    const publish = await eka.post('/terbit', {});
    expect(publish.status).toBe(403);
    expect(await publish.text()).toContain('Hanya penerbit yang boleh menerbitkan');
  });

  it('V4.1.2 who and what role come from the server’s session, never from the request', async () => {
    await room.user('dewi', 'editor');
    const dewi = await room.login('dewi');
    dewi.cookies.set('peran', 'admin');
    dewi.cookies.set('role', 'admin');
    const res = await dewi.fetch('/akun', { headers: { 'x-role': 'admin', 'x-user': 'ali' } });
    expect(res.status).toBe(403);
    // A name in the form does not choose whose password changes.
    const next = 'bangku-panjang-ruang-tunggu';
    expect((await dewi.post('/sandi', { username: 'ali', current: PASSWORD, next, repeat: next }, { from: '/sandi' })).status).toBe(303);
    expect((await room.client().login('ali', PASSWORD)).status).toBe(303);
    expect((await room.client().login('dewi', next)).status).toBe(303);
  });

  it('V4.1.3 least privilege: each route is open only to the smallest role that needs it', () => {
    const needs = new Map(roomRoutes(room.config).map((r) => [`${r.method} ${r.path}`, r.access]));
    expect(needs.get('POST /terbit')).toBe('penerbit');
    expect(needs.get('POST /terbit/batal')).toBe('penerbit');
    for (const key of ['GET /akun', 'POST /akun/tambah', 'POST /akun/reset', 'POST /akun/peran', 'POST /akun/nonaktif']) {
      expect(needs.get(key), key).toBe('admin');
    }
    // Everything public is what a stranger must reach to sign in, and static files.
    const open = [...needs].filter(([, access]) => access === 'public').map(([key]) => key);
    expect(open.sort()).toEqual([
      'GET /favicon.svg',
      'GET /masuk',
      'GET /masuk/kode',
      'GET /ruang-sandi.js',
      'GET /ruang.css',
      'POST /masuk',
      'POST /masuk/kode',
    ]);
    expect(hasRole('editor', 'penerbit')).toBe(false);
  });

  it('V4.1.5 fails closed: an internal error answers a plain Indonesian 500 with no stack trace and no data', async () => {
    const eka = await room.login('eka');
    // History reads git; without the repository every history read throws.
    const git = path.join(room.config.contentRepo, '.git');
    const moved = `${git}-hilang`;
    renameSync(git, moved);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await eka.fetch('/riwayat');
      const body = await res.text();
      expect(res.status).toBe(500);
      expect(body).toContain('Terjadi kesalahan pada server ruang editor.');
      expect(body).not.toMatch(/\bat \S+ \(|node:internal|\/work\/|git /);
    } finally {
      console.error = original;
      renameSync(moved, git);
    }
    expect(errors.length).toBeGreaterThan(0);
  });

  it('V4.2.1 an editor cannot act on another person’s account', async () => {
    const eka = await room.login('eka');
    const ali = await room.login('ali');
    for (const [action, fields] of [
      ['/akun/reset', { username: 'ali', password: 'kursi-plastik-warna-biru' }],
      ['/akun/nonaktif', { username: 'ali' }],
    ] as const) {
      expect((await eka.post(action, fields)).status, action).toBe(403);
    }
    expect(room.room.accounts.find('ali')?.disabled).toBe(false);
    expect((await ali.fetch('/akun')).status).toBe(200);
  });

  it('V4.2.2 refuses cross-site requests: no Origin match or no form token, nothing written', async () => {
    const eka = await room.login('eka');
    const file = 'content/pengumuman/csrf-uji.mdoc';
    const body = JSON.stringify({ additions: [{ path: file, contents: Buffer.from('---\n').toString('base64url') }], deletions: [] });
    const save = await postUpdate(eka, body, { origin: 'https://situs-jahat.example' });
    expect(save.status).toBe(403);
    expect(existsSync(path.join(room.config.contentRepo, file))).toBe(false);
    const ali = await room.login('ali');
    const noToken = await ali.post('/akun/nonaktif', { username: 'eka' }, { token: 'token-palsu' });
    expect(noToken.status).toBe(403);
    expect(room.room.accounts.find('eka')?.disabled).toBe(false);
  });

  it('V4.3.1 admins must log in with a second step: a code from an authenticator app, each code once', async () => {
    expect(loadConfig({}, {}).secondStep).toBe('admin');
    const people = [['adi', 'admin', 'Adi Admin'] as const, ['eko', 'editor', 'Eko Editor'] as const];
    const strict = await startRoomWith(people, { overrides: { secondStep: 'admin' } });
    try {
      const adi = await strict.login('adi');
      // Until it is set up, an admin reaches only the set-up page, and Keystatic's API not at all.
      const gate = await adi.fetch('/akun');
      expect(gate.status).toBe(303);
      expect(gate.headers.get('location')).toBe('/dua-langkah?wajib=1');
      expect((await adi.fetch('/api/keystatic/tree?branch=main')).status).toBe(403);
      expect((await (await strict.login('eko')).fetch('/')).status).toBe(200);

      const setup = await (await adi.fetch('/dua-langkah?wajib=1')).text();
      expect(setup).toContain('Akun Anda wajib memakai verifikasi dua langkah.');
      const key = /<code class="key">([A-Z2-7 ]+)<\/code>/.exec(setup)?.[1] ?? '';
      const secret = base32Decode(key);
      if (!secret) throw new Error('no key on the set-up page');
      const codeNow = (offset = 0) => codeAt(secret, stepAt(Date.now()) + offset);
      expect(
        (await adi.post('/dua-langkah', { aksi: 'aktifkan', kode: '000000' === codeNow() ? '111111' : '000000' }, { from: '/dua-langkah' }))
          .status,
      ).toBe(400);
      expect((await adi.post('/dua-langkah', { aksi: 'aktifkan', kode: codeNow() }, { from: '/dua-langkah' })).status).toBe(303);
      expect((await adi.fetch('/akun')).status).toBe(200);

      // The password alone no longer opens a session.
      const thief = strict.client();
      const afterPassword = await thief.login('adi', PASSWORD);
      expect(afterPassword.headers.get('location')).toBe('/masuk/kode');
      expect((await thief.fetch('/akun')).status).toBe(303);
      const wrong = await thief.post('/masuk/kode', { kode: '123456' === codeNow(1) ? '654321' : '123456' }, { from: '/masuk/kode' });
      expect(wrong.status).toBe(401);
      expect(await wrong.text()).toContain('Sisa percobaan: 4.');
      // The owner's next code works once; the same code again is refused.
      const owner = strict.client();
      await owner.login('adi', PASSWORD);
      const code = codeNow(1);
      const inside = await owner.post('/masuk/kode', { kode: code }, { from: '/masuk/kode' });
      expect(inside.status).toBe(303);
      expect((await owner.fetch('/akun')).status).toBe(200);
      const replay = strict.client();
      await replay.login('adi', PASSWORD);
      expect((await replay.post('/masuk/kode', { kode: code }, { from: '/masuk/kode' })).status).toBe(401);
    } finally {
      await strict.stop();
    }
  });

  it('V4.3.2 no directory listing, and no repository or configuration file is served', async () => {
    const eka = await room.login('eka');
    for (const probe of [
      '/_ruang-ui/',
      '/.git/config',
      '/.git/HEAD',
      '/.env',
      '/_ruang-ui/../.git/config',
      '/api/keystatic/../../.git/HEAD',
    ]) {
      const res = await eka.fetch(probe);
      const body = await res.text();
      expect([403, 404], probe).toContain(res.status);
      expect(body, probe).not.toMatch(/\[core\]|ref: refs|Index of/);
    }
  });
});
