// Draws a search outcome: the result groups with "Tampilkan lagi", the offer to search
// announcements too, "Mungkin maksud Anda" and the status line. The words come from
// src/search/core/results-text.ts.
import { fill } from '../../lib/format.ts';
import type { SearchOutcome } from '../core/engine.ts';
import { highlightWords, parseExcerpt } from '../core/highlight.ts';
import type { Hit, PagefindData } from '../core/pagefind-api.ts';
import type { ResultType } from '../core/rank.ts';
import {
  availabilityTag,
  FIRST_RESULTS,
  highlightTerms,
  MORE_RESULTS,
  resultFacts,
  type SearchStrings,
  statusLine,
  summaryInstead,
} from '../core/results-text.ts';
import { appendSegments, element } from './dom.ts';

/** The page parts a render writes to, and what it asks of the search flow. */
export interface RenderTarget {
  input: HTMLInputElement;
  status: HTMLElement;
  suggestionBox: HTMLElement;
  results: HTMLElement;
  notOffered: HTMLElement | null;
  strings: SearchStrings;
  /** Whether search `id` is still the newest (typed on otherwise). */
  isCurrent: (id: number) => boolean;
  /** Whether any filter is chosen. */
  filtered: () => boolean;
  /** Loads the announcements bundle and searches again. */
  includeAnnouncements: () => Promise<void>;
  /** Marks the results done for this query. */
  done: (query: string) => void;
}

/** Creates the renderer for one search page. */
export function createRenderer(target: RenderTarget) {
  const { input, status, suggestionBox, results, notOffered, strings } = target;

  function renderItem(type: ResultType, hit: Hit, data: PagefindData, queryWords: string[]): HTMLLIElement {
    const li = element('li', 'search-result');
    const heading = element('h3', 'search-result-title');
    const link = element('a');
    link.href = data.url;
    appendSegments(link, highlightWords(data.meta.title ?? data.url, queryWords));
    heading.append(link);
    li.append(heading);
    const factText = resultFacts(type, data.meta, strings);
    if (factText) li.append(element('p', 'search-result-facts', factText));
    // Limited or served elsewhere: said on the result, as on the service's card and page.
    const tag = availabilityTag(type, data.meta, strings);
    if (tag) {
      const tagLine = element('p', 'search-result-availability');
      tagLine.dataset.availability = data.meta.ketersediaan;
      tagLine.append(element('span', 'tag', tag));
      li.append(tagLine);
    }
    const summary = summaryInstead(type, hit, data);
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

  function addMoreButton(section: HTMLElement, list: HTMLOListElement, type: ResultType, hits: Hit[], shown: number, queryWords: string[]) {
    const left = hits.length - shown;
    if (left <= 0) return;
    const button = element('button', 'button secondary search-more', fill(strings.more, { n: Math.min(left, MORE_RESULTS) }));
    button.type = 'button';
    button.addEventListener('click', async () => {
      button.disabled = true;
      const items = await renderHits(list, type, hits.slice(shown, shown + MORE_RESULTS), queryWords);
      button.remove();
      addMoreButton(section, list, type, hits, shown + MORE_RESULTS, queryWords);
      // Keyboard and screen-reader users continue at the first new result.
      items[0]?.querySelector('a')?.focus();
    });
    section.append(button);
  }

  function announcementsOffer(): HTMLElement {
    const more = element('button', 'button secondary search-also', strings.alsoAnnouncements);
    more.type = 'button';
    more.addEventListener('click', async () => {
      more.disabled = true;
      await target.includeAnnouncements();
      // The button is gone: continue at the announcements, or in the search box.
      (results.querySelector<HTMLElement>('#hasil-pengumuman') ?? input).focus();
    });
    const wrap = element('p', 'search-also');
    wrap.append(more);
    return wrap;
  }

  function showSuggestion(suggestion: string | null) {
    suggestionBox.replaceChildren();
    suggestionBox.hidden = !suggestion;
    if (!suggestion) return;
    const link = element('a', undefined, suggestion);
    const params = new URLSearchParams({ q: suggestion });
    link.href = `?${params}`;
    link.dataset.suggestion = suggestion;
    suggestionBox.append(`${strings.didYouMean} `, link);
  }

  /** Draws search `id`'s outcome, unless a newer search has started meanwhile. */
  return async function render(outcome: SearchOutcome, id: number) {
    const queryWords = highlightTerms(outcome.shownQuery);
    // Promise.all keeps the groups in the order the ranking chose.
    const sections = await Promise.all(
      outcome.groups.map(async (group) => {
        const section = element('section', 'search-group');
        const headingId = `hasil-${group.type}`;
        section.setAttribute('aria-labelledby', headingId);
        // Near matches of a search for something not offered are labelled as such.
        const heading = element('h2', undefined, outcome.notOffered ? strings.nearMatches : strings.types[group.type]);
        heading.id = headingId;
        heading.tabIndex = -1;
        heading.append(' ', element('span', 'search-group-count', `(${fill(strings.groupCount, { n: group.hits.length })})`));
        const list = element('ol', 'search-result-list');
        section.append(heading, list);
        // Typed on: the page data of these results would never be shown.
        if (!target.isCurrent(id)) return section;
        await renderHits(list, group.type, group.hits.slice(0, FIRST_RESULTS[group.type]), queryWords);
        addMoreButton(section, list, group.type, group.hits, FIRST_RESULTS[group.type], queryWords);
        return section;
      }),
    );
    if (!target.isCurrent(id)) return;
    results.replaceChildren(...sections);
    // Announcements are searched on request (or when nothing else answers), to spare slow connections.
    if (outcome.notSearched.includes('pengumuman')) results.append(announcementsOffer());
    showSuggestion(outcome.suggestion);
    if (notOffered) notOffered.hidden = !outcome.notOffered;
    status.textContent = statusLine(outcome, target.filtered(), strings);
    // Which service the status says is served elsewhere (its page tells what to bring there).
    if (outcome.elsewhere) status.dataset.elsewhere = new URL(outcome.elsewhere.url, location.href).pathname;
    else delete status.dataset.elsewhere;
    target.done(outcome.query);
  };
}
