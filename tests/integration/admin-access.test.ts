// The editors' room refuses everything to strangers: every route of the one route table is
// tried without a session and with too small a role; cross-origin and token-less posts are
// refused; repeated wrong passwords are throttled; sessions rotate and end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRole } from '../../src/admin-server/accounts/accounts.ts';
import type { Route } from '../../src/admin-server/context.ts';
import { roomRoutes } from '../../src/admin-server/room.ts';
import { Client, startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';

let room: TestRoom;
beforeAll(async () => {
  room = await startTestRoom();
  await room.user('eka', 'editor', 'Eka Editor');
  await room.user('putri', 'penerbit', 'Putri Penerbit');
  await room.user('ali', 'admin', 'Ali Admin');
});
afterAll(() => room?.stop());

const routes = () => roomRoutes(room.config);
// A concrete path for a route (prefix routes get a sub-path).
const pathOf = (r: Route) => (r.prefix ? `${r.path.replace(/\/$/, '')}/contoh` : r.path);
const request = (client: Client, r: Route, token = 'salah') =>
  r.method === 'GET'
    ? client.fetch(pathOf(r))
    : client.fetch(pathOf(r), {
        method: 'POST',
        headers: { 'content-type': r.rawBody ? 'application/json' : 'application/x-www-form-urlencoded', 'no-cors': '1' },
        body: r.rawBody ? '{"additions":[],"deletions":[]}' : `_csrf=${token}`,
      });

describe('access control over the route table', () => {
  it('covers the room: Keystatic, pages and actions are all in the table', () => {
    const keys = routes().map((r) => `${r.method} ${r.path}`);
    for (const key of [
      'GET /keystatic',
      'GET /api/keystatic',
      'POST /api/keystatic',
      'POST /terbit',
      'POST /terbit/batal',
      'POST /akun/tambah',
      'POST /riwayat/kembalikan',
    ]) {
      expect(keys).toContain(key);
    }
  });

  it('refuses every non-public route without a session: 401 for the API, a redirect to /masuk for pages', async () => {
    const client = room.client();
    for (const r of routes().filter((r) => r.access !== 'public')) {
      const res = await request(client, r);
      if (r.kind === 'api') {
        expect(res.status, `${r.method} ${r.path}`).toBe(401);
        expect((await res.json()).error).toBe('Silakan masuk dulu.');
      } else {
        expect(res.status, `${r.method} ${r.path}`).toBe(303);
        expect(res.headers.get('location'), `${r.method} ${r.path}`).toMatch(/^\/masuk/);
      }
    }
  });

  it('refuses every route above the role with 403 (editor, penerbit)', async () => {
    for (const [username, role] of [
      ['eka', 'editor'],
      ['putri', 'penerbit'],
    ] as const) {
      const client = await room.login(username);
      const token = await client.token('/');
      const above = routes().filter((r) => r.access !== 'public' && !hasRole(role, r.access));
      expect(above.length).toBeGreaterThan(0);
      for (const r of above) {
        const res = await request(client, r, token);
        expect(res.status, `${username}: ${r.method} ${r.path}`).toBe(403);
      }
    }
  });

  it('lets the right role through (admin reaches the accounts page, penerbit the publish page)', async () => {
    const admin = await room.login('ali');
    expect((await admin.fetch('/akun')).status).toBe(200);
    const penerbit = await room.login('putri');
    expect((await penerbit.fetch('/terbit')).status).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses a cross-origin POST to the Keystatic API and writes nothing', async () => {
    const client = await room.login('eka');
    const head = await room.room.repo.head();
    const res = await client.fetch('/api/keystatic/update', {
      method: 'POST',
      origin: 'http://penyerang.example',
      headers: { 'content-type': 'application/json', 'no-cors': '1' },
      body: JSON.stringify({
        additions: [{ path: 'content/jam-layanan.yaml', contents: Buffer.from('x: 1').toString('base64url') }],
        deletions: [],
      }),
    });
    expect(res.status).toBe(403);
    expect(await room.room.repo.head()).toBe(head);
  });

  it('refuses a form post from another site, and one without Origin and Sec-Fetch-Site', async () => {
    const client = await room.login('ali');
    const token = await client.token('/akun');
    const evil = await client.post(
      '/akun/tambah',
      { username: 'jahat', name: 'Jahat', role: 'admin', password: 'x'.repeat(20) },
      { token, origin: 'http://penyerang.example' },
    );
    expect(evil.status).toBe(403);
    const bare = await client.post(
      '/akun/tambah',
      { username: 'jahat', name: 'Jahat', role: 'admin', password: 'x'.repeat(20) },
      { token, origin: null },
    );
    expect(bare.status).toBe(403);
    const crossSite = await client.fetch('/akun/tambah', {
      method: 'POST',
      origin: 'null',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      body: new URLSearchParams({ _csrf: token, username: 'jahat', name: 'Jahat', role: 'admin', password: 'x'.repeat(20) }).toString(),
    });
    expect(crossSite.status).toBe(403);
    expect(room.room.accounts.find('jahat')).toBeUndefined();
  });

  it('refuses a same-origin form post without the session token', async () => {
    const client = await room.login('ali');
    const res = await client.post(
      '/akun/tambah',
      { username: 'tanpatoken', name: 'X', role: 'editor', password: 'x'.repeat(20) },
      { token: 'bukan-token' },
    );
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Permintaan ditolak');
    expect(room.room.accounts.find('tanpatoken')).toBeUndefined();
  });

  it('accepts "Origin: null" with Sec-Fetch-Site: same-origin (what browsers send under no-referrer)', async () => {
    const client = room.client();
    const token = await client.token('/masuk');
    const res = await client.fetch('/masuk', {
      method: 'POST',
      origin: 'null',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ _csrf: token, username: 'eka', password: 'kata-sandi-uji-panjang' }).toString(),
    });
    expect(res.status).toBe(303);
  });
});

