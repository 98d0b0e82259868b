// Live queue island: how busy the MPP (summary) or one gerai is right now. The page is
// static; numbers come from the queue API through the poller, which turns every failure
// into a state, and an error boundary keeps even a rendering bug from reaching the page.
// The server render and the first client render are the same fallback (no clock, no data):
// useful on its own when JavaScript never runs or the island cannot load (a link to the
// hours, and when numbers appear), so hydration never mismatches and the space never jumps.
import { Component, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { t } from '../i18n/id.ts';
import { formatCount, formatMinutesWait, formatRelativeSeconds } from '../lib/format.ts';
import { type HoursConfig, openStatus, type Status, statusText } from '../lib/hours.ts';
import type { GeraiQueue, QueueSnapshot } from '../lib/queue/contract.ts';
import { isEarlierServiceDay, snapshotAgeMs } from '../lib/queue/freshness.ts';
import { createQueuePoller, type QueuePoller, type QueueView } from '../lib/queue/poller.ts';
import { MANUAL_RETRY_MS } from '../lib/queue/retry.ts';
import './QueueStatus.css';

export interface QueueStatusProps {
  /** Full URL of the API's GET /v1/antrean; empty renders nothing. */
  apiUrl: string;
  mode: 'summary' | 'gerai';
  /** Required in 'gerai' mode: the gerai's id in the API. */
  geraiId?: string;
  geraiName?: string;
  /** Opening hours of the MPP (or the gerai); outside them the island says so and does not poll. */
  hours: HoursConfig;
  /** Link to the page section with these hours, shown before (or without) JavaScript. */
  hoursHref: string;
}

const q = t.queue;
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

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

class QueueBoundary extends Component<{ mode: QueueStatusProps['mode']; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch() {
    // Deliberately quiet: the rest of the page must keep working.
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Frame mode={this.props.mode} announcement="">
        <p className="queue-message">{q.unavailable}</p>
      </Frame>
    );
  }
}

