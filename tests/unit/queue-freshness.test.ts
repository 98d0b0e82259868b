// When queue numbers count as live, stale, closed or outdated: judged by the snapshot's own
// time stamps and service day, not by the fact that something answered.
import { afterEach, describe, expect, it } from 'vitest';
import {
  type FreshnessFacts,
  isEarlierServiceDay,
  maxSnapshotAgeMs,
  msUntilStale,
  queueState,
  snapshotAgeMs,
} from '../../src/lib/queue/freshness.ts';
import { okJson, setup, snapshot, stopPollers } from '../fixtures/queue-poller-env.ts';

afterEach(stopPollers);

describe('poller freshness', () => {
  it('turns stale only after two missed update intervals, keeping the last data', async () => {
    const { timers, poller } = setup([okJson(snapshot()), new TypeError('Failed to fetch')]);
    poller.start();
    await timers.advance(0);
    await timers.advance(10_000);
    expect(poller.getView()).toMatchObject({ state: 'live', fault: 'network' });
    await timers.advance(1);
    expect(poller.getView().state).toBe('stale');
    expect(poller.getView().snapshot?.mpp.waiting).toBe(snapshot().mpp.waiting);
  });

  it('reports a closed MPP and polls it slowly', async () => {
    const { timers, calls, poller } = setup([okJson(snapshot(false))]);
    poller.start();
    await timers.advance(0);
    expect(poller.getView().state).toBe('closed');
    await timers.advance(59_999);
    expect(calls).toHaveLength(1);
    await timers.advance(1);
    expect(calls).toHaveLength(2);
  });

  it('calls a snapshot hours old "stale" although the request was answered just now', async () => {
    const old = { ...snapshot(), updatedAt: '2025-03-09T23:15:00.000Z' }; // 3 h before the clock
    const { timers, poller } = setup([okJson(old)]);
    poller.start();
    await timers.advance(0);
    expect(poller.getView()).toMatchObject({ state: 'stale', fault: null, confirmedAt: timers.now() });
    expect(snapshotAgeMs(old, timers.now())).toBe(3 * 3600_000);
  });

  it('allows a phone clock somewhat ahead of the server before calling data old', async () => {
    const ahead = { ...snapshot(), updatedAt: '2025-03-10T02:13:30.000Z' }; // 90 s behind the phone
    const { timers, poller } = setup([okJson(ahead)]);
    poller.start();
    await timers.advance(0);
    expect(poller.getView().state).toBe('live');
  });

  it("marks a snapshot of an earlier service day as outdated, in the snapshot's own timezone", async () => {
    // 02:15 UTC on 10 March is 09:15 WIB: a snapshot for 9 March is yesterday's.
    const yesterday = { ...snapshot(), serviceDay: '2025-03-09' };
    const { timers, poller } = setup([okJson(yesterday)]);
    poller.start();
    await timers.advance(0);
    expect(poller.getView().state).toBe('outdated');
    // Just after midnight WIB on a phone running ahead, the server may still be on the old day.
    const nearMidnight = Date.parse('2025-03-10T17:01:00Z'); // 00:01 WIB on 11 March
    expect(isEarlierServiceDay({ ...snapshot(), serviceDay: '2025-03-10' }, nearMidnight)).toBe(false);
    expect(isEarlierServiceDay({ ...snapshot(), serviceDay: '2025-03-10' }, nearMidnight + 120_000)).toBe(true);
  });
});

describe('queueState and msUntilStale', () => {
  const at = Date.parse('2025-03-10T02:15:00.000Z'); // the snapshot's updatedAt
  const facts = (over: Partial<FreshnessFacts> = {}): FreshnessFacts => ({
    offline: false,
    snapshot: snapshot(),
    confirmedAt: at,
    failures: 0,
    now: at,
    confirmWindowMs: 10_000,
    intervalMs: 5_000,
    ...over,
  });

  it('says offline first, then loading or error while nothing is confirmed', () => {
    expect(queueState(facts({ offline: true }))).toBe('offline');
    expect(queueState(facts({ snapshot: null }))).toBe('loading');
    expect(queueState(facts({ snapshot: null, failures: 2 }))).toBe('error');
    expect(queueState(facts({ confirmedAt: null, failures: 1 }))).toBe('error');
  });

  it('turns stale once the confirmation window has passed, and says closed for a closed MPP', () => {
    expect(queueState(facts({ now: at + 10_000 }))).toBe('live');
    expect(queueState(facts({ now: at + 10_001 }))).toBe('stale');
    expect(queueState(facts({ snapshot: snapshot(false) }))).toBe('closed');
  });

  it('counts down to the earlier of the missing confirmation and the snapshot growing too old', () => {
    expect(msUntilStale(facts({ now: at + 4_000 }))).toBe(6_001);
    const longWindow = facts({ confirmWindowMs: 10 * 60_000 });
    expect(msUntilStale(longWindow)).toBe(maxSnapshotAgeMs(5_000) + 1);
    expect(msUntilStale(facts({ confirmedAt: null }))).toBeUndefined();
  });
});
