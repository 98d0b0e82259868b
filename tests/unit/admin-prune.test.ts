// The room's periodic clean-up: what has expired leaves the database even when nobody logs in
// again, so an abandoned half-login does not linger beside the accounts.
import { describe, expect, it } from 'vitest';
import { createSecondSteps, PENDING_MS } from '../../src/admin-server/accounts/second-step.ts';
import { createSessions } from '../../src/admin-server/accounts/sessions.ts';
import { createLoginThrottle } from '../../src/admin-server/accounts/throttle.ts';
import { LOGIN_THROTTLE } from '../../src/admin-server/config.ts';
import { openDatabase } from '../../src/admin-server/db.ts';
import { pruneExpired } from '../../src/admin-server/room.ts';

function setUp() {
  let clock = Date.UTC(2026, 0, 5, 9);
  const now = () => clock;
  const db = openDatabase(':memory:');
  db.prepare(
    "INSERT INTO users (username, name, role, password_hash, created_at, updated_at) VALUES ('budi', 'Budi', 'admin', 'x', 0, 0)",
  ).run();
  const room = {
    sessions: createSessions(db, { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 }, now),
    loginThrottle: createLoginThrottle(db, LOGIN_THROTTLE, now),
    secondSteps: createSecondSteps(db, now),
  };
  const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { room, count, advance: (ms: number) => (clock += ms) };
}

describe('periodic pruning', () => {
  it('V3.3.1 removes a second-step login abandoned after the password once it has expired, with no new login', () => {
    const { room, count, advance } = setUp();
    const id = room.secondSteps.startLogin('budi', '/');
    pruneExpired(room);
    expect(room.secondSteps.pendingLogin(id)?.username).toBe('budi');
    expect(count('second_step_logins')).toBe(1);
    advance(PENDING_MS + 1);
    pruneExpired(room);
    expect(count('second_step_logins')).toBe(0);
  });

  it('V3.3.1 removes sessions past their idle time beside the waiting logins', () => {
    const { room, count, advance } = setUp();
    room.sessions.create('budi');
    advance(31 * 60_000);
    pruneExpired(room);
    expect(count('sessions')).toBe(0);
  });
});
