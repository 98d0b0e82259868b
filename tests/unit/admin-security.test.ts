// The room's security primitives on their own: password hashing, session timeouts and
// rotation, the same-origin check and token comparison, login throttling and lockout.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createAccounts } from '../../src/admin-server/accounts/accounts.ts';
import { sessionCookieName } from '../../src/admin-server/accounts/auth-routes.ts';
import { openDatabase } from '../../src/admin-server/db.ts';
import { cookie, sameOrigin, securityHeaders, tokensEqual } from '../../src/admin-server/http.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../src/admin-server/accounts/password.ts';
import { createSessions } from '../../src/admin-server/accounts/sessions.ts';
import { createThrottle } from '../../src/admin-server/accounts/throttle.ts';

const MINUTE = 60_000;

describe('password hashing (scrypt)', () => {
  it('stores a salted scrypt hash that verifies only the right password', async () => {
    const a = await hashPassword('kata sandi yang benar');
    const b = await hashPassword('kata sandi yang benar');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('kata sandi yang benar', a)).toBe(true);
    expect(await verifyPassword('kata sandi yang salah', a)).toBe(false);
    expect(await verifyPassword('kata sandi yang benar', 'md5$abc')).toBe(false);
  });

  it('asks for at least 12 characters', () => {
    expect(passwordProblem('pendek')).toBe('Kata sandi minimal 12 karakter.');
    expect(passwordProblem('cukup-panjang-1')).toBeNull();
  });
});

function store(clock: { t: number }) {
  const db = openDatabase(':memory:');
  const now = () => clock.t;
  return {
    db,
    accounts: createAccounts(db, now),
    sessions: createSessions(db, { idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE }, now),
  };
}

describe('sessions', () => {
  it('ends after 30 idle minutes, and activity keeps it alive until the absolute 12 hours', async () => {
    const clock = { t: 1_000_000 };
    const { accounts, sessions } = store(clock);
    await accounts.add('budi', 'Budi', 'editor', 'kata-sandi-panjang');
    const idle = sessions.create('budi');
    clock.t += 31 * MINUTE;
    expect(sessions.get(idle)).toBeNull();

    const active = sessions.create('budi');
    // A request every 20 minutes for 11 h 40 min: still logged in.
    for (let i = 0; i < 35; i++) {
      clock.t += 20 * MINUTE;
      expect(sessions.get(active)?.username).toBe('budi');
    }
    // 25 minutes later (not idle for 30) the 12 hours since login are over.
    clock.t += 25 * MINUTE;
    expect(sessions.get(active)).toBeNull();
  });

  it('gives every login a new id and CSRF token, stores only a hash of the id, and destroy ends it', async () => {
    const clock = { t: 0 };
    const { db, accounts, sessions } = store(clock);
    await accounts.add('budi', 'Budi', 'editor', 'kata-sandi-panjang');
    const a = sessions.create('budi');
    const b = sessions.create('budi');
    expect(a).not.toBe(b);
    expect(sessions.get(a)?.csrf).not.toBe(sessions.get(b)?.csrf);
    const stored = db.prepare('SELECT id_hash FROM sessions').all() as { id_hash: string }[];
    expect(stored.map((r) => r.id_hash)).not.toContain(a);
    sessions.destroy(a);
    expect(sessions.get(a)).toBeNull();
    expect(sessions.get(b)).not.toBeNull();
  });

  it('a password reset or disabling the account ends its sessions', async () => {
    const { accounts, sessions } = store({ t: 0 });
    await accounts.add('budi', 'Budi', 'editor', 'kata-sandi-panjang');
    const a = sessions.create('budi');
    await accounts.resetPassword('budi', 'kata-sandi-baru-panjang');
    expect(sessions.get(a)).toBeNull();
    const b = sessions.create('budi');
    accounts.setDisabled('budi', true);
    expect(sessions.get(b)).toBeNull();
  });
});

describe('cookies and headers', () => {
  it('marks the session cookie HttpOnly, SameSite=Strict and Secure, with the __Host- prefix', () => {
    expect(sessionCookieName(true)).toBe('__Host-ruang-sesi');
    const value = cookie(sessionCookieName(true), 'abc', true);
    expect(value).toBe('__Host-ruang-sesi=abc; Path=/; HttpOnly; SameSite=Strict; Secure');
    // Only the explicitly insecure loopback configuration drops Secure.
    expect(cookie('ruang-sesi', 'abc', false)).not.toMatch(/Secure/);
  });

  it('sends HSTS only when secure, and the other headers always', () => {
    expect(securityHeaders(true)['Strict-Transport-Security']).toMatch(/max-age=\d+/);
    expect(securityHeaders(false)['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders(false)).toMatchObject({
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
  });
});

describe('CSRF', () => {
  const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
  const ORIGIN = 'https://ruang.contoh.go.id';

  it('accepts only the room origin, or a same-origin fetch when Origin is null or absent', () => {
    expect(sameOrigin(req({ origin: ORIGIN }), ORIGIN)).toBe(true);
    expect(sameOrigin(req({ origin: 'https://penyerang.example' }), ORIGIN)).toBe(false);
    expect(sameOrigin(req({ origin: 'https://penyerang.example', 'sec-fetch-site': 'same-origin' }), ORIGIN)).toBe(false);
    expect(sameOrigin(req({ origin: 'null', 'sec-fetch-site': 'same-origin' }), ORIGIN)).toBe(true);
    expect(sameOrigin(req({ origin: 'null', 'sec-fetch-site': 'cross-site' }), ORIGIN)).toBe(false);
    expect(sameOrigin(req({}), ORIGIN)).toBe(false);
  });

  it('compares tokens exactly', () => {
    expect(tokensEqual('abc', 'abc')).toBe(true);
    expect(tokensEqual('abc', 'abd')).toBe(false);
    expect(tokensEqual('abc', 'abcd')).toBe(false);
    expect(tokensEqual('', '')).toBe(false);
    expect(tokensEqual(null, undefined)).toBe(false);
  });
});

describe('login throttling', () => {
  it('locks a key after 5 failures within 15 minutes, for 15 minutes', () => {
    const clock = { t: 0 };
    const db = openDatabase(':memory:');
    const throttle = createThrottle(db, { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE }, () => clock.t);
    for (let i = 0; i < 4; i++) throttle.fail(['akun:budi']);
    expect(throttle.locked(['akun:budi'])).toBe(false);
    throttle.fail(['akun:budi']);
    expect(throttle.locked(['akun:budi'])).toBe(true);
    expect(throttle.locked(['akun:siti'])).toBe(false);
    clock.t += 14 * MINUTE;
    expect(throttle.locked(['akun:budi'])).toBe(true);
    clock.t += 2 * MINUTE;
    expect(throttle.locked(['akun:budi'])).toBe(false);
  });

  it('forgets failures older than the window, and after a successful login', () => {
    const clock = { t: 0 };
    const throttle = createThrottle(openDatabase(':memory:'), { maxFailures: 3, windowMs: 10 * MINUTE, lockMs: MINUTE }, () => clock.t);
    throttle.fail(['k']);
    throttle.fail(['k']);
    clock.t += 11 * MINUTE;
    throttle.fail(['k']);
    expect(throttle.locked(['k'])).toBe(false);
    throttle.fail(['k']);
    throttle.clear('k');
    throttle.fail(['k']);
    expect(throttle.locked(['k'])).toBe(false);
  });
});
