// What the live queue island shows and announces for each poller view, decided without React.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/id.ts';
import type { QueueView } from '../../src/lib/queue/poller.ts';
import {
  type Announced,
  announced,
  announcement,
  busiest,
  dataNotice,
  geraiLine,
  lineDetail,
  queueBody,
  safeStatus,
} from '../../src/lib/queue/view.ts';
import { fakeSnapshot } from '../fixtures/queue-fake-api.ts';
import { officeHours } from '../fixtures/office-hours.ts';

const q = t.queue;
const at = '2025-03-10T02:15:00.000Z'; // 09.15 WIB on a Monday
const now = Date.parse(at);
const snapshot = fakeSnapshot(0, false, at);
const view = (over: Partial<QueueView> = {}): QueueView => ({
  state: 'live',
  snapshot,
  confirmedAt: now,
  fault: null,
  failures: 0,
  transport: 'poll',
  clockOffsetMs: 0,
  ...over,
});
const hours = officeHours;

describe('queueBody', () => {
  const open = safeStatus(hours, now);
  const closed = safeStatus(hours, Date.parse('2025-03-09T02:15:00.000Z')); // a Sunday

  it('shows the fallback before hydration, then loading until the first answer', () => {
    expect(open?.open).toBe(true);
    expect(queueBody(null, null, null).kind).toBe('fallback');
    expect(queueBody(now, open, null).kind).toBe('loading');
    expect(queueBody(now, open, view({ state: 'loading', snapshot: null })).kind).toBe('loading');
  });

  it('says closed by the opening hours without waiting for the API', () => {
    expect(closed?.open).toBe(false);
    expect(queueBody(now, closed, null)).toMatchObject({ kind: 'closed-by-hours', status: closed, now });
  });

  it('tells offline from other failures while there is no data, and shows data once there is', () => {
    expect(queueBody(now, open, view({ state: 'offline', snapshot: null })).kind).toBe('offline');
    expect(queueBody(now, open, view({ state: 'error', snapshot: null })).kind).toBe('error');
    expect(queueBody(now, null, view({ state: 'stale' }))).toMatchObject({ kind: 'data', snapshot, now });
  });

  it('reads unreadable hours as unknown rather than failing', () => {
    expect(safeStatus({ ...hours, timeZone: 'Bukan/Zona' }, now)).toBeNull();
  });
});

describe('numbers', () => {
  it('puts a notice above old numbers only', () => {
    expect(dataNotice('stale', '3 menit lalu')).toBe(q.stale.replace('{ago}', '3 menit lalu'));
    expect(dataNotice('error', '3 menit lalu')).toBe(q.stale.replace('{ago}', '3 menit lalu'));
    expect(dataNotice('offline', '1 menit lalu')).toBe(q.offlineWithData.replace('{ago}', '1 menit lalu'));
    expect(dataNotice('live', '1 menit lalu')).toBeNull();
  });

  it('lists open gerai with the longest lines first, closed ones last', () => {
    const lines = [
      { ...(snapshot.gerai[0] as (typeof snapshot.gerai)[number]), id: 'a', waiting: 3, open: false },
      { ...(snapshot.gerai[1] as (typeof snapshot.gerai)[number]), id: 'b', waiting: 1 },
      { ...(snapshot.gerai[2] as (typeof snapshot.gerai)[number]), id: 'c', waiting: 9 },
    ];
    expect(busiest(lines, 3).map((g) => g.id)).toEqual(['c', 'b', 'a']);
    expect(busiest(lines, 1).map((g) => g.id)).toEqual(['c']);
  });

  it('words a line as number called, people waiting and estimated wait, or closed', () => {
    const line = snapshot.gerai[0] as (typeof snapshot.gerai)[number];
    expect(lineDetail(line)).toMatch(/^dilayani A-023, 12 menunggu, /);
    expect(lineDetail({ ...line, nowServing: null, estimatedWaitMinutes: null })).toBe('12 menunggu');
    expect(lineDetail({ ...line, open: false })).toBe(q.lineClosed);
  });

  it("finds the gerai's own line only in gerai mode", () => {
    expect(geraiLine(snapshot, 'gerai', 'imigrasi')?.name).toBe('Imigrasi');
    expect(geraiLine(snapshot, 'summary', 'imigrasi')).toBeUndefined();
    expect(geraiLine(snapshot, 'gerai', 'tidak-ada')).toBeUndefined();
  });
});

describe('live-region announcements', () => {
  const ok: Announced = { category: 'ok', serving: 'A-023' };

  it('groups states: live is ok; stale, error and outdated are one problem', () => {
    expect(announced(view(), 'gerai', 'dukcapil')).toMatchObject({ category: 'ok', serving: 'A-023' });
    for (const state of ['stale', 'error', 'outdated'] as const)
      expect(announced(view({ state }), 'summary', undefined).category).toBe('problem');
    expect(announced(view({ state: 'offline' }), 'summary', undefined)).toMatchObject({ category: 'offline', serving: null });
  });

  it('stays quiet on the first data and when nothing changed', () => {
    expect(announcement(null, ok, 'Dukcapil')).toBeNull();
    expect(announcement(ok, ok, 'Dukcapil')).toBeNull();
  });

  it('announces a change of state group, or a new number at the gerai', () => {
    expect(announcement(ok, { category: 'problem', serving: null }, 'Dukcapil')).toBe(q.announceStale);
    expect(announcement({ category: 'offline', serving: null }, ok, 'Dukcapil')).toBe(q.announceBack);
    expect(announcement(ok, { category: 'ok', serving: 'A-024' }, 'Dukcapil')).toBe('Nomor A-024 sedang dilayani di Dukcapil.');
  });

  it("announces the resident's gerai closing instead of keeping its last number, and empties a number no longer served", () => {
    const closed = fakeSnapshot(0, false, at);
    closed.gerai = closed.gerai.map((g) => (g.id === 'dukcapil' ? { ...g, open: false, counters: 0 } : g));
    const before = announced(view(), 'gerai', 'dukcapil');
    const after = announced(view({ snapshot: closed }), 'gerai', 'dukcapil');
    expect(announcement(before, after, 'Dukcapil')).toBe('Gerai Dukcapil sekarang tidak melayani antrean.');
    expect(announcement(after, before, 'Dukcapil')).toBe('Gerai Dukcapil kembali melayani antrean.');
    // A new service day: nothing is called yet, so "A-023 sedang dilayani" must not linger.
    expect(announcement(ok, { category: 'ok', serving: null, geraiOpen: true }, 'Dukcapil')).toBe('');
  });

  it('says nothing about other gerai in summary mode', () => {
    const other = fakeSnapshot(1, false, at);
    other.gerai = other.gerai.map((g) => (g.id === 'imigrasi' ? { ...g, open: false } : g));
    expect(
      announcement(announced(view(), 'summary', undefined), announced(view({ snapshot: other }), 'summary', undefined), ''),
    ).toBeNull();
  });
});
