// The event stream: used when advertised, its snapshots applied, and dropped for polling on
// an error, a wrong shape or a silence longer than the servers' re-stamp interval.
import { afterEach, describe, expect, it } from 'vitest';
import { STREAM_QUIET_MS } from '../../src/lib/queue/stream.ts';
import { FakeSource, okJson, setup, snapshot, stopPollers } from '../fixtures/queue-poller-env.ts';

afterEach(stopPollers);

describe('event stream', () => {
  it('switches to the advertised stream, applies its snapshots and falls back to polling on error', async () => {
    FakeSource.instances = [];
    const streamed = { ...snapshot(), stream: '/v1/antrean/stream' };
    const { timers, calls, poller } = setup([okJson(streamed)], { env: { EventSource: FakeSource } });
    poller.start();
    await timers.advance(0);
    const source = FakeSource.instances[0] as FakeSource;
    expect(source.url).toBe('https://antrean.example.go.id/v1/antrean/stream');
    source.open();
    expect(poller.getView().transport).toBe('stream');

    const event = (waiting: number) =>
      source.listener?.({
        data: JSON.stringify({ ...streamed, updatedAt: new Date(timers.now()).toISOString(), mpp: { ...streamed.mpp, waiting } }),
      });
    event(99);
    expect(poller.getView().snapshot?.mpp.waiting).toBe(99);
    // While snapshots keep coming (servers re-stamp every 30 s), no polling and no staleness.
    for (let i = 0; i < 4; i++) {
      await timers.advance(30_000);
      event(99);
    }
    expect(calls).toHaveLength(1);
    expect(poller.getView().state).toBe('live');

    source.onerror?.({});
    expect(source.closed).toBe(true);
    expect(poller.getView().transport).toBe('poll');
    await timers.advance(2_000);
    expect(calls).toHaveLength(2);
  });

  it('reconciles a stream that stays open but silent with a poll, and does not count it as fresh', async () => {
    FakeSource.instances = [];
    const streamed = { ...snapshot(), stream: '/v1/antrean/stream' };
    const { timers, calls, poller } = setup([okJson(streamed), new TypeError('Failed to fetch')], { env: { EventSource: FakeSource } });
    poller.start();
    await timers.advance(0);
    const source = FakeSource.instances[0] as FakeSource;
    source.open();
    await timers.advance(STREAM_QUIET_MS - 1);
    expect(calls).toHaveLength(1);
    await timers.advance(1);
    expect(calls).toHaveLength(2); // the quiet stream is checked with a poll
    // An open stream alone never confirms: with the check failing, the numbers turn stale.
    await timers.advance(60_000);
    expect(poller.getView().state).toBe('stale');
  });

  it('drops a stream that sends a wrong shape', async () => {
    FakeSource.instances = [];
    const streamed = { ...snapshot(), stream: '/v1/antrean/stream' };
    const { timers, poller } = setup([okJson(streamed)], { env: { EventSource: FakeSource } });
    poller.start();
    await timers.advance(0);
    const source = FakeSource.instances[0] as FakeSource;
    source.open();
    source.listener?.({ data: '{"version":1}' });
    expect(source.closed).toBe(true);
    expect(poller.getView().snapshot?.mpp.waiting).toBe(streamed.mpp.waiting);
  });
});
