// One Pagefind search turned into result groups: hits sorted by type (without loading page
// data), short words matched whole, and the first services reordered by the stop words the
// query set aside. The steps of the whole search are in engine.ts.
import { intentFit, intentsOf, servesAudience } from './intent.ts';
import { canonicalQuery, type QueryWords, words } from './normalize.ts';
import type { Hit } from './pagefind-api.ts';
import { MIN_PREFIX, stemsOf, wordMatches } from './query-words.ts';
import { isStrongMatch, orderGroups, POPULAR_PRIOR, RESULT_TYPES, type ResultGroup, type ResultType } from './rank.ts';
import { type SearchIndex, TYPE_FILTER } from './session.ts';
import { isStopWord, saysNothing } from './stop-words.ts';

/** Filters a resident can set on the search page (all optional; combined with AND). */
export interface SearchFilters {
  tipe?: ResultType | '';
  gerai?: string;
  instansi?: string;
}

/** One Pagefind search for the query (with the resident's filters), grouped by type and ordered. */
export async function searchGroups(index: SearchIndex, query: string, filters: SearchFilters = {}): Promise<ResultGroup<Hit>[]> {
  const term = canonicalQuery(query);
  if (!term) return [];
  const filter: Record<string, string> = {};
  // Services carry no type filter (any untyped hit is a service): they are picked below.
  if (filters.tipe && filters.tipe !== 'layanan') filter[TYPE_FILTER] = filters.tipe;
  if (filters.gerai) filter.gerai = filters.gerai;
  if (filters.instansi) filter.instansi = filters.instansi;
  const classes = await index.pageClasses();
  const found = await index.api.search(term, { filters: filter });
  const whole = await wholeWordPages(index, term, filter);
  const groups = new Map<ResultType, Hit[]>(RESULT_TYPES.map((type) => [type, []]));
  for (const hit of found?.results ?? []) {
    if (whole && !whole.has(hit.id)) continue;
    const type = classes.typeOf.get(hit.id) ?? 'layanan';
    if (filters.tipe && type !== filters.tipe) continue;
    groups
      .get(type)
      ?.push(
        Object.assign(hit, { prior: classes.popular.has(hit.id) ? POPULAR_PRIOR : 1, servedElsewhere: classes.elsewhere.has(hit.id) }),
      );
  }
  const ordered = orderGroups([...groups].map(([type, hits]) => ({ type, hits })));
  return wholeWordsFirst(index, term, filter, ordered);
}

/**
 * A three-letter word is mostly an abbreviation typed whole ("kir", "sim", "kur"): pages
 * that have it as a whole word come before those that only have a longer word starting with
 * it ("kirim", "simpedes", "kurang"), when there are any. Another exact search of the chunk
 * already loaded.
 */
async function wholeWordsFirst(
  index: SearchIndex,
  term: string,
  filter: Record<string, string>,
  groups: ResultGroup<Hit>[],
): Promise<ResultGroup<Hit>[]> {
  const three = term.split(' ').filter((w) => w.length === MIN_PREFIX);
  if (three.length === 0) return groups;
  const sets = await Promise.all(
    three.map(async (w) => new Set(((await index.api.search(`"${w}"`, { filters: filter }))?.results ?? []).map((h) => h.id))),
  );
  const whole = (hit: Hit) => sets.every((set) => set.has(hit.id));
  if (!groups.some((g) => g.hits.some(whole))) return groups;
  return groups.map((g) => ({ ...g, hits: [...g.hits.filter(whole), ...g.hits.filter((h) => !whole(h))] }));
}

/**
 * Pages that have every word of the query shorter than MIN_PREFIX as a whole word, or null
 * when there is none: Pagefind matches every word as a prefix, so "kk" would find "KKPR".
 * A quoted (exact) search reads the same index chunk, so this downloads nothing more.
 */
async function wholeWordPages(index: SearchIndex, term: string, filter: Record<string, string>): Promise<Set<string> | null> {
  const short = term.split(' ').filter((w) => w.length < MIN_PREFIX);
  if (short.length === 0) return null;
  const sets = await Promise.all(
    short.map(async (w) => new Set(((await index.api.search(`"${w}"`, { filters: filter }))?.results ?? []).map((h) => h.id))),
  );
  return new Set([...(sets[0] ?? [])].filter((id) => sets.every((set) => set.has(id))));
}

/** How many of the first services the left-out stop words may reorder (the page shows five). */
export const HINT_RERANK = 5;

/** The kind of request of a first document or licence (a key of INTENT_WORDS). */
const NEW = 'baru';

/**
 * How many of `queryWords` the name and alias terms of each of `hits` have (`matches` compares a
 * query word with a term). The first services' data is what the page shows first anyway.
 */
