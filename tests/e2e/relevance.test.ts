import { expect, it } from 'vitest';
import { QUERIES } from '../relevance/queries.ts';
import { openPage, serveAndLaunch } from './harness.ts';

const env = serveAndLaunch();

it(`finds the right service in the top 3 for at least 95% of ${QUERIES.length} resident queries`, { timeout: 180_000 }, async () => {
  const { page, errors, close } = await openPage(env.browser);
  await page.goto(`${env.site.url}/cari/`);
  const rows: { q: string; slug: string; rank: number; top: string[] }[] = [];
  for (const { q, slug } of QUERIES) {
    await page.fill('#cari-halaman', q);
    await page.waitForSelector(`[data-search-results][data-state="done"][data-query="${q.trim().replace(/"/g, '\\"')}"]`, {
      state: 'attached',
      timeout: 15_000,
    });
    // What the resident sees first, in display order (groups in ranked order).
    const top = (
      await page.$$eval('.search-result-title a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    ).slice(0, 3);
    rows.push({ q, slug, rank: top.indexOf(`/layanan/${slug}/`) + 1, top });
  }
  await close();

  const at = (n: number) => rows.filter((r) => r.rank > 0 && r.rank <= n).length / rows.length;
  const lines = rows.map(
    (r) => `${r.rank === 1 ? ' 1' : r.rank > 0 ? ` ${r.rank}` : ' -'}  ${r.q.padEnd(26)} ${r.rank === 1 ? '' : `→ ${r.top.join(' ')}`}`,
  );
  console.log(
    [`Relevansi pencarian (${rows.length} kueri)`, ...lines, `hits@1 ${at(1).toFixed(3)}   hits@3 ${at(3).toFixed(3)}`].join('\n'),
  );
  expect(errors).toEqual([]);
  expect(at(3)).toBeGreaterThanOrEqual(0.95);
});
