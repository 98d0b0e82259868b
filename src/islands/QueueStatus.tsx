// Live queue island: how busy the MPP (summary) or one gerai is right now. The page is
// static; numbers come from the queue API through the poller, which turns every failure
// into a state, and an error boundary keeps even a rendering bug from reaching the page.
// The server render and the first client render are the same fallback (no clock, no data):
// useful on its own when JavaScript never runs or the island cannot load (a link to the
// hours, and when numbers appear), so hydration never mismatches and the space never jumps.
// Which message or numbers to show is decided in src/lib/queue/view.ts.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { t } from '../i18n/id.ts';
import { type HoursConfig, statusText } from '../lib/hours.ts';
import { createQueuePoller, type QueuePoller, type QueueView } from '../lib/queue/poller.ts';
import { type QueueMode, queueBody, safeStatus } from '../lib/queue/view.ts';
// After the lib modules and before the sub-components: this keeps the island's CSS where it
// stood in every page's stylesheet order.
import './QueueStatus.css';
import { useAnnouncement, useNow } from './queue/hooks.ts';
import { QueueBoundary, QueueFrame } from './queue/QueueFrame.tsx';
import { QueueNumbers } from './queue/QueueNumbers.tsx';
import { RetryButton } from './queue/RetryButton.tsx';

export interface QueueStatusProps {
  /** Full URL of the API's GET /v1/antrean; empty renders nothing. */
  apiUrl: string;
  mode: QueueMode;
  /** Required in 'gerai' mode: the gerai's id in the API. */
  geraiId?: string;
  geraiName?: string;
  /** Opening hours of the MPP (or the gerai); outside them the island says so and does not poll. */
  hours: HoursConfig;
  /** Link to the page section with these hours, shown before (or without) JavaScript. */
  hoursHref: string;
}

const q = t.queue;

/** What the server renders, and what stays when the island cannot run: where to look instead. */
export function QueueFallback({ hoursHref }: { hoursHref: string }) {
  return (
    <>
      <p className="queue-message">{q.noScript}</p>
      <p className="queue-hint">
        <a href={hoursHref}>{q.hoursLink}</a>
      </p>
    </>
  );
}

/** Live queue status for the MPP summary or one gerai; renders nothing without an API URL. */
export default function QueueStatus(props: QueueStatusProps) {
  if (!props.apiUrl) return null;
  return (
    <QueueBoundary mode={props.mode}>
      <QueueLive {...props} />
    </QueueBoundary>
  );
}
export { QueueStatus };

function QueueLive(props: QueueStatusProps) {
  const [now, tick] = useNow(5_000);
  const hoursStatus = now === null ? null : safeStatus(props.hours, now);
  const closedByHours = hoursStatus?.open === false;
  const active = now !== null && !closedByHours;
  const [view, setView] = useState<QueueView | null>(null);
  const poller = useRef<QueuePoller | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: tick only sets state; restarting the poller on every render would be wrong.
  useEffect(() => {
    if (!active) {
      setView(null);
      return;
    }
    // Re-reading the clock with each new view keeps "diperbarui … lalu" exact.
    const instance = createQueuePoller({
      url: props.apiUrl,
      onChange: (next) => {
        setView(next);
        tick();
      },
    });
    poller.current = instance;
    setView(instance.getView());
    instance.start();
    return () => {
      instance.stop();
      poller.current = null;
    };
  }, [props.apiUrl, active]);

  const announcement = useAnnouncement(view, props.mode, props.geraiId, props.geraiName);
  const shown = queueBody(now, hoursStatus, view);
  let body: ReactNode = null;
  if (shown.kind === 'fallback') body = <QueueFallback hoursHref={props.hoursHref} />;
  else if (shown.kind === 'loading') body = <p className="queue-message">{q.loading}</p>;
  else if (shown.kind === 'closed-by-hours') {
    body = (
      <>
        <p className="queue-message queue-closed">{statusText(shown.status, props.hours, new Date(shown.now))}.</p>
        <p className="queue-hint">{q.closedHint}</p>
      </>
    );
  } else if (shown.kind === 'offline') body = <p className="queue-message">{q.offline}</p>;
  else if (shown.kind === 'error') {
    body = (
      <>
        <p className="queue-message">{q.error}</p>
        <RetryButton onRetry={() => poller.current?.refresh()} />
      </>
    );
  } else if (shown.kind === 'data') {
    body = <QueueNumbers view={shown.view} snapshot={shown.snapshot} now={shown.now} mode={props.mode} geraiId={props.geraiId} />;
  }

  return (
    <QueueFrame mode={props.mode} announcement={announcement}>
      {body}
    </QueueFrame>
  );
}
