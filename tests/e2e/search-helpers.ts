// What the search page tests share: waiting for rendered results and reading them.
import type { Page } from 'playwright-core';

/** Wait until the page has rendered the results of `query`. */
export async function resultsFor(page: Page, query: string) {
  await page.waitForSelector(`[data-search-results][data-state="done"][data-query="${query}"]`, { state: 'attached', timeout: 15_000 });
}

/** Paths of the result links, in order. */
export const resultPaths = (page: Page) =>
  page.$$eval('.search-result-title a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Whether a request is for one of Pagefind's files. */
export const isPagefind = (url: string) => new URL(url).pathname.startsWith('/pagefind/');
