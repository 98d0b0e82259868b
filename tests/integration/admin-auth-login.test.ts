// Logging in to a real room on loopback while someone else hammers the account: the owner's
// recognised browser still gets in, strangers wait, and staff can unlock from the terminal.
// Also: other sites' cookies, notices by key, the stated session timeout, __Host- cookies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCli, type Client, PASSWORD, startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';

const MINUTE = 60_000;
let room: TestRoom;
beforeAll(async () => {
  // trustProxy: this room reads X-Real-IP, as behind the shipped nginx config, so the test
  // can play many addresses.
  room = await startTestRoom({ overrides: { trustProxy: true, session: { idleMs: 45 * MINUTE, absoluteMs: 12 * 60 * MINUTE } } });
  await room.user('pemilik', 'editor', 'Pemilik Akun');
  await room.user('ali', 'admin', 'Ali Admin');
});
afterAll(() => room?.stop());

/** A login form post from `address` (X-Real-IP, as nginx sets it). */
async function loginFrom(client: Client, address: string, username: string, password: string): Promise<Response> {
  const token = await client.token('/masuk');
  return client.fetch('/masuk', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-real-ip': address },
    body: new URLSearchParams({ _csrf: token, username, password }).toString(),
  });
}

const cli = (args: string[], env: Record<string, string> = {}) => adminCli(room, args, env);

describe('V2.2.1 login throttling that cannot lock the owner out', () => {
  it('lets the owner in from their recognised browser while wrong passwords pour in from many addresses; staff unlock from the terminal', async () => {
    const owner = room.client();
    expect((await loginFrom(owner, '10.1.1.1', 'pemilik', PASSWORD)).status).toBe(303);
    expect(owner.cookies.get('ruang-perangkat')).toBeTruthy();
    await owner.post('/keluar', {});

    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await loginFrom(room.client(), `203.0.113.${i}`, 'pemilik', `tebakan-ke-${i}-salah`);
      statuses.push(res.status);
    }
    // Ten wrong guesses are checked, then unrecognised browsers wait.
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    const stranger = await loginFrom(room.client(), '198.51.100.1', 'pemilik', PASSWORD);
    expect(stranger.status).toBe(429);
    expect(await stranger.text()).toContain('Akun ini sedang menerima banyak percobaan masuk yang gagal.');

    // The owner's browser, with its device cookie: straight in.
    expect((await loginFrom(owner, '10.1.1.1', 'pemilik', PASSWORD)).status).toBe(303);

    const unlock = await cli(['user', 'unlock', 'pemilik']);
    expect(unlock.stderr).toBe('');
    expect(unlock.status).toBe(0);
    expect(unlock.stdout).toContain('Catatan gagal masuk akun pemilik dihapus');
    expect((await loginFrom(room.client(), '198.51.100.1', 'pemilik', PASSWORD)).status).toBe(303);
  }, 120_000);

  it("refuses the attacker's own address for that account, while the owner from elsewhere gets in", async () => {
    await room.user('sasaran', 'editor');
    const attacker = room.client();
    for (let i = 0; i < 5; i++) expect((await loginFrom(attacker, '203.0.113.200', 'sasaran', `salah-${i}-sekali`)).status).toBe(401);
    const refused = await loginFrom(attacker, '203.0.113.200', 'sasaran', PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect((await loginFrom(room.client(), '10.1.1.2', 'sasaran', PASSWORD)).status).toBe(303);
  }, 60_000);
});

describe('the room with cookies and links it did not make', () => {
  it('V5.1.4 answers normally when another site on the parent domain set a malformed cookie', async () => {
    const stranger = room.client();
    stranger.cookies.set('x', '%E0%A4%A');
    const page = await stranger.fetch('/masuk');
    expect(page.status).toBe(200);
    const editor = await room.login('pemilik');
    editor.cookies.set('x', '%E0%A4%A');
    expect((await editor.fetch('/riwayat')).status).toBe(200);
  });

  it('V5.1.3 shows notices only from the fixed list, never text from the address', async () => {
    const admin = await room.login('ali');
    const forged = await (await admin.fetch('/akun?ok=Akun+diblokir.+Hubungi+0812-0000-0000')).text();
    expect(forged).not.toContain('Hubungi');
    expect(forged).not.toContain('role="status"');
    const unknown = await (await admin.fetch('/akun?ok=akun-diperbarui&akun=Hubungi+0812')).text();
    expect(unknown).not.toContain('role="status"');
    const added = await admin.post(
      '/akun/tambah',
      { username: 'baru', name: 'Baru', role: 'editor', password: PASSWORD },
      { from: '/akun' },
    );
    expect(added.headers.get('location')).toBe('/akun?ok=akun-ditambah&akun=baru');
    expect(await (await admin.fetch(added.headers.get('location') ?? '')).text()).toContain(
      '<div class="notice" role="status">Akun baru ditambahkan.</div>',
    );
  });

  it('V3.3.2 the login page states the configured idle timeout', async () => {
    const page = await (await room.client().fetch('/masuk?lanjut=%2Friwayat')).text();
    expect(page).toContain('Sesi berakhir setelah 45 menit tanpa aktivitas.');
  });

  it('V5.1.5 sends the browser after login only to a path of the room', async () => {
    const client = room.client();
    const token = await client.token('/masuk');
    const res = await client.post('/masuk', { username: 'pemilik', password: PASSWORD, lanjut: '/\t/evil.example' }, { token });
    expect(res.headers.get('location')).toBe('/');
  });
});

describe('a Secure room', () => {
  it('V3.4.4 sets the login-token, session and device cookies with the __Host- prefix', async () => {
    const secure = await startTestRoom({ overrides: { secure: true } });
    try {
      await secure.user('budi', 'editor');
      const client = secure.client();
      const form = await client.fetch('/masuk');
      expect(form.headers.getSetCookie()[0]).toMatch(/^__Host-ruang-masuk=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Secure/);
      const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
      const origin = `https://${new URL(secure.url).host}`;
      const res = await client.post('/masuk', { username: 'budi', password: PASSWORD }, { token, origin });
      expect(res.status).toBe(303);
      const names = res.headers.getSetCookie().map((c) => c.split('=')[0]);
      expect(names).toEqual(['__Host-ruang-sesi', '__Host-ruang-masuk', '__Host-ruang-perangkat']);
    } finally {
      await secure.stop();
    }
  });
});

describe('start-up settings', () => {
  it('V3.3.1 refuses to start with a non-numeric session timeout, naming the variable', async () => {
    const run = await cli(['user', 'list'], { MPP_ADMIN_IDLE_MINUTES: 'tiga puluh' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Ruang editor tidak dijalankan karena pengaturan berikut tidak valid:');
    expect(run.stderr).toContain('MPP_ADMIN_IDLE_MINUTES (atau --idle-minutes) bernilai "tiga puluh"');
  });
});
