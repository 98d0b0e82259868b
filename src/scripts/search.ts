// The /cari/ page: results as the resident types, grouped by type, with filters, keyboard
// navigation and "Mungkin maksud Anda". Pagefind (/pagefind/pagefind.js, its WebAssembly and
// index) is imported only when the search box is focused or used, or when the page opens
// with ?q=, so visitors who never search never download it. The search flow itself lives in
// src/lib/search/engine.ts and is shared with the relevance test and the benchmark.
import { formatDate } from '../lib/format.ts';
import { runSearch, type SearchFilters, SearchIndex, type SearchOutcome } from '../lib/search/engine.ts';
import type { Hit, PagefindApi, PagefindData } from '../lib/search/pagefind-api.ts';
import { highlightWords, parseExcerpt, type Segment } from '../lib/search/highlight.ts';
import { searchableQuery, understandQuery } from '../lib/search/normalize.ts';
import { isStrongMatch, type ResultType } from '../lib/search/rank.ts';
import { type TermIndex, termIndex } from '../lib/search/suggest.ts';

// Typed as string so neither TypeScript nor Vite tries to resolve the runtime-only module.
const PAGEFIND_URL: string = '/pagefind/pagefind.js';
const TERMS_URL = '/pagefind/terms.json';
const DEBOUNCE_MS = 200;
/**
 * How long typing must have stopped before a search that the first Pagefind search does
 * not answer goes on to download more (announcements, the term list): a word typed on
 * within this time never loads them.
 */
const SETTLE_MS = 600;
/** Results shown per group before "Tampilkan lagi", and how many each press adds. */
const FIRST: Readonly<Record<ResultType, number>> = { layanan: 5, gerai: 2, pengumuman: 3, halaman: 2 };
const MORE = 10;
const FILTER_KEYS = ['tipe', 'gerai', 'instansi'] as const;

