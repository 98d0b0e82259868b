// Relevance on the built sample site, in Chromium, through the search page itself: the
// tuning suite (queries.ts) and, reported separately, the held-out sets the search was not
// tuned against when they were written (held-out.ts, fresh.ts, unseen.ts, blind.ts,
// fifth.ts, sixth.ts, seventh.ts, eighth.ts, ninth.ts, tenth.ts, eleventh.ts, twelfth.ts,
// thirteenth.ts, fourteenth.ts, fifteenth.ts, sixteenth.ts, seventeenth.ts). Each report also counts the
// offered queries that wrongly got the "not offered here" notice, or were told that another
// service than theirs is served elsewhere (marked "!"). A query for a service not offered gets
// its notice either way: "Tidak ada layanan untuk …", or the service found first is one this
// MPP lists but serves elsewhere, said first with where to go. Queries are submitted with
// Enter: the results are the ones a resident gets by typing (search.test.ts covers typing,
// its pause and what it loads), without waiting out the typing pause for each of about 5,790
// queries.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BLIND, BLIND_NOT_OFFERED } from '../relevance/blind.ts';
import { EIGHTH, EIGHTH_NOT_OFFERED } from '../relevance/eighth.ts';
import { FIFTH, FIFTH_NOT_OFFERED } from '../relevance/fifth.ts';
import { FRESH, FRESH_NOT_OFFERED, type FreshQuery } from '../relevance/fresh.ts';
import { HELD_OUT, HELD_OUT_NOT_OFFERED } from '../relevance/held-out.ts';
import { NINTH, NINTH_NOT_OFFERED } from '../relevance/ninth.ts';
import { NOT_OFFERED, QUERIES } from '../relevance/queries.ts';
import { SEVENTH, SEVENTH_NOT_OFFERED } from '../relevance/seventh.ts';
import { SIXTH, SIXTH_NOT_OFFERED } from '../relevance/sixth.ts';
import { ELEVENTH, ELEVENTH_NOT_OFFERED } from '../relevance/eleventh.ts';
import { FIFTEENTH, FIFTEENTH_NOT_OFFERED } from '../relevance/fifteenth.ts';
import { SEVENTEENTH, SEVENTEENTH_NOT_OFFERED } from '../relevance/seventeenth.ts';
import { SIXTEENTH, SIXTEENTH_NOT_OFFERED } from '../relevance/sixteenth.ts';
import { FOURTEENTH, FOURTEENTH_NOT_OFFERED } from '../relevance/fourteenth.ts';
import { THIRTEENTH, THIRTEENTH_NOT_OFFERED } from '../relevance/thirteenth.ts';
import { TWELFTH, TWELFTH_NOT_OFFERED } from '../relevance/twelfth.ts';
import { TENTH, TENTH_NOT_OFFERED } from '../relevance/tenth.ts';
import { UNSEEN, UNSEEN_NOT_OFFERED } from '../relevance/unseen.ts';
import { openPage, serveAndLaunch } from './harness.ts';

const env = serveAndLaunch();

/**
 * One set of queries and the figures it must keep. The targets are 99% in the top 3, 96%
 * first, no wrong notice and the notice on every query for a service not offered; the sets
 * written after tuning do not reach them yet and must not fall below the figures they reached.
 */
interface QuerySet {
  /** As the report names it. */
  title: string;
  queries: readonly FreshQuery[];
  notOffered: readonly string[];
  top3: number;
  top1?: number;
  /** Most offered queries allowed the "not offered here" notice. */
  wrongNotices?: number;
  /** Least share of the not-offered queries that must get the notice. */
  notice: number;
}

