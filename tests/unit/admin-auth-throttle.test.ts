// Login throttling that cannot be turned against the account's owner (throttle.ts), the
// client address it counts against (http.ts) and the pruning of its table, on their own.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { LOGIN_THROTTLE } from '../../src/admin-server/config.ts';
import { openDatabase } from '../../src/admin-server/db.ts';
import { clientAddress } from '../../src/admin-server/http.ts';
import { type Attempt, createLoginThrottle, createThrottle } from '../../src/admin-server/accounts/throttle.ts';

const MINUTE = 60_000;

function setup() {
  const clock = { t: 1_000_000 };
  const db = openDatabase(':memory:');
  return { clock, db, throttle: createLoginThrottle(db, LOGIN_THROTTLE, () => clock.t) };
}

/** One attempt with a wrong password; returns the verdict it got. */
function failOnce(throttle: ReturnType<typeof setup>['throttle'], attempt: Attempt) {
  const verdict = throttle.check(attempt);
  if (verdict.allowed) throttle.failed(attempt, verdict);
  return verdict;
}

describe('login throttle', () => {
  it('V2.2.1 lets the owner in from a recognised browser while the account is under attack from many addresses', () => {
    const { throttle } = setup();
    const owner: Attempt = { username: 'budi', address: '10.0.0.5', device: undefined };
    const first = throttle.check(owner);
    expect(first.allowed).toBe(true);
    const device = throttle.succeeded(owner, first as Extract<typeof first, { allowed: true }>);

    // 40 wrong passwords from 40 addresses: the account-wide limit stops unrecognised browsers.
    const verdicts = Array.from({ length: 40 }, (_, i) =>
      failOnce(throttle, { username: 'budi', address: `203.0.113.${i}`, device: undefined }),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(LOGIN_THROTTLE.account.maxFailures);
    expect(verdicts.at(-1)).toMatchObject({ allowed: false, reason: 'account' });
    expect(throttle.check({ ...owner, address: '10.0.0.6' })).toMatchObject({ allowed: false, reason: 'account' });

    // The owner's own browser still gets its password checked.
    expect(throttle.check({ ...owner, device })).toMatchObject({ allowed: true, recognised: true });
    // A device cookie of another account, a forged one or a tampered one is not recognised.
    const other = throttle.succeeded(
      { username: 'siti', address: '10.0.0.7', device: undefined },
      { allowed: true, recognised: false, keys: [] },
    );
    expect(throttle.check({ ...owner, device: other })).toMatchObject({ allowed: false, reason: 'account' });
    expect(throttle.check({ ...owner, device: `${device.slice(0, -2)}xx` })).toMatchObject({ allowed: false, reason: 'account' });
    expect(throttle.check({ ...owner, device: 'a.b.c.d' })).toMatchObject({ allowed: false, reason: 'account' });
  });

  it('V2.2.1 a stolen device cookie is no way around the limits: it has its own 5 failures', () => {
    const { throttle } = setup();
    const owner: Attempt = { username: 'budi', address: '10.0.0.5', device: undefined };
    const device = throttle.succeeded(owner, { allowed: true, recognised: false, keys: [] });
    for (let i = 0; i < 5; i++)
      expect(failOnce(throttle, { username: 'budi', address: `198.51.100.${i}`, device })).toMatchObject({ recognised: true });
    // Now it counts as an unrecognised browser, under the ordinary limits.
    expect(throttle.check({ ...owner, device })).toMatchObject({ allowed: true, recognised: false });
  });

  it("V2.2.1 slows the attacker's own account-and-address pair with a doubling wait, and nobody else", () => {
    const { clock, throttle } = setup();
    const attacker: Attempt = { username: 'budi', address: '203.0.113.9', device: undefined };
    for (let i = 0; i < 5; i++) expect(failOnce(throttle, attacker).allowed).toBe(true);
    expect(throttle.check(attacker)).toMatchObject({ allowed: false, reason: 'pair', waitMs: MINUTE });
    // The owner from elsewhere is not affected.
    expect(throttle.check({ ...attacker, address: '10.0.0.5' }).allowed).toBe(true);
    // Each further failure after the wait doubles it, up to 15 minutes.
    const waits: number[] = [];
    let wait = MINUTE;
    for (let i = 0; i < 5; i++) {
      clock.t += wait;
      expect(failOnce(throttle, attacker).allowed).toBe(true);
      const verdict = throttle.check(attacker);
      wait = verdict.allowed ? 0 : verdict.waitMs;
      waits.push(wait / MINUTE);
    }
    expect(waits).toEqual([2, 4, 8, 15, 15]);
  });

  it('V2.2.1 refuses an address after 20 failures across accounts', () => {
    const { throttle } = setup();
    for (let i = 0; i < 20; i++) failOnce(throttle, { username: `coba${i}`, address: '203.0.113.1', device: undefined });
    expect(throttle.check({ username: 'siti', address: '203.0.113.1', device: undefined })).toMatchObject({
      allowed: false,
      reason: 'address',
    });
    expect(throttle.check({ username: 'siti', address: '203.0.113.2', device: undefined }).allowed).toBe(true);
  });

  it('unlock forgets every failure recorded against the account, and only those', () => {
    const { throttle } = setup();
    for (let i = 0; i < 12; i++) failOnce(throttle, { username: 'budi', address: `203.0.113.${i}`, device: undefined });
    for (let i = 0; i < 5; i++) failOnce(throttle, { username: 'siti', address: '203.0.113.50', device: undefined });
    expect(throttle.check({ username: 'budi', address: '10.0.0.5', device: undefined }).allowed).toBe(false);
    expect(throttle.unlock('budi')).toBeGreaterThan(0);
    expect(throttle.check({ username: 'budi', address: '10.0.0.5', device: undefined }).allowed).toBe(true);
    expect(throttle.check({ username: 'siti', address: '203.0.113.50', device: undefined }).allowed).toBe(false);
  });

  it('prunes failure rows whose series and wait are over', () => {
    const { clock, db, throttle } = setup();
    for (let i = 0; i < 3; i++) failOnce(throttle, { username: `coba${i}`, address: '203.0.113.1', device: undefined });
    const count = () => (db.prepare('SELECT count(*) AS n FROM login_failures').get() as { n: number }).n;
    expect(count()).toBe(7); // one address, three pairs, three accounts
    clock.t += 30 * MINUTE;
    throttle.prune();
    expect(count()).toBe(3); // the three pairs: their series lasts an hour
    clock.t += 31 * MINUTE;
    throttle.prune();
    expect(count()).toBe(0);
  });

  it('keeps a plain counter for a fixed wait when no maximum is set', () => {
    const clock = { t: 0 };
    const counter = createThrottle(openDatabase(':memory:'), { maxFailures: 2, windowMs: 10 * MINUTE, lockMs: MINUTE }, () => clock.t);
    counter.fail(['k']);
    counter.fail(['k']);
    expect(counter.wait(['k'])).toBe(MINUTE);
  });
});

describe('client address', () => {
  const request = (headers: Record<string, string>, remoteAddress = '127.0.0.1') =>
    ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

  it('V2.2.1 never takes the address from X-Forwarded-For, which the client writes', () => {
    const spoofed = { 'x-forwarded-for': '198.51.100.7, 127.0.0.1' };
    expect(clientAddress(request(spoofed), true)).toBe('127.0.0.1');
    expect(clientAddress(request({ ...spoofed, 'x-real-ip': '203.0.113.4' }), true)).toBe('203.0.113.4');
  });

  it('V2.2.1 reads X-Real-IP only when told the room sits behind the proxy, and only when it is an address', () => {
    expect(clientAddress(request({ 'x-real-ip': '203.0.113.4' }), false)).toBe('127.0.0.1');
    expect(clientAddress(request({ 'x-real-ip': 'budi' }), true)).toBe('127.0.0.1');
    expect(clientAddress(request({ 'x-real-ip': '2001:db8::1' }), true)).toBe('2001:db8::1');
  });
});