interface Strings {
  types: Record<ResultType, string>;
  results: string;
  resultsFiltered: string;
  none: string;
  noneFiltered: string;
  noneHelp: string;
  corrected: string;
  relaxed: string;
  notOfferedStatus: string;
  notOfferedClose: string;
  alsoAnnouncements: string;
  didYouMean: string;
  more: string;
  groupCount: string;
  loading: string;
  failed: string;
  published: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

let pagefind: Promise<SearchIndex> | null = null;
/** Times Pagefind was opened afresh because a publish replaced the index under the open page. */
let reopened = 0;
/**
 * Import and initialise Pagefind once; a failed load (offline) can be retried. A fresh
 * import (its own module instance, so its own copy of the index) reads the newest release.
 */
function loadPagefind(): Promise<SearchIndex> {
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

let terms: Promise<TermIndex | null> | null = null;

/** The term list for suggestions, fetched the first time a search finds nothing useful. */
function loadTerms(): Promise<TermIndex | null> {
  terms ??= fetch(TERMS_URL)
    .then((r) => (r.ok ? (r.json() as Promise<{ terms: string[] }>) : null))
    .then((file) => (file ? termIndex(file.terms) : null))
    .catch(() => null);
  return terms;
}

function appendSegments(parent: HTMLElement, segments: Segment[]) {
  for (const s of segments) {
    if (s.mark) {
      const mark = document.createElement('mark');
      mark.textContent = s.text;
      parent.append(mark);
    } else parent.append(s.text);
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
}

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  suggestionBox: HTMLElement;
  results: HTMLElement;
  notOffered: HTMLElement | null;
  details: HTMLDetailsElement | null;
}

function findElements(form: HTMLFormElement): Elements | null {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const suggestionBox = document.querySelector<HTMLElement>('[data-search-suggestion]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  if (!input || !status || !suggestionBox || !results) return null;
  return {
    form,
    input,
    status,
    suggestionBox,
    results,
    notOffered: document.querySelector<HTMLElement>('[data-search-not-offered]'),
    details: form.querySelector<HTMLDetailsElement>('[data-search-filters]'),
  };
}

function setup({ form, input, status, suggestionBox, results, notOffered, details }: Elements) {
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const selects = new Map(FILTER_KEYS.map((key) => [key, form.querySelector<HTMLSelectElement>(`[data-search-filter="${key}"]`)]));

  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const filters = (): SearchFilters => ({
    tipe: (selects.get('tipe')?.value ?? '') as ResultType | '',
    gerai: selects.get('gerai')?.value ?? '',
    instansi: selects.get('instansi')?.value ?? '',
  });
  const filtered = () => FILTER_KEYS.some((key) => selects.get(key)?.value);

  // The address always reflects the search, so it can be shared, bookmarked or reloaded.
  const syncUrl = () => {
    const params = new URLSearchParams();
    const q = input.value.trim();
    if (q) params.set('q', q);
    for (const key of FILTER_KEYS) {
      const value = selects.get(key)?.value;
      if (value) params.set(key, value);
    }
    const search = params.toString();
    history.replaceState(history.state, '', search ? `?${search}` : location.pathname);
  };

  const setState = (state: 'idle' | 'loading' | 'done' | 'error', query = '') => {
    results.dataset.state = state;
    results.dataset.query = query;
    results.setAttribute('aria-busy', String(state === 'loading'));
  };

  const resultLinks = () => [...results.querySelectorAll<HTMLAnchorElement>('.search-result-title a')];

  function renderItem(type: ResultType, hit: Hit, data: PagefindData, queryWords: string[]): HTMLLIElement {
    const li = element('li', 'search-result');
    const heading = element('h3', 'search-result-title');
    const link = element('a');
    link.href = data.url;
    appendSegments(link, highlightWords(data.meta.title ?? data.url, queryWords));
    heading.append(link);
    li.append(heading);
    const facts =
      type === 'layanan'
        ? [data.meta.gerai, data.meta.biaya]
        : type === 'gerai'
          ? [data.meta.instansi]
          : type === 'pengumuman' && data.meta.tanggal
            ? [fill(strings.published, { date: safeDate(data.meta.tanggal) })]
            : [];
    const factText = facts.filter(Boolean).join(' · ');
    if (factText) li.append(element('p', 'search-result-facts', factText));
    // A service found by its name, aliases or summary (none of them in the excerpt's text) is
    // best described by its summary; otherwise show where the words occur.
    const summary = type === 'layanan' && (isStrongMatch(hit) || !data.excerpt.includes('<mark>')) && data.meta.ringkasan;
    const excerpt = element('p', 'search-result-excerpt');
    appendSegments(excerpt, summary ? highlightWords(summary, queryWords) : parseExcerpt(data.excerpt, queryWords));
    if (excerpt.textContent) li.append(excerpt);
    return li;
  }

  async function renderHits(list: HTMLOListElement, type: ResultType, hits: Hit[], queryWords: string[]) {
    const loaded = await Promise.all(hits.map(async (hit) => ({ hit, data: await hit.data() })));
    const items = loaded.map(({ hit, data }) => renderItem(type, hit, data, queryWords));
    list.append(...items);
    return items;
  }

  async function render(outcome: SearchOutcome, id: number) {
    const queryWords = understandQuery(outcome.shownQuery)
      .meaningful.flatMap((w) => w.split(/[\s-]+/))
      .filter(Boolean);
    // Promise.all keeps the groups in the order the ranking chose.
    const sections = await Promise.all(
      outcome.groups.map(async (group) => {
        const section = element('section', 'search-group');
        const headingId = `hasil-${group.type}`;
        section.setAttribute('aria-labelledby', headingId);
        const heading = element('h2', undefined, strings.types[group.type]);
        heading.id = headingId;
        heading.tabIndex = -1;
        heading.append(' ', element('span', 'search-group-count', `(${fill(strings.groupCount, { n: group.hits.length })})`));
        const list = element('ol', 'search-result-list');
        section.append(heading, list);
        // Typed on: the page data of these results would never be shown.
        if (id !== sequence) return section;
        await renderHits(list, group.type, group.hits.slice(0, FIRST[group.type]), queryWords);
        addMoreButton(section, list, group.type, group.hits, FIRST[group.type], queryWords);
        return section;
      }),
    );
    if (id !== sequence) return;
    results.replaceChildren(...sections);
    // Announcements are searched on request (or when nothing else answers), to spare slow connections.
    if (outcome.notSearched.includes('pengumuman')) {
      const more = element('button', 'button secondary search-also', strings.alsoAnnouncements);
      more.type = 'button';
      more.addEventListener('click', async () => {
        more.disabled = true;
        const index = await loadPagefind();
        await index.load('pengumuman');
        await search();
        // The button is gone: continue at the announcements, or in the search box.
        (results.querySelector<HTMLElement>('#hasil-pengumuman') ?? input).focus();
      });
      const wrap = element('p', 'search-also');
      wrap.append(more);
      results.append(wrap);
    }

    suggestionBox.replaceChildren();
    suggestionBox.hidden = !outcome.suggestion;
    if (outcome.suggestion) {
      const link = element('a', undefined, outcome.suggestion);
      const params = new URLSearchParams({ q: outcome.suggestion });
      link.href = `?${params}`;
      link.dataset.suggestion = outcome.suggestion;
      suggestionBox.append(`${strings.didYouMean} `, link);
    }

    if (notOffered) notOffered.hidden = !outcome.notOffered;
    const isFiltered = filtered();
    if (outcome.notOffered)
      status.textContent = `${fill(strings.notOfferedStatus, { q: outcome.query })}${outcome.total > 0 ? ` ${strings.notOfferedClose}` : ''}`;
    else if (outcome.corrected) status.textContent = fill(strings.corrected, { q: outcome.query, s: outcome.shownQuery, n: outcome.total });
    else if (outcome.relaxed) status.textContent = fill(strings.relaxed, { q: outcome.query, s: outcome.shownQuery, n: outcome.total });
    else if (outcome.total > 0)
      status.textContent = fill(isFiltered ? strings.resultsFiltered : strings.results, { q: outcome.query, n: outcome.total });
    else status.textContent = `${fill(isFiltered ? strings.noneFiltered : strings.none, { q: outcome.query })} ${strings.noneHelp}`;
    setState('done', outcome.query);
  }

  function addMoreButton(section: HTMLElement, list: HTMLOListElement, type: ResultType, hits: Hit[], shown: number, queryWords: string[]) {
    const left = hits.length - shown;
    if (left <= 0) return;
    const button = element('button', 'button secondary search-more', fill(strings.more, { n: Math.min(left, MORE) }));
    button.type = 'button';
    button.addEventListener('click', async () => {
      button.disabled = true;
      const items = await renderHits(list, type, hits.slice(shown, shown + MORE), queryWords);
      button.remove();
      addMoreButton(section, list, type, hits, shown + MORE, queryWords);
      // Keyboard and screen-reader users continue at the first new result.
      items[0]?.querySelector('a')?.focus();
    });
    section.append(button);
  }

  /**
   * Search the box's text. `typed`: started by typing (not Enter, a filter or the address),
   * so it may be typed on; `retry`: the second try after the index was replaced.
   */
  async function search(typed = false, retry = false): Promise<void> {
    clearTimeout(timer);
    syncUrl();
    const id = ++sequence;
    const query = input.value;
    if (!searchableQuery(query)) {
      results.replaceChildren();
      suggestionBox.hidden = true;
      if (notOffered) notOffered.hidden = true;
      status.textContent = '';
      setState('idle');
      return;
    }
    setState('loading', query.trim());
    let index: SearchIndex;
    try {
      if (!pagefind) results.replaceChildren(element('p', 'muted', strings.loading));
      index = await loadPagefind();
    } catch {
      if (id !== sequence) return;
      results.replaceChildren();
      status.textContent = strings.failed;
      setState('error', query.trim());
      return;
    }
    // Typed on while Pagefind loaded: only the newest text is searched.
    if (id !== sequence) return;
    const settle = () => new Promise<void>((resolve) => setTimeout(resolve, typed ? SETTLE_MS : 0));
    try {
      const outcome = await runSearch(index, query, filters(), loadTerms, () => id === sequence, settle);
      if (id !== sequence) return;
      await render(outcome, id);
    } catch {
      // Index files are content-named, so a page left open across a publish asks for files
      // the new release no longer has (it never mixes releases): open the new index and
      // search again, once.
      if (id !== sequence) return;
      if (!retry) {
        reopened++;
        pagefind = null;
        terms = null;
        return search(typed, true);
      }
      results.replaceChildren();
      status.textContent = strings.failed;
      setState('error', query.trim());
    }
  }

  const searchSoon = () => {
    // A search still running for the earlier text stops before it downloads more.
    sequence++;
    clearTimeout(timer);
    timer = setTimeout(() => void search(true), DEBOUNCE_MS);
  };

  // Load Pagefind as soon as the resident shows intent, so the first results come quickly.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', searchSoon);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  for (const select of selects.values()) select?.addEventListener('change', () => void search());

  suggestionBox.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-suggestion]');
    if (!link) return;
    event.preventDefault();
    input.value = link.dataset.suggestion ?? '';
    input.focus();
    void search();
  });

  // Arrow keys move between the search box and the result links; Enter opens a link.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = resultLinks()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  results.addEventListener('keydown', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLAnchorElement)) return;
    const links = resultLinks();
    const index = links.indexOf(target);
    if (index < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? links[index + 1] : (links[index - 1] ?? input);
      next?.focus();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });

  // Arriving with ?q= (from the header form, a shared link or a reload) searches at once.
  const params = new URLSearchParams(location.search);
  for (const key of FILTER_KEYS) {
    const select = selects.get(key);
    const value = params.get(key);
    if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  if (details && filtered()) details.open = true;
  const initial = params.get('q');
  setState('idle');
  if (initial?.trim()) {
    input.value = initial;
    void search();
  }
}

function safeDate(value: string): string {
  try {
    return formatDate(value);
  } catch {
    return value;
  }
}

const searchForm = document.querySelector<HTMLFormElement>('form[data-search]');
const elements = searchForm && findElements(searchForm);
if (elements) setup(elements);
