// Loads Pagefind and the suggestion term list once per page, on first need.
import { SearchIndex } from '../core/engine.ts';
import type { PagefindApi } from '../core/pagefind-api.ts';
import { type TermIndex, termIndex } from '../core/suggest.ts';
import type { TermFile } from '../core/terms.ts';

// Typed as string so neither TypeScript nor Vite tries to resolve the runtime-only module.
const PAGEFIND_URL: string = '/pagefind/pagefind.js';
const TERMS_URL = '/pagefind/terms.json';

let pagefind: Promise<SearchIndex> | null = null;
/** Times Pagefind was opened afresh because a publish replaced the index under the open page. */
let reopened = 0;
let terms: Promise<TermIndex | null> | null = null;

/**
 * Import and initialise Pagefind once; a failed load (offline) can be retried. A fresh
 * import (its own module instance, so its own copy of the index) reads the newest release.
 */
export function loadPagefind(): Promise<SearchIndex> {
  pagefind ??= (async () => {
    const url = reopened ? `${PAGEFIND_URL}?rilis=${reopened}` : PAGEFIND_URL;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    return SearchIndex.open(api);
  })().catch((error: unknown) => {
    pagefind = null;
    throw error;
  });
  return pagefind;
}

/** Whether Pagefind has been asked for (loaded or loading). */
export const pagefindRequested = () => pagefind !== null;

/** The term list for suggestions, fetched the first time a search finds nothing useful. */
export function loadTerms(): Promise<TermIndex | null> {
  terms ??= fetch(TERMS_URL)
    .then((r) => (r.ok ? (r.json() as Promise<TermFile>) : null))
    .then((file) => (file ? termIndex(file.terms, file.real, file.ordinary) : null))
    .catch(() => null);
  return terms;
}

/** Forgets the loaded index and terms, so the next load reads the newest release. */
export function reopenIndex(): void {
  reopened++;
  pagefind = null;
  terms = null;
}
