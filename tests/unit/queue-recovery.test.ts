// How soon numbers come back after the queue API was down: within one short probe of the
// API answering again, not after a backoff that grew during the outage.
import { afterEach, describe, expect, it } from 'vitest';
import { RECOVERY_PROBE_MS } from '../../src/lib/queue/poller.ts';
import { okJson, setup, snapshot, stopPollers } from '../fixtures/queue-poller-env.ts';

afterEach(stopPollers);

describe('recovery after an outage', () => {
  it('shows numbers again within one probe interval after a 2-minute outage ends', async () => {
    let down = false;
    let now = () => 0;
    const { timers, poller } = setup([
      () => {
        if (down) throw new TypeError('Failed to fetch');
        return okJson({ ...snapshot(), updatedAt: new Date(now()).toISOString() });
      },
    ]);
    now = timers.now;
    poller.start();
    await timers.advance(0);
    expect(poller.getView().state).toBe('live');
    down = true;
    await timers.advance(120_000);
    expect(poller.getView().state).not.toBe('live');
    down = false;
    const back = timers.now();
    while (poller.getView().state !== 'live' && timers.now() - back < 200_000) await timers.advance(500);
    expect(timers.now() - back).toBeLessThanOrEqual(RECOVERY_PROBE_MS);
    expect(RECOVERY_PROBE_MS).toBeLessThanOrEqual(15_000);
  });

  it('still waits out a Retry-After the server asked for', async () => {
    const busy = new Response('{}', { status: 503, headers: { 'Retry-After': '120' } });
    const { timers, calls, poller } = setup([okJson(snapshot()), busy, okJson(snapshot())]);
    poller.start();
    await timers.advance(0);
    await timers.advance(5_000);
    expect(calls).toHaveLength(2);
    await timers.advance(119_000);
    expect(calls).toHaveLength(2);
  });
});
