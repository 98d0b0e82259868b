// The live queue judged on the server's clock: phones whose clocks are minutes or a day off,
// and servers whose clocks run ahead, still see live numbers as live and stuck ones as old.
// The offset comes from each answer's Date header.
import { afterEach, describe, expect, it } from 'vitest';
import { clockOffsetFrom } from '../../src/lib/queue/fetch-snapshot.ts';
import { setup, snapshot, stopPollers } from '../fixtures/queue-poller-env.ts';

afterEach(stopPollers);

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A 200 answer whose body is stamped `stampAt` and whose Date header says `serverNow`. */
function answer(stampAt: number, serverNow: number): Response {
  const body = { ...snapshot(), updatedAt: new Date(stampAt).toISOString(), serviceDay: new Date(stampAt).toISOString().slice(0, 10) };
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json', Date: new Date(serverNow).toUTCString() },
  });
}

describe('queue freshness on the server clock', () => {
  it('estimates the offset from the Date header against the middle of the request', () => {
    const sent = Date.parse('2025-03-10T02:20:00.000Z');
    expect(clockOffsetFrom('Mon, 10 Mar 2025 02:15:00 GMT', sent, sent + 1000)).toBe(-5 * MINUTE);
    expect(clockOffsetFrom(null, sent, sent)).toBeUndefined();
    expect(clockOffsetFrom('kemarin', sent, sent)).toBeUndefined();
  });

  it('keeps live numbers live on a phone 5 minutes fast, for as long as they keep coming', async () => {
    // The server stamps each answer with its own time, 5 minutes behind the phone.
    let phoneNow = () => 0;
    const { timers, poller } = setup([() => answer(phoneNow() - 5 * MINUTE, phoneNow() - 5 * MINUTE)]);
    phoneNow = timers.now;
    poller.start();
    await timers.advance(0);
    expect(poller.getView().state).toBe('live');
    await timers.advance(10 * MINUTE);
    expect(poller.getView().state).toBe('live');
    expect(poller.getView().clockOffsetMs).toBeCloseTo(-5 * MINUTE + 500, -3);
  });

  it("shows today's numbers on a phone a whole day fast instead of hiding them as another day's", async () => {
    let phoneNow = () => 0;
    const { timers, poller } = setup([() => answer(phoneNow() - DAY, phoneNow() - DAY)]);
    phoneNow = timers.now;
    poller.start();
    await timers.advance(0);
    expect(poller.getView().state).toBe('live');
  });

  it('calls numbers stuck on a server whose clock is ahead of the phone old, not "baru saja"', async () => {
    // The server's clock runs 10 minutes ahead; its numbers stopped changing at the start.
    let phoneNow = () => 0;
    const start = Date.parse('2025-03-10T02:15:00.000Z');
    const { timers, poller } = setup([() => answer(start + 10 * MINUTE, phoneNow() + 10 * MINUTE)]);
    phoneNow = timers.now;
    poller.start();
    await timers.advance(0);
    expect(poller.getView().state).toBe('live');
    await timers.advance(3 * MINUTE);
    expect(poller.getView().state).toBe('stale');
  });
});
