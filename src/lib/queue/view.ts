// What the live queue island shows for a poller view: which message, which numbers, what
// the live region announces. Pure, so every wording decision is tested without React.
import { t } from '../../i18n/id.ts';
import { fill, formatCount, formatMinutesWait } from '../format.ts';
import { type HoursConfig, openStatus, type Status } from '../hours.ts';
import type { GeraiQueue, QueueSnapshot } from './contract.ts';
import type { QueueState } from './freshness.ts';
import type { QueueView } from './poller.ts';

const q = t.queue;

/** Summary of the whole MPP, or one gerai's line. */
export type QueueMode = 'summary' | 'gerai';

/** Today's open status by the given hours, or null when they cannot be read (the server's own open flag decides then). */
export function safeStatus(hours: HoursConfig, now: number): Status | null {
  try {
    return openStatus(hours, new Date(now));
  } catch {
    return null; // Unreadable hours: let the server's own open flag decide.
  }
}

/** Which body the island shows: the no-JavaScript fallback, a message, or the numbers (with what they need). */
export type QueueBody =
  | { kind: 'fallback' | 'loading' | 'offline' | 'error' | 'none' }
  | { kind: 'closed-by-hours'; now: number; status: Status }
  | { kind: 'data'; now: number; view: QueueView; snapshot: QueueSnapshot };

/** Picks the island's body from the client clock (null before hydration), today's hours status and the poller view. */
export function queueBody(now: number | null, hoursStatus: Status | null, view: QueueView | null): QueueBody {
  const closedByHours = hoursStatus?.open === false;
  if (now === null) return { kind: 'fallback' };
  if (!closedByHours && (!view || view.state === 'loading')) return { kind: 'loading' };
  if (closedByHours && hoursStatus) return { kind: 'closed-by-hours', now, status: hoursStatus };
  if (view && !view.snapshot) return { kind: view.state === 'offline' ? 'offline' : 'error' };
  if (view?.snapshot) return { kind: 'data', now, view, snapshot: view.snapshot };
  return { kind: 'none' };
}

/** The gerai's own line in the snapshot, in 'gerai' mode. */
export function geraiLine(
  snapshot: QueueSnapshot | null | undefined,
  mode: QueueMode,
  geraiId: string | undefined,
): GeraiQueue | undefined {
  return mode === 'gerai' ? snapshot?.gerai.find((g) => g.id === geraiId) : undefined;
}

/** The notice above numbers that may be old ("ago" is their age in words), or null when they are current. */
export function dataNotice(state: QueueState, ago: string): string | null {
  if (state === 'stale' || state === 'error') return fill(q.stale, { ago });
  if (state === 'offline') return fill(q.offlineWithData, { ago });
  return null;
}

/** Lines shown in the summary: a fixed count keeps the reserved space honest. */
export const SUMMARY_LINES = 3;

/** The open gerai with the longest lines first, at most `count`. */
export function busiest(lines: readonly GeraiQueue[], count: number): GeraiQueue[] {
  return [...lines].sort((a, b) => Number(b.open) - Number(a.open) || b.waiting - a.waiting).slice(0, count);
}

/** One summary line in words: closed, or number called, people waiting and estimated wait. */
export function lineDetail(g: GeraiQueue): string {
  if (!g.open) return q.lineClosed;
  const parts = [
    g.nowServing ? fill(q.lineNumber, { number: g.nowServing }) : null,
    fill(q.lineWaiting, { n: formatCount(g.waiting) }),
    g.estimatedWaitMinutes === null ? null : formatMinutesWait(g.estimatedWaitMinutes),
  ];
  return parts.filter(Boolean).join(', ');
}

/** "12 orang". */
export const peopleCount = (n: number) => fill(q.people, { n: formatCount(n) });

/** How the live region groups states: only a change of group is announced. */
export type AnnouncedCategory = 'ok' | 'problem' | 'offline' | 'closed';
const CATEGORY_MESSAGE: Record<AnnouncedCategory, string> = {
  ok: q.announceBack,
  problem: q.announceStale,
  offline: q.announceOffline,
  closed: q.announceClosed,
};

/** What the live region last heard about: the state group and, for a gerai, whether it serves and the number being served. */
export interface Announced {
  category: AnnouncedCategory;
  serving: string | null;
  /** Whether the resident's gerai is serving; null in summary mode or when it is missing. */
  geraiOpen?: boolean | null;
}

/** The announcement facts of a view (not for 'loading'). */
export function announced(view: QueueView, mode: QueueMode, geraiId: string | undefined): Announced & { line: GeraiQueue | undefined } {
  const { state } = view;
  const category: AnnouncedCategory =
    state === 'live' ? 'ok' : state === 'stale' || state === 'error' || state === 'outdated' ? 'problem' : (state as 'offline' | 'closed');
  const line = geraiLine(view.snapshot, mode, geraiId);
  return { category, serving: line?.open ? line.nowServing : null, geraiOpen: line ? line.open : null, line };
}

/**
 * The new text for the live region, null to leave it, or '' to empty it. Only what changes for
 * the resident is said: a change of state group, their gerai closing or opening again, a new
 * number at their gerai. Text that no longer holds (a number no longer served) is removed, so a
 * screen reader reading the page later never hears it.
 */
export function announcement(before: Announced | null, now: Announced, geraiName: string): string | null {
  // The first data is read with the page; announcing it would only add noise.
  if (!before) return null;
  if (now.category !== before.category) return CATEGORY_MESSAGE[now.category];
  if (now.category !== 'ok') return null;
  if (before.geraiOpen === true && now.geraiOpen === false) return fill(q.announceGeraiClosed, { gerai: geraiName });
  if (before.geraiOpen === false && now.geraiOpen === true) return fill(q.announceGeraiOpen, { gerai: geraiName });
  if (now.serving && now.serving !== before.serving) return fill(q.announceServing, { number: now.serving, gerai: geraiName });
  if (before.serving && !now.serving) return '';
  return null;
}
