// The poller's life cycle against a fake clock: first answer, offline and hidden pages,
// stopping, and a throwing renderer. Requests, retries, freshness and the event stream
// have their own files (queue-fetch, queue-retry, queue-freshness, queue-stream).
import { afterEach, describe, expect, it } from 'vitest';
import { okJson, setup, snapshot, stopPollers } from '../fixtures/queue-poller-env.ts';

afterEach(stopPollers);

describe('createQueuePoller', () => {
  it('goes from loading to live and polls at the server-suggested interval', async () => {
    const { timers, calls, views, poller } = setup([okJson(snapshot())]);
    poller.start();
    expect(poller.getView().state).toBe('loading');
    await timers.advance(0);
    expect(poller.getView()).toMatchObject({ state: 'live', fault: null, failures: 0, confirmedAt: timers.now() });
    expect(poller.getView().snapshot?.gerai[0]?.nowServing).toBe('A-023');
    expect(views.map((v) => v.state)).toEqual(['live']); // the initial 'loading' is read via getView()
    await timers.advance(4_999);
    expect(calls).toHaveLength(1);
    await timers.advance(1);
    expect(calls).toHaveLength(2); // refreshSeconds = 5
  });

  it('waits while the browser is offline and fetches as soon as it is back', async () => {
    const { timers, nav, win, calls, poller } = setup([okJson(snapshot())]);
    nav.onLine = false;
    poller.start();
    await timers.advance(30_000);
    expect(calls).toHaveLength(0);
    expect(poller.getView().state).toBe('offline');
    nav.onLine = true;
    win.dispatch('online');
    await timers.advance(0);
    expect(calls).toHaveLength(1);
    expect(poller.getView().state).toBe('live');
    nav.onLine = false;
    win.dispatch('offline');
    expect(poller.getView().state).toBe('offline');
    expect(poller.getView().snapshot).not.toBeNull();
  });

  it('pauses while the page is hidden and refreshes when it is shown again', async () => {
    let now = () => 0;
    const { timers, doc, calls, poller } = setup([() => okJson({ ...snapshot(), updatedAt: new Date(now()).toISOString() })]);
    now = timers.now;
    poller.start();
    await timers.advance(0);
    doc.hidden = true;
    doc.dispatch('visibilitychange');
    await timers.advance(600_000);
    expect(calls).toHaveLength(1);
    doc.hidden = false;
    doc.dispatch('visibilitychange');
    await timers.advance(0);
    expect(calls).toHaveLength(2);
    expect(poller.getView().state).toBe('live');
  });

  it('does not start fetching in a hidden tab', async () => {
    const { timers, doc, calls, poller } = setup([okJson(snapshot())]);
    doc.hidden = true;
    poller.start();
    await timers.advance(60_000);
    expect(calls).toHaveLength(0);
  });

  it('stops cleanly: no more requests, listeners removed, in-flight request aborted', async () => {
    const { timers, doc, win, calls, views, poller } = setup(['hang']);
    poller.start();
    await timers.advance(0);
    const before = views.length;
    poller.stop();
    await timers.advance(120_000);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init.signal?.aborted).toBe(true);
    expect(views).toHaveLength(before);
    expect(doc.count('visibilitychange') + win.count('online') + win.count('offline')).toBe(0);
  });

  it('survives an onChange callback that throws', async () => {
    const { timers, calls, poller } = setup([okJson(snapshot())], {
      onChange: () => {
        throw new Error('render bug');
      },
    });
    poller.start();
    await timers.advance(10_000);
    expect(calls.length).toBeGreaterThanOrEqual(2);
  });
});