function Frame({ mode, announcement, children }: { mode: QueueStatusProps['mode']; announcement: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={`queue queue-${mode}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="queue-heading">
        {q.heading}
      </h2>
      {children}
      <p className="queue-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}

/** Client clock in ms, ticking every `everyMs` (and on `tick()`); null during server render and hydration. */
function useNow(everyMs: number): [number | null, () => void] {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return [now, () => setNow(Date.now())];
}

function safeStatus(hours: HoursConfig, now: number): Status | null {
  try {
    return openStatus(hours, new Date(now));
  } catch {
    return null; // Unreadable hours: let the server's own open flag decide.
  }
}

type Category = 'ok' | 'problem' | 'offline' | 'closed';
const CATEGORY_MESSAGE: Record<Category, string> = {
  ok: q.announceBack,
  problem: q.announceStale,
  offline: q.announceOffline,
  closed: q.announceClosed,
};

/** Text for the polite live region: only state changes and, for a gerai, a new number being served. */
function useAnnouncement(view: QueueView | null, props: QueueStatusProps): string {
  const [message, setMessage] = useState('');
  const previous = useRef<{ category: Category; serving: string | null } | null>(null);
  useEffect(() => {
    if (!view || view.state === 'loading') return;
    const category: Category =
      view.state === 'live' ? 'ok' : view.state === 'stale' || view.state === 'error' || view.state === 'outdated' ? 'problem' : view.state;
    const line = props.mode === 'gerai' ? view.snapshot?.gerai.find((g) => g.id === props.geraiId) : undefined;
    const serving = line?.open ? line.nowServing : null;
    const before = previous.current;
    previous.current = { category, serving };
    // The first data is read with the page; announcing it would only add noise.
    if (!before) return;
    if (category !== before.category) setMessage(CATEGORY_MESSAGE[category]);
    else if (category === 'ok' && serving && serving !== before.serving) {
      setMessage(fill(q.announceServing, { number: serving, gerai: props.geraiName ?? line?.name ?? '' }));
    }
  }, [view, props.mode, props.geraiId, props.geraiName]);
  return message;
}

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

  const announcement = useAnnouncement(view, props);
  let body: ReactNode;
  if (now === null) {
    body = <QueueFallback hoursHref={props.hoursHref} />;
  } else if (!closedByHours && (!view || view.state === 'loading')) {
    body = <p className="queue-message">{q.loading}</p>;
  } else if (closedByHours && hoursStatus) {
    body = (
      <>
        <p className="queue-message queue-closed">{statusText(hoursStatus, props.hours, new Date(now))}.</p>
        <p className="queue-hint">{q.closedHint}</p>
      </>
    );
  } else if (view && !view.snapshot) {
    body =
      view.state === 'offline' ? (
        <p className="queue-message">{q.offline}</p>
      ) : (
        <>
          <p className="queue-message">{q.error}</p>
          <RetryButton onRetry={() => poller.current?.refresh()} />
        </>
      );
  } else if (view?.snapshot) {
    body = <Data view={view} snapshot={view.snapshot} now={now} {...props} />;
  }

  return (
    <Frame mode={props.mode} announcement={announcement}>
      {body}
    </Frame>
  );
}

/** "Coba lagi", resting for a few seconds after each press so it cannot hammer the API. */
function RetryButton({ onRetry }: { onRetry: () => void }) {
  const [resting, setResting] = useState(false);
  useEffect(() => {
    if (!resting) return;
    const id = setTimeout(() => setResting(false), MANUAL_RETRY_MS);
    return () => clearTimeout(id);
  }, [resting]);
  return (
    <button
      type="button"
      className="queue-retry"
      aria-disabled={resting}
      onClick={() => {
        if (resting) return;
        setResting(true);
        onRetry();
      }}
    >
      {q.retry}
    </button>
  );
}

function Data({ view, snapshot, now, mode, geraiId }: QueueStatusProps & { view: QueueView; snapshot: QueueSnapshot; now: number }) {
  // The age of the numbers themselves, not of the last answer: an answer can carry old numbers.
  const when = formatRelativeSeconds(snapshotAgeMs(snapshot, now) / 1000);
  // Offline with yesterday's snapshot still in hand: hide it all the same.
  if (view.state === 'outdated' || isEarlierServiceDay(snapshot, now)) return <p className="queue-message">{q.outdated}</p>;
  if (view.state === 'closed') return <p className="queue-message queue-closed">{q.closedByServer}</p>;
  const notice =
    view.state === 'stale' || view.state === 'error'
      ? fill(q.stale, { ago: when })
      : view.state === 'offline'
        ? fill(q.offlineWithData, { ago: when })
        : null;
  const line = mode === 'gerai' ? snapshot.gerai.find((g) => g.id === geraiId) : undefined;
  return (
    <>
      {notice && <p className="queue-notice">{notice}</p>}
      {mode === 'summary' ? <Summary snapshot={snapshot} /> : <GeraiLine line={line} />}
      {!notice && <p className="queue-updated">{fill(q.updated, { ago: when })}</p>}
    </>
  );
}

function Summary({ snapshot }: { snapshot: QueueSnapshot }) {
  const { mpp } = snapshot;
  return (
    <>
      <dl className="queue-totals">
        <div className="queue-fact">
          <dt>{q.totalWaiting}</dt>
          <dd>{fill(q.people, { n: formatCount(mpp.waiting) })}</dd>
        </div>
        {mpp.quotaLeft !== null && (
          <div className="queue-fact">
            <dt>{q.quotaLeft}</dt>
            <dd>{formatCount(mpp.quotaLeft)}</dd>
          </div>
        )}
      </dl>
      {snapshot.gerai.length > 0 && (
        <ul className="queue-lines" aria-label={q.linesLabel}>
          {busiest(snapshot.gerai, SUMMARY_LINES).map((g) => (
            <li key={g.id} className="queue-line">
              <span className="queue-line-name">{g.name}</span> <span className="queue-line-detail">{lineDetail(g)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Lines shown in the summary: a fixed count keeps the reserved space honest. */
const SUMMARY_LINES = 3;

/** The open gerai with the longest lines first, at most `count`. */
export function busiest(lines: readonly GeraiQueue[], count: number): GeraiQueue[] {
  return [...lines].sort((a, b) => Number(b.open) - Number(a.open) || b.waiting - a.waiting).slice(0, count);
}

function lineDetail(g: GeraiQueue): string {
  if (!g.open) return q.lineClosed;
  const parts = [
    g.nowServing ? fill(q.lineNumber, { number: g.nowServing }) : null,
    fill(q.lineWaiting, { n: formatCount(g.waiting) }),
    g.estimatedWaitMinutes === null ? null : formatMinutesWait(g.estimatedWaitMinutes),
  ];
  return parts.filter(Boolean).join(', ');
}

function GeraiLine({ line }: { line: GeraiQueue | undefined }) {
  if (!line) return <p className="queue-message">{q.geraiMissing}</p>;
  if (!line.open) return <p className="queue-message queue-closed">{q.geraiClosed}</p>;
  return (
    <>
      <dl className="queue-detail">
        <div className="queue-fact">
          <dt>{q.nowServing}</dt>
          <dd className={line.nowServing ? 'queue-number' : undefined}>{line.nowServing ?? q.noneCalled}</dd>
        </div>
        <div className="queue-fact">
          <dt>{q.waiting}</dt>
          <dd>{fill(q.people, { n: formatCount(line.waiting) })}</dd>
        </div>
        <div className="queue-fact">
          <dt>{q.estimatedWait}</dt>
          <dd>{line.estimatedWaitMinutes === null ? q.noEstimate : formatMinutesWait(line.estimatedWaitMinutes)}</dd>
        </div>
      </dl>
      <p className="queue-hint">{q.estimateNote}</p>
    </>
  );
}