const SETS: readonly QuerySet[] = [
  // Tuning: the queries the search is tuned on.
  { title: 'kueri penyetelan', queries: QUERIES, notOffered: NOT_OFFERED, top3: 0.99, notice: 1 },
  // The first held-out set meets the targets.
  { title: 'kueri uji tersisih', queries: HELD_OUT, notOffered: HELD_OUT_NOT_OFFERED, top3: 0.99, top1: 0.96, notice: 1 },
  {
    title: 'kueri uji tersisih baru',
    queries: FRESH,
    notOffered: FRESH_NOT_OFFERED,
    top3: 0.99,
    top1: 0.96,
    wrongNotices: 2,
    notice: 0.77,
  },
  // The third to seventeenth were each written and committed before they were first searched; each
  // was searched once with the code of its day before it was used for tuning.
  {
    title: 'kueri uji tersisih ketiga',
    queries: UNSEEN,
    notOffered: UNSEEN_NOT_OFFERED,
    top3: 0.98,
    top1: 0.93,
    wrongNotices: 3,
    notice: 0.87,
  },
  {
    title: 'kueri uji tersisih keempat',
    queries: BLIND,
    notOffered: BLIND_NOT_OFFERED,
    top3: 0.96,
    top1: 0.87,
    wrongNotices: 11,
    notice: 0.7,
  },
  {
    title: 'kueri uji tersisih kelima',
    queries: FIFTH,
    notOffered: FIFTH_NOT_OFFERED,
    top3: 0.95,
    top1: 0.85,
    wrongNotices: 31,
    notice: 0.77,
  },
  {
    title: 'kueri uji tersisih keenam',
    queries: SIXTH,
    notOffered: SIXTH_NOT_OFFERED,
    top3: 0.92,
    top1: 0.82,
    wrongNotices: 37,
    notice: 0.82,
  },
  {
    title: 'kueri uji tersisih ketujuh',
    queries: SEVENTH,
    notOffered: SEVENTH_NOT_OFFERED,
    top3: 0.96,
    top1: 0.89,
    wrongNotices: 21,
    notice: 0.9,
  },
  {
    title: 'kueri uji tersisih kedelapan',
    queries: EIGHTH,
    notOffered: EIGHTH_NOT_OFFERED,
    top3: 0.96,
    top1: 0.9,
    wrongNotices: 30,
    notice: 0.92,
  },
  {
    title: 'kueri uji tersisih kesembilan',
    queries: NINTH,
    notOffered: NINTH_NOT_OFFERED,
    top3: 0.97,
    top1: 0.91,
    wrongNotices: 25,
    notice: 0.85,
  },
  {
    title: 'kueri uji tersisih kesepuluh',
    queries: TENTH,
    notOffered: TENTH_NOT_OFFERED,
    top3: 0.966,
    top1: 0.89,
    wrongNotices: 31,
    notice: 0.9,
  },
  {
    title: 'kueri uji tersisih kesebelas',
    queries: ELEVENTH,
    notOffered: ELEVENTH_NOT_OFFERED,
    top3: 0.96,
    top1: 0.9,
    wrongNotices: 51,
    notice: 0.9,
  },
  {
    title: 'kueri uji tersisih kedua belas',
    queries: TWELFTH,
    notOffered: TWELFTH_NOT_OFFERED,
    top3: 0.97,
    top1: 0.92,
    wrongNotices: 27,
    notice: 0.87,
  },
  {
    title: 'kueri uji tersisih ketiga belas',
    queries: THIRTEENTH,
    notOffered: THIRTEENTH_NOT_OFFERED,
    top3: 0.97,
    top1: 0.93,
    wrongNotices: 11,
    notice: 0.77,
  },
  {
    title: 'kueri uji tersisih keempat belas',
    queries: FOURTEENTH,
    notOffered: FOURTEENTH_NOT_OFFERED,
    top3: 0.97,
    top1: 0.92,
    wrongNotices: 24,
    notice: 0.92,
  },
  {
    title: 'kueri uji tersisih kelima belas',
    queries: FIFTEENTH,
    notOffered: FIFTEENTH_NOT_OFFERED,
    top3: 0.97,
    top1: 0.95,
    wrongNotices: 10,
    notice: 0.92,
  },
  {
    title: 'kueri uji tersisih keenam belas',
    queries: SIXTEENTH,
    notOffered: SIXTEENTH_NOT_OFFERED,
    top3: 0.99,
    top1: 0.92,
    wrongNotices: 26,
    notice: 0.92,
  },
  {
    title: 'kueri uji tersisih ketujuh belas',
    queries: SEVENTEENTH,
    notOffered: SEVENTEENTH_NOT_OFFERED,
    top3: 0.98,
    top1: 0.92,
    wrongNotices: 30,
    notice: 0.95,
  },
];

interface Row {
  q: string;
  rank: number;
  top: string[];
  /** Whether the page said "not offered here" for a service it has. */
  falseNotice: boolean;
}

/** Search for `q` as a resident does, pressing Enter, and wait until its results are shown. */
async function search(page: Page, q: string): Promise<void> {
  await page.fill('#cari-halaman', q);
  await page.press('#cari-halaman', 'Enter');
  await page.waitForSelector(`[data-search-results][data-state="done"][data-query="${q.trim().replace(/"/g, '\\"')}"]`, {
    state: 'attached',
    timeout: 15_000,
  });
}

