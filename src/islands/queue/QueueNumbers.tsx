// The numbers of a snapshot: the MPP summary or one gerai's line, with their age.
import { t } from '../../i18n/id.ts';
import { fill, formatCount, formatMinutesWait, formatRelativeSeconds } from '../../lib/format.ts';
import type { GeraiQueue, QueueSnapshot } from '../../lib/queue/contract.ts';
import { isEarlierServiceDay, snapshotAgeMs } from '../../lib/queue/freshness.ts';
import type { QueueView } from '../../lib/queue/poller.ts';
import { busiest, dataNotice, geraiLine, lineDetail, peopleCount, type QueueMode, SUMMARY_LINES } from '../../lib/queue/view.ts';

const q = t.queue;

/** The snapshot's numbers for the mode, or why they are not shown. */
export function QueueNumbers({
  view,
  snapshot,
  now,
  mode,
  geraiId,
}: {
  view: QueueView;
  snapshot: QueueSnapshot;
  now: number;
  mode: QueueMode;
  geraiId?: string;
}) {
  // The age of the numbers themselves, not of the last answer: an answer can carry old numbers.
  // Judged on the server's clock (the phone's may be minutes or a day off).
  const serverNow = now + view.clockOffsetMs;
  const when = formatRelativeSeconds(snapshotAgeMs(snapshot, serverNow) / 1000);
  // Offline with yesterday's snapshot still in hand: hide it all the same.
  if (view.state === 'outdated' || isEarlierServiceDay(snapshot, serverNow)) return <p className="queue-message">{q.outdated}</p>;
  if (view.state === 'closed') return <p className="queue-message queue-closed">{q.closedByServer}</p>;
  const notice = dataNotice(view.state, when);
  return (
    <>
      {notice && <p className="queue-notice">{notice}</p>}
      {mode === 'summary' ? <Summary snapshot={snapshot} /> : <GeraiLine line={geraiLine(snapshot, mode, geraiId)} />}
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
          <dd>{peopleCount(mpp.waiting)}</dd>
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
          <dd>{peopleCount(line.waiting)}</dd>
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