export async function namedCounts(
  hits: readonly Hit[],
  queryWords: readonly string[],
  matches: (queryWord: string, term: string) => boolean = wordMatches,
): Promise<number[]> {
  return Promise.all(
    hits.map(async (hit) => {
      const { meta } = await hit.data();
      const terms = words(`${meta.title ?? ''} ${meta.kata ?? ''}`);
      return queryWords.filter((w) => terms.some((t) => matches(w, t))).length;
    }),
  );
}

/**
 * Among the first services, those whose name or alias terms contain the stop words left
 * out of the query come first ("bikin ktp": the new KTP-el, whose aliases say "bikin"; "nikah
 * gereja": the marriage certificate), but not for a linking or filler word ("di", "mau":
 * saysNothing).
 * Their data is what the page shows first anyway, so this downloads nothing more.
 */
export async function preferHintWords(groups: ResultGroup<Hit>[], typedHints: readonly string[]): Promise<ResultGroup<Hit>[]> {
  const services = groups.find((g) => g.type === 'layanan');
  const hints = typedHints.filter((w) => !saysNothing(w));
  if (!services || hints.length === 0 || services.hits.length < 2) return groups;
  const first = services.hits.slice(0, HINT_RERANK);
  const counts = await namedCounts(first, hints);
  const reordered = first.map((hit, i) => ({ hit, i, n: counts[i] ?? 0 })).sort((a, b) => b.n - a.n || a.i - b.i);
  const hits = [...reordered.map((r) => r.hit), ...services.hits.slice(HINT_RERANK)];
  return groups.map((g) => (g === services ? { ...g, hits } : g));
}

/** Address folder of the life-event guides, indexed among services (a guide explains several). */
export const GUIDE_PATH = '/panduan/';

/**
 * Among the first services, a service named by the query's words (title or alias terms)
 * comes before the life-event guide that leads: the resident asked for it, and the guide that
 * explains it and its neighbours follows ("pindah domisili ke semarang": the moving service,
 * then the moving guide). The guide stays first when the query is its title or one of the key
 * phrases its editors gave it, word for word ("anak baru lahir", "mau menikah"): that is the
 * life event itself. Their data is what the page shows first anyway.
 */
export async function servicesBeforeGuides(groups: ResultGroup<Hit>[], query: string): Promise<ResultGroup<Hit>[]> {
  const services = groups.find((g) => g.type === 'layanan');
  if (!services || services.hits.length < 2) return groups;
  const first = services.hits.slice(0, HINT_RERANK);
  const data = await Promise.all(first.map((hit) => hit.data()));
  const guide = data.map((d) => d.url.startsWith(GUIDE_PATH));
  const firstGuide = guide.indexOf(true);
  const named = first.findIndex((hit, i) => !guide[i] && isStrongMatch(hit));
  if (firstGuide < 0 || named < 0 || named < firstGuide) return groups;
  const phrase = (text: string) => words(text).join(' ');
  const asked = phrase(query);
  const meta = data[firstGuide]?.meta ?? {};
  const eventPhrases = [meta.title ?? '', ...(meta.kata ?? '').split(',')].map(phrase);
  if (eventPhrases.includes(asked)) return groups;
  const hits = [first[named] as Hit, ...services.hits.filter((_, i) => i !== named)];
  return groups.map((g) => (g === services ? { ...g, hits } : g));
}

/**
 * Among the first services, those named like the query (title or alias terms) whose title asks
 * for what the query asks for come first ("ujian sim": the new licence before the renewal,
 * whose page says "tanpa ujian"), then those named like it for the query's audience ("ktp
 * anak": the child's card); the rest keep their order. When none of the first three asks for
 * it but one asks for something else, the services named like that one are searched too
 * ("sim"), so the one asked for is found even without every word of the query ("motor").
 * Downloads the data of at most ten more pages.
 */
