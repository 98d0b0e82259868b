// The /cari/ page: results as the resident types, grouped by type, with filters, keyboard
// navigation and "Mungkin maksud Anda". Pagefind (/pagefind/pagefind.js, its WebAssembly and
// index) is imported only when the search box is focused or used, or when the page opens
// with ?q=, so visitors who never search never download it. The search flow itself lives in
// src/search/core/engine.ts and is shared with the relevance test and the benchmark; this
// script wires the page: search/render.ts draws, search/keyboard.ts moves focus,
// search/pagefind-loader.ts loads, src/search/core/address.ts keeps the address.
import { FILTER_KEYS, filtersFromAddress, searchQueryString } from '../core/address.ts';
import { runSearch, type SearchFilters, type SearchIndex } from '../core/engine.ts';
import { MAX_QUERY_LENGTH, searchableQuery } from '../core/normalize.ts';
import type { ResultType } from '../core/rank.ts';
import type { SearchStrings } from '../core/results-text.ts';
import { element } from './dom.ts';
import { wireResultKeys } from './keyboard.ts';
import { loadPagefind, loadTerms, pagefindRequested, reopenIndex } from './pagefind-loader.ts';
import { createRenderer } from './render.ts';

const DEBOUNCE_MS = 200;
/**
 * How long typing must have stopped before a search that the first Pagefind search does
 * not answer goes on to download more (announcements, the term list): a word typed on
 * within this time never loads them.
 */
const SETTLE_MS = 600;

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
  const strings = JSON.parse(form.dataset.strings ?? '{}') as SearchStrings;
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
    const search = searchQueryString(input.value, (key) => selects.get(key)?.value);
    history.replaceState(history.state, '', search ? `?${search}` : location.pathname);
  };

  const setState = (state: 'idle' | 'loading' | 'done' | 'error', query = '') => {
    results.dataset.state = state;
    results.dataset.query = query;
    results.setAttribute('aria-busy', String(state === 'loading'));
  };
  const showFailure = (query: string) => {
    results.replaceChildren();
    status.textContent = strings.failed;
    delete status.dataset.elsewhere;
    setState('error', query.trim());
  };

  const render = createRenderer({
    input,
    status,
    suggestionBox,
    results,
    notOffered,
    strings,
    isCurrent: (id) => id === sequence,
    filtered,
    includeAnnouncements: async () => {
      const index = await loadPagefind();
      await index.load('pengumuman');
      await search();
    },
    done: (query) => setState('done', query),
  });

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
      delete status.dataset.elsewhere;
      setState('idle');
      return;
    }
    setState('loading', query.trim());
    let index: SearchIndex;
    try {
      if (!pagefindRequested()) results.replaceChildren(element('p', 'muted', strings.loading));
      index = await loadPagefind();
    } catch {
      if (id !== sequence) return;
      showFailure(query);
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
        reopenIndex();
        return search(typed, true);
      }
      showFailure(query);
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

  wireResultKeys(input, results);

  // Arriving with ?q= (from the header form, a shared link or a reload) searches at once.
  const params = new URLSearchParams(location.search);
  const chosen = filtersFromAddress(params, (key, value) => {
    const select = selects.get(key);
    return !!select && [...select.options].some((o) => o.value === value);
  });
  for (const key of FILTER_KEYS) {
    const select = selects.get(key);
    const value = chosen[key];
    if (select && value) select.value = value;
  }
  if (details && filtered()) details.open = true;
  const initial = params.get('q');
  setState('idle');
  if (initial?.trim()) {
    // A link may carry any length; the box takes what a resident could type into it.
    input.value = initial.slice(0, MAX_QUERY_LENGTH);
    void search();
  }
}

const searchForm = document.querySelector<HTMLFormElement>('form[data-search]');
const elements = searchForm && findElements(searchForm);
if (elements) setup(elements);
