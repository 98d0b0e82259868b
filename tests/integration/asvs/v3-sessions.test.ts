// OWASP ASVS 4.0.3 level 1, chapter V3 (session management), against the real editors'
// room on loopback, once as deployed (Secure cookies behind TLS) and once as on a laptop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, type TestRoom } from '../../fixtures/admin-room.ts';
import { startRoomWith } from '../../fixtures/room-setups.ts';

let room: TestRoom;
let secureRoom: TestRoom;
beforeAll(async () => {
  const eka = ['eka', 'editor', 'Eka Editor'] as const;
  room = await startRoomWith([eka], { overrides: { session: { idleMs: 30 * 60_000, absoluteMs: 12 * 3600_000 } } });
  // As behind nginx with TLS: Secure cookies with the __Host- prefix.
  secureRoom = await startRoomWith([eka], { overrides: { secure: true } });
});
afterAll(async () => {
  await room?.stop();
  await secureRoom?.stop();
});

/** Log in on the secure room by hand (its cookies are Secure; fetch over http still shows them). */
async function secureLogin(): Promise<{ setCookie: string[]; location: string | null; body: string }> {
  // The room behind TLS takes its origin from the Host header with https.
  const origin = secureRoom.url.replace('http:', 'https:');
  const page = await fetch(`${secureRoom.url}/masuk`);
  const tokenCookie = page.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const res = await fetch(`${secureRoom.url}/masuk`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin, cookie: tokenCookie },
    body: new URLSearchParams({ _csrf: token, username: 'eka', password: PASSWORD }).toString(),
  });
  return { setCookie: res.headers.getSetCookie(), location: res.headers.get('location'), body: await res.text() };
}
const sessionCookie = (lines: string[]) => lines.find((l) => l.startsWith('__Host-ruang-sesi=')) ?? '';

describe('V3 session management', () => {
  it('V3.1.1 the session token never appears in a URL', async () => {
    const { setCookie, location, body } = await secureLogin();
    const token = sessionCookie(setCookie).split(';')[0]?.split('=')[1] ?? '';
    expect(token).not.toBe('');
    expect(location).toBe('/');
    expect(location).not.toContain(token);
    expect(body).not.toContain(token);
    const client = await room.login('eka');
    const html = await (await client.fetch('/')).text();
    for (const value of client.cookies.values()) expect(html).not.toContain(value);
  });

  it('V3.2.1 a new session token at every login, and a planted one is never adopted', async () => {
    const client = room.client();
    client.cookies.set('ruang-sesi', 'token-yang-ditanam-penyerang-0000000000000');
    const res = await client.login('eka', PASSWORD);
    expect(res.status).toBe(303);
    const first = client.cookies.get('ruang-sesi');
    expect(first).not.toBe('token-yang-ditanam-penyerang-0000000000000');
    expect((await room.login('eka')).cookies.get('ruang-sesi')).not.toBe(first);
  });

  it('V3.2.2 session tokens carry 256 bits from a secure random source', async () => {
    const tokens = new Set<string>();
    for (let i = 0; i < 5; i++) tokens.add((await room.login('eka')).cookies.get('ruang-sesi') ?? '');
    expect(tokens.size).toBe(5);
    for (const token of tokens) expect(token).toMatch(/^[\w-]{43}$/);
    // Only a hash is stored: a copy of the database hands out no live session.
    const stored = (room.room.db.prepare('SELECT id_hash FROM sessions').all() as { id_hash: string }[]).map((r) => r.id_hash);
    for (const token of tokens) expect(stored).not.toContain(token);
  });

  it('V3.2.3 the token is kept only in a cookie the page script cannot read', async () => {
    const { setCookie } = await secureLogin();
    const line = sessionCookie(setCookie);
    expect(line).toMatch(/; HttpOnly/);
    const client = await room.login('eka');
    const html = await (await client.fetch('/')).text();
    expect(html).not.toMatch(/localStorage|sessionStorage/);
  });

  it('V3.3.1 logout ends the session on the server: the old cookie no longer opens the room', async () => {
    const client = await room.login('eka');
    const stolen = client.cookies.get('ruang-sesi') ?? '';
    const res = await client.post('/keluar', {});
    expect(res.status).toBe(303);
    const replay = room.client();
    replay.cookies.set('ruang-sesi', stolen);
    const again = await replay.fetch('/');
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toMatch(/^\/masuk/);
  });

  it('V3.3.2 a session ends after 30 idle minutes and at most 12 hours after login', async () => {
    const client = await room.login('eka');
    const id = client.cookies.get('ruang-sesi') ?? '';
    const idle = Date.now() - 31 * 60_000;
    const rows = room.room.db.prepare('UPDATE sessions SET last_seen = ? WHERE username = ?');
    rows.run(idle, 'eka');
    expect((await client.fetch('/')).status).toBe(303);
    const fresh = await room.login('eka');
    room.room.db.prepare('UPDATE sessions SET created_at = ? WHERE username = ?').run(Date.now() - 12 * 3600_000 - 1000, 'eka');
    expect((await fresh.fetch('/')).status).toBe(303);
    expect(room.room.sessions.get(id)).toBeNull();
  });

  it('V3.4.1 the session cookie is Secure when the room is served over TLS', async () => {
    expect(sessionCookie((await secureLogin()).setCookie)).toMatch(/; Secure/);
  });

  it('V3.4.2 the session cookie is HttpOnly', async () => {
    expect(sessionCookie((await secureLogin()).setCookie)).toMatch(/; HttpOnly/);
  });

  it('V3.4.3 the session cookie is SameSite=Strict', async () => {
    expect(sessionCookie((await secureLogin()).setCookie)).toMatch(/; SameSite=Strict/);
  });

  it('V3.4.4 the session cookie has the __Host- prefix and no Domain', async () => {
    const line = sessionCookie((await secureLogin()).setCookie);
    expect(line.startsWith('__Host-ruang-sesi=')).toBe(true);
    expect(line).not.toMatch(/Domain=/i);
  });

  it('V3.4.5 the session cookie has Path=/ (the room has its own host, no other path shares it)', async () => {
    expect(sessionCookie((await secureLogin()).setCookie)).toMatch(/; Path=\/(;|$)/);
  });

  it('V3.7.1 changing the password asks for the current one even inside a live session', async () => {
    const client = await room.login('eka');
    const next = 'meja-kayu-jati-di-ruang-tunggu';
    const res = await client.post('/sandi', { current: '', next, repeat: next }, { from: '/sandi' });
    expect(res.status).toBe(400);
    expect((await room.client().login('eka', PASSWORD)).status).toBe(303);
  });
});