describe('login, sessions and throttling', () => {
  it('V2.2.1 answers a wrong password with one generic message, and refuses the sixth try of one account from one address without checking it', async () => {
    await room.user('korban', 'editor');
    const client = room.client();
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await client.login('korban', `salah-${i}-kata-sandi`);
      expect(res.status).toBe(401);
      messages.push(await res.text());
    }
    expect(messages[0]).toContain('Gagal masuk. Periksa nama pengguna dan kata sandi.');
    // The same words for an unknown account: nothing tells which usernames exist.
    const unknown = await client.login('tidak-ada', 'apa-saja-kata-sandi');
    expect((await unknown.text()).match(/Gagal masuk[^<]*/)?.[0]).toBe(messages[0]?.match(/Gagal masuk[^<]*/)?.[0]);
    // This address has used up its tries on this account: even the right password waits.
    const right = await client.login('korban', 'kata-sandi-uji-panjang');
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await right.text()).toContain('Terlalu banyak percobaan masuk yang gagal dari sini. Coba lagi dalam 1 menit.');
    // Other accounts are not slowed by it.
    expect((await room.client().login('eka', 'kata-sandi-uji-panjang')).status).toBe(303);
    room.room.loginThrottle.unlock('korban');
  }, 60_000);

  it('V2.2.1 refuses a client address after 20 failures across accounts', async () => {
    await room.user('lain', 'editor');
    const client = room.client();
    for (let i = 0; i < 20; i++) await client.login(`coba${i}`, 'kata-sandi-salah-sekali');
    const refused = await client.login('lain', 'kata-sandi-uji-panjang');
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain('Terlalu banyak percobaan masuk yang gagal dari sini.');
    room.room.db.exec("DELETE FROM login_failures WHERE key LIKE 'ip:%'");
    expect((await client.login('lain', 'kata-sandi-uji-panjang')).status).toBe(303);
  }, 90_000);

  it('sets an HttpOnly, SameSite=Strict session cookie, rotates the id at login and destroys it at logout', async () => {
    const client = room.client();
    const first = await client.login('eka', 'kata-sandi-uji-panjang');
    const cookie = first.headers.getSetCookie().find((c) => c.startsWith('ruang-sesi='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // this test room is plain-http loopback (secure: false)
    const before = client.cookies.get('ruang-sesi') as string;
    // Logging in again with that session in the browser: a new id, and the old one is dead.
    const token = await room
      .client()
      .fetch('/masuk')
      .then(async (r) => {
        client.cookies.set('ruang-masuk', r.headers.getSetCookie()[0]?.split(';')[0]?.split('=')[1] ?? '');
        return /name="_csrf" value="([^"]+)"/.exec(await r.text())?.[1] ?? '';
      });
    expect((await client.post('/masuk', { username: 'eka', password: 'kata-sandi-uji-panjang' }, { token })).status).toBe(303);
    const after = client.cookies.get('ruang-sesi');
    expect(after).not.toBe(before);
    const stale = new Client(room.url);
    stale.cookies.set('ruang-sesi', before);
    expect((await stale.fetch('/riwayat')).status).toBe(303);

    expect((await client.fetch('/riwayat')).status).toBe(200);
    const out = await client.post('/keluar', {});
    expect(out.headers.get('location')).toBe('/masuk?keluar=1');
    const replay = new Client(room.url);
    replay.cookies.set('ruang-sesi', after as string);
    expect((await replay.fetch('/riwayat')).status).toBe(303);
  });

  it('ends the sessions of a disabled account', async () => {
    await room.user('dinonaktifkan', 'editor');
    const user = await room.login('dinonaktifkan');
    const admin = await room.login('ali');
    const res = await admin.post('/akun/nonaktif', { username: 'dinonaktifkan' }, { from: '/akun' });
    expect(res.status).toBe(303);
    expect((await user.fetch('/riwayat')).status).toBe(303);
    expect((await room.client().login('dinonaktifkan', 'kata-sandi-uji-panjang')).status).toBe(401);
  });

  it('lets an admin reset a password and change a role on /akun, but not lock themself out', async () => {
    await room.user('rina', 'editor', 'Rina');
    const admin = await room.login('ali');
    expect((await admin.post('/akun/reset', { username: 'rina', password: 'sandi-baru-rina-panjang' }, { from: '/akun' })).status).toBe(
      303,
    );
    expect((await room.client().login('rina', 'kata-sandi-uji-panjang')).status).toBe(401);
    expect((await room.client().login('rina', 'sandi-baru-rina-panjang')).status).toBe(303);
    expect((await admin.post('/akun/peran', { username: 'rina', role: 'penerbit' }, { from: '/akun' })).status).toBe(303);
    expect(room.room.accounts.find('rina')?.role).toBe('penerbit');
    const self = await admin.post('/akun/nonaktif', { username: 'ali' }, { from: '/akun' });
    expect(self.status).toBe(400);
    expect(await self.text()).toContain('Anda tidak dapat menonaktifkan atau menurunkan peran akun Anda sendiri.');
    const short = await admin.post(
      '/akun/tambah',
      { username: 'baru', name: 'Baru', role: 'editor', password: 'pendek' },
      { from: '/akun' },
    );
    expect(short.status).toBe(400);
    expect(await short.text()).toMatch(/id="password"[^>]*aria-invalid="true" aria-describedby="bantuan-sandi galat-akun">/);
  });

  it('sends the security headers on every response, including errors and the login page', async () => {
    const client = await room.login('eka');
    for (const [who, path] of [
      [room.client(), '/masuk'],
      [room.client(), '/riwayat'],
      [room.client(), '/api/keystatic/tree'],
      [client, '/riwayat'],
      [client, '/akun'],
      [client, '/ruang.css'],
    ] as const) {
      const res = await who.fetch(path);
      expect(res.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});
