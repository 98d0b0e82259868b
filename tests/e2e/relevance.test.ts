// Relevance on the built sample site, in Chromium, through the search page itself: the
// tuning suite (queries.ts) and, reported separately, the held-out queries (held-out.ts)
// that the search was never tuned against.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HELD_OUT, HELD_OUT_NOT_OFFERED } from '../relevance/held-out.ts';
import { NOT_OFFERED, QUERIES, type RelevanceQuery } from '../relevance/queries.ts';
import { openPage, serveAndLaunch } from './harness.ts';

const env = serveAndLaunch();

interface Row {
  q: string;
  rank: number;
  top: string[];
}

/** Type each query into the search box and read the first three result links, as a resident sees them. */
async function measure(page: Page, queries: readonly RelevanceQuery[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { q, slug } of queries) {
    await page.fill('#cari-halaman', q);
    await page.waitForSelector(`[data-search-results][data-state="done"][data-query="${q.trim().replace(/"/g, '\\"')}"]`, {
      state: 'attached',
      timeout: 15_000,
    });
    const top = (
      await page.$$eval('.search-result-title a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    ).slice(0, 3);
    rows.push({ q, rank: top.indexOf(`/layanan/${slug}/`) + 1, top });
  }
  return rows;
}

const share = (rows: Row[], n: number) => rows.filter((r) => r.rank > 0 && r.rank <= n).length / rows.length;

function report(title: string, rows: Row[]): string {
  const lines = rows.map(
    (r) => `${r.rank === 1 ? ' 1' : r.rank > 0 ? ` ${r.rank}` : ' -'}  ${r.q.padEnd(40)} ${r.rank === 1 ? '' : `→ ${r.top.join(' ')}`}`,
  );
  return [`${title} (${rows.length} kueri)`, ...lines, `hits@1 ${share(rows, 1).toFixed(3)}   hits@3 ${share(rows, 3).toFixed(3)}`].join(
    '\n',
  );
}

async function run(queries: readonly RelevanceQuery[], title: string): Promise<Row[]> {
  const { page, errors, close } = await openPage(env.browser);
  await page.goto(`${env.site.url}/cari/`);
  const rows = await measure(page, queries);
  await close();
  console.log(report(title, rows));
  expect(errors).toEqual([]);
  return rows;
}

describe('relevance', () => {
  it(`finds the right service in the top 3 for at least 97% of the ${QUERIES.length} tuning queries`, { timeout: 300_000 }, async () => {
    const rows = await run(QUERIES, 'Relevansi pencarian, kueri penyetelan');
    expect(share(rows, 3)).toBeGreaterThanOrEqual(0.97);
  });

  it(`finds the right service in the top 3 for at least 99% and first for at least 96% of the ${HELD_OUT.length} held-out queries`, {
    timeout: 300_000,
  }, async () => {
    const rows = await run(HELD_OUT, 'Relevansi pencarian, kueri uji tersisih');
    expect(share(rows, 3)).toBeGreaterThanOrEqual(0.99);
    expect(share(rows, 1)).toBeGreaterThanOrEqual(0.96);
  });

  it('says "not offered here" for every query about a service this MPP does not have, tuning and held-out', {
    timeout: 120_000,
  }, async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    const missed: string[] = [];
    for (const q of [...NOT_OFFERED, ...HELD_OUT_NOT_OFFERED]) {
      await page.fill('#cari-halaman', q);
      await page.waitForSelector(`[data-search-results][data-state="done"][data-query="${q}"]`, { state: 'attached', timeout: 15_000 });
      const status = (await page.textContent('[data-search-status]')) ?? '';
      if (!(await page.isVisible('[data-search-not-offered]')) || !status.startsWith('Tidak ada layanan untuk')) missed.push(q);
    }
    await close();
    console.log(
      `Tidak tersedia: ${NOT_OFFERED.length + HELD_OUT_NOT_OFFERED.length - missed.length} dari ${NOT_OFFERED.length + HELD_OUT_NOT_OFFERED.length} kueri mendapat pemberitahuan`,
    );
    expect(missed).toEqual([]);
    expect(errors).toEqual([]);
  });
});