/** Search each query and read the first three result links, as a resident sees them. */
async function measure(page: Page, queries: readonly FreshQuery[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { q, slug, also = [] } of queries) {
    await search(page, q);
    const top = (
      await page.$$eval('.search-result-title a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    ).slice(0, 3);
    const accepted = new Set([slug, ...also].map((s) => `/layanan/${s}/`));
    const rank = top.findIndex((p) => accepted.has(p)) + 1;
    // "Served elsewhere" is a wrong notice too, unless it names the service asked for ("ujian sim").
    const elsewhere = await page.getAttribute('[data-search-status]', 'data-elsewhere');
    const falseNotice = (await page.isVisible('[data-search-not-offered]')) || (elsewhere !== null && !accepted.has(elsewhere));
    rows.push({ q, rank, top, falseNotice });
  }
  return rows;
}

const share = (rows: Row[], n: number) => rows.filter((r) => r.rank > 0 && r.rank <= n).length / rows.length;

function report(title: string, rows: Row[]): string {
  const lines = rows.map(
    (r) =>
      `${r.rank === 1 ? ' 1' : r.rank > 0 ? ` ${r.rank}` : ' -'}${r.falseNotice ? '!' : ' '} ${r.q.padEnd(40)} ${r.rank === 1 ? '' : `→ ${r.top.join(' ')}`}`,
  );
  const falseNotices = rows.filter((r) => r.falseNotice).length;
  return [
    `Relevansi pencarian, ${title} (${rows.length} kueri)`,
    ...lines,
    `hits@1 ${share(rows, 1).toFixed(3)}   hits@3 ${share(rows, 3).toFixed(3)}   "tidak tersedia" keliru ${falseNotices}/${rows.length}`,
  ].join('\n');
}

/** The not-offered queries that did not get the "not offered here" notice first. */
async function missedNotices(page: Page, queries: readonly string[]): Promise<string[]> {
  const missed: string[] = [];
  for (const q of queries) {
    await search(page, q);
    const status = (await page.textContent('[data-search-status]')) ?? '';
    const notOffered = (await page.isVisible('[data-search-not-offered]')) && status.startsWith('Tidak ada layanan untuk');
    // Or the service found first is one this MPP lists but serves elsewhere, said first with where to go.
    const elsewhere =
      (await page.getAttribute('[data-search-status]', 'data-elsewhere')) !== null && / tidak dilayani di MPP ini\. /.test(status);
    if (!notOffered && !elsewhere) missed.push(q);
  }
  return missed;
}

// One decimal only where a floor has one (88.4%).
const percent = (n: number) => `${Number((n * 100).toFixed(1))}%`;

describe('relevance', () => {
  for (const set of SETS) {
    const figures = [
      `at least ${percent(set.top3)} in the top 3`,
      set.top1 === undefined ? '' : `${percent(set.top1)} first`,
      set.wrongNotices === undefined ? '' : `at most ${set.wrongNotices} wrong notices`,
    ].filter(Boolean);
    it(`keeps the ${set.queries.length} queries of the ${set.title} at their figures: ${figures.join(', ')}`, {
      timeout: 300_000,
    }, async () => {
      const { page, errors, close } = await openPage(env.browser);
      await page.goto(`${env.site.url}/cari/`);
      const rows = await measure(page, set.queries);
      await close();
      console.log(report(set.title, rows));
      expect(errors).toEqual([]);
      expect(share(rows, 3)).toBeGreaterThanOrEqual(set.top3);
      if (set.top1 !== undefined) expect(share(rows, 1)).toBeGreaterThanOrEqual(set.top1);
      if (set.wrongNotices !== undefined) expect(rows.filter((r) => r.falseNotice).length).toBeLessThanOrEqual(set.wrongNotices);
    });

    it(`says "not offered here" for ${set.notice === 1 ? 'every one' : `at least ${percent(set.notice)}`} of the ${set.notOffered.length} ${set.title} about a service this MPP does not have`, {
      timeout: 120_000,
    }, async () => {
      const { page, errors, close } = await openPage(env.browser);
      await page.goto(`${env.site.url}/cari/`);
      const missed = await missedNotices(page, set.notOffered);
      await close();
      console.log(
        `Tidak tersedia, ${set.title}: ${set.notOffered.length - missed.length} dari ${set.notOffered.length} kueri mendapat pemberitahuan`,
        missed.length ? `\nTanpa pemberitahuan: ${missed.join(', ')}` : '',
      );
      expect(errors).toEqual([]);
      if (set.notice === 1) expect(missed).toEqual([]);
      else expect(1 - missed.length / set.notOffered.length).toBeGreaterThanOrEqual(set.notice);
    });
  }
});