export async function preferRequested(
  index: SearchIndex,
  groups: ResultGroup<Hit>[],
  query: Pick<QueryWords, 'meaningful' | 'audience' | 'all'>,
  filters: SearchFilters = {},
): Promise<ResultGroup<Hit>[]> {
  const services = groups.find((g) => g.type === 'layanan');
  const intents = intentsOf(query.all);
  if (!services || (intents.size === 0 && query.audience.length === 0)) return groups;
  // Hyphenated words count by their parts ("e-ktp": ktp).
  const wanted = words(query.meaningful.join(' ')).filter((w) => w.length >= 2);
  const describe = async (hit: Hit) => {
    const { meta } = await hit.data();
    const title = words(meta.title ?? '');
    // Not the verbs of alias terms like "buat skck", "bikin kk", in any form the build adds
    // ("dibuat", "pembuatan"): "dibuat" of "surat apa yang harus dibuat" names no SKCK.
    const fitsAny = (w: string) => isStopWord(w) || stemsOf(w).some(isStopWord);
    const terms = [...title, ...words(meta.kata ?? '')];
    const named = terms.filter((w, i) => i < title.length || !fitsAny(w));
    const has = (w: string) => named.some((n) => wordMatches(w, n));
    // The editors' alias terms may say what a title does not ("kk rusak" for a reprint, "bikin
    // paspor" for a first one).
    const asks = intentsOf(terms);
    const namedWords = wanted.filter(has);
    const fitCount = [...asks].filter((i) => intents.has(i)).length;
    const explicit = fitCount > 0;
    return {
      hit,
      title,
      explicit,
      fitCount,
      neutral: asks.size === 0,
      all: wanted.every(has),
      some: wanted.some(has),
      named: namedWords.length,
      namedWords,
    };
  };
  const described = await Promise.all(services.hits.slice(0, HINT_RERANK).map(describe));
  // A service whose name asks for no kind of request is one a resident gets anew ("Rekomendasi
  // Paspor Haji", "Kartu Kuning"): it fits a query that asks only for a new one when its name
  // says as many of the query's words as any of the first services, and none that says as
  // many asks for a new one in its name ("SIM Baru").
  const mostNamed = Math.max(0, ...described.map((p) => p.named));
  const newByDefault = intents.size === 1 && intents.has(NEW) && !described.some((p) => p.explicit && p.some && p.named >= mostNamed);
  const withFit = (p: Awaited<ReturnType<typeof describe>>) => {
    const byDefault = newByDefault && p.neutral && p.named >= mostNamed;
    return { ...p, fits: p.explicit || byDefault, fitCount: byDefault ? 1 : p.fitCount };
  };
  const pool = described.map(withFit);
  const fitting = pool.slice(0, 3).filter((p) => p.some && p.fits);
  // When those that fit name only some of the words ("nama" of a water account's transfer for
  // "ubah nama di kartu keluarga"), the words the first of them does not name are searched too.
  const unnamed = fitting.some((p) => p.all) ? [] : wanted.filter((w) => !fitting[0]?.namedWords.includes(w));
  if (intents.size > 0 && (fitting.length === 0 || (unnamed.length > 0 && unnamed.length < wanted.length))) {
    // Search again by what a service asking for something else is named after ("sim" of the
    // renewal), or else by each of the first named words ("kk", "anggota" of "ganti kk karena
    // anggota meninggal": the first word alone may be the wrong one, "nama" of "ubah nama di
    // kartu keluarga"); a few services of each.
    const other = pool.find((p) => !p.fits && intentFit(intents, p.title) === 2);
    const byOther = other ? wanted.filter((w) => other.title.some((t) => wordMatches(w, t))) : [];
    const terms = fitting.length ? [unnamed] : byOther.length ? [byOther] : wanted.slice(0, 3).map((w) => [w]);
    const found = await Promise.all(
      terms.map(async (named) =>
        ((await searchGroups(index, named.join(' '), filters)).find((g) => g.type === 'layanan')?.hits ?? []).slice(0, 5),
      ),
    );
    const seen = new Set(services.hits.map((h) => h.id));
    const more = [...new Map(found.flat().map((h) => [h.id, h])).values()];
    for (const hit of more.filter((h) => !seen.has(h.id)).slice(0, 10)) {
      const found = withFit(await describe(hit));
      if (found.some && found.fits) pool.push(found);
    }
  }
  // Asked-for kind and every named word, then the kind and some named word, then the audience.
  const key = (p: (typeof pool)[number]) =>
    p.fits && p.all ? 0 : p.fits && p.some ? 1 : p.some && servesAudience(query.audience, p.title) ? 2 : 3;
  // Among those that fit as well, the one whose name says more of the query's words ("kartu
  // keluarga" of "tambah nama di kartu keluarga", not the "nama" of a water account's transfer).
  const byNamed = (a: { named: number }, b: { named: number }, k: number) => (k < 3 ? b.named - a.named : 0);
  // Then the one that asks for more of what the query asks ("penggantian paspor yang hilang":
  // the lost passport's replacement, not the full one's).
  const ordered = pool
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => key(a) - key(b) || byNamed(a, b, key(a)) || (key(a) < 3 ? b.fitCount - a.fitCount : 0) || a.i - b.i);
  const moved = new Set(ordered.map((p) => p.hit.id));
  const hits = [...ordered.map((p) => p.hit), ...services.hits.filter((h) => !moved.has(h.id))];
  return groups.map((g) => (g === services ? { ...g, hits } : g));
}
