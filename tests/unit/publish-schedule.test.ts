import { describe, expect, it } from 'vitest';
import { parseDailyTime, type ScheduleClock, scheduleDaily } from '../../src/admin-server/publish/schedule.ts';
import type { BuildOutcome, Publisher, Release } from '../../src/admin-server/publish/types.ts';

/** A clock the test moves by hand; `every` ticks only when the test advances it. */
function fakeClock(startIso: string) {
  let now = new Date(startIso).getTime();
  const ticks: (() => void)[] = [];
  const clock: ScheduleClock = {
    now: () => new Date(now),
    every: (_ms, tick) => {
      ticks.push(tick);
      return () => ticks.splice(ticks.indexOf(tick), 1);
    },
  };
  return {
    clock,
    set(iso: string) {
      now = new Date(iso).getTime();
      for (const tick of ticks) tick();
    },
  };
}

/** A publisher whose live release was built at `builtAt`; rebuilds move it to "now". */
function fakePublisher(builtAt: string, clock: ScheduleClock, busyTimes = 0) {
  let live: Release = { id: 'r1', commit: 'c', actor: 'budi', createdAt: builtAt, live: true };
  const calls: string[] = [];
  const publisher = {
    releases: () => [live],
    rebuildLive: async (actor: string): Promise<BuildOutcome> => {
      calls.push(`${clock.now().toISOString()} ${actor}`);
      if (busyTimes-- > 0) return { ok: false, busy: true, messages: ['sibuk'], durationMs: 0 };
      live = { ...live, id: `r${calls.length + 1}`, createdAt: clock.now().toISOString() };
      return { ok: true, messages: [], durationMs: 1 };
    },
  } as unknown as Publisher;
  return { publisher, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('daily rebuild', () => {
  it('runs once a day at the given time in the MPP zone, not the host zone', async () => {
    // 02:00 WIB is 19:00 UTC of the previous day.
    const { clock, set } = fakeClock('2026-12-01T18:00:00Z');
    const { publisher, calls } = fakePublisher('2026-12-01T10:00:00Z', clock);
    const stop = scheduleDaily(publisher, { time: '02:00', timeZone: 'Asia/Jakarta' }, clock);
    set('2026-12-01T18:59:00Z');
    await settle();
    expect(calls).toEqual([]);
    set('2026-12-01T19:00:00Z');
    await settle();
    set('2026-12-01T19:01:00Z');
    await settle();
    set('2026-12-02T03:00:00Z');
    await settle();
    expect(calls).toEqual(['2026-12-01T19:00:00.000Z jadwal']);
    set('2026-12-02T19:00:00Z');
    await settle();
    expect(calls).toHaveLength(2);
    stop();
  });

  it('catches up when the server starts after the hour and the live release is older', async () => {
    const { clock } = fakeClock('2026-12-02T01:00:00Z'); // 08.00 WIB
    const { publisher, calls } = fakePublisher('2026-12-01T12:00:00Z', clock); // 19.00 WIB the day before
    scheduleDaily(publisher, { time: '02:00', timeZone: 'Asia/Jakarta' }, clock)();
    await settle();
    expect(calls).toHaveLength(1);
  });

  it("does not rebuild on start when the live release is already from after today's hour", async () => {
    const { clock } = fakeClock('2026-12-02T01:00:00Z');
    const { publisher, calls } = fakePublisher('2026-12-02T00:30:00Z', clock); // 07.30 WIB today
    scheduleDaily(publisher, { time: '02:00', timeZone: 'Asia/Jakarta' }, clock)();
    await settle();
    expect(calls).toEqual([]);
  });

  it('tries again at the next tick when another build was running', async () => {
    const { clock, set } = fakeClock('2026-12-01T19:00:00Z');
    const { publisher, calls } = fakePublisher('2026-12-01T10:00:00Z', clock, 1);
    const stop = scheduleDaily(publisher, { time: '02:00', timeZone: 'Asia/Jakarta', actor: 'jadwal' }, clock);
    await settle();
    set('2026-12-01T19:01:00Z');
    await settle();
    set('2026-12-01T19:02:00Z');
    await settle();
    expect(calls).toEqual(['2026-12-01T19:00:00.000Z jadwal', '2026-12-01T19:01:00.000Z jadwal']);
    stop();
  });

  it('rejects a time that is not HH:MM, in Indonesian', () => {
    expect(parseDailyTime('02:30')).toBe(150);
    expect(() => parseDailyTime('2.30')).toThrow(/JJ:MM/);
    expect(() => parseDailyTime('24:00')).toThrow(/JJ:MM/);
  });
});
