// The order of the services found for a query of several words. Pagefind ranks the pages
// that have every word by how often and where they have them, so a service whose text
// mentions every word ("bpjs ... perubahan data ... akta lahir bayi") can come before the
// one the query names ("akta lahir"), and the named service is missing altogether when its
// page lacks one word ("sim motor": the new-licence page says "SIM C"). So the services the
// words name (title or alias terms) come first, by how many words name them; then those that
// only mention the words.
import type { Hit } from './pagefind-api.ts';
import { isStrongMatch, type ResultGroup, type ResultType } from './rank.ts';

/** What the ordering needs to know of the index: each page's type (services have none). */
export interface PageTypes {
  typeOf: ReadonlyMap<string, ResultType>;
}

/**
 * `groups` (the pages with every word) with their services reordered and joined by the
 * services named by the words that lack one of them. `wordHits` gives one word's hits
 * (without Pagefind's prefix fallback). One word: nothing to weigh, returned as it is.
 */
export async function withNamedServices(
  groups: ResultGroup<Hit>[],
  meaningful: readonly string[],
  wordHits: (word: string) => Promise<Hit[]>,
  pages: PageTypes,
): Promise<ResultGroup<Hit>[]> {
  const serviceGroup = groups.find((g) => g.type === 'layanan');
  if (meaningful.length < 2) return groups;
  const perWord = await Promise.all(meaningful.map(async (word) => ({ word, hits: await wordHits(word) })));
  const found = new Map<string, { hit: Hit; words: number; namedBy: number; first: number }>();
  (serviceGroup?.hits ?? []).forEach((hit, i) => {
    found.set(hit.id, { hit, words: 0, namedBy: 0, first: i });
  });
  const withAll = new Set(found.keys());
  let order = found.size;
  for (const { hits } of perWord) {
    for (const hit of hits) {
      if (pages.typeOf.has(hit.id)) continue; // services are the untyped pages
      const page = found.get(hit.id) ?? { hit, words: 0, namedBy: 0, first: order++ };
      page.words++;
      if (isStrongMatch(hit)) page.namedBy++;
      found.set(hit.id, page);
    }
  }
  // The services the words name come first, those named by more of the words before ("akta"
  // and "lahir" name the birth certificate, "baru" of "bayi baru lahir" only the new SKCK),
  // then those with every word, then in Pagefind's order. A named service lacking one word
  // competes by how many words name it only when every word it has names it ("akte lahir
  // bayi": the birth certificate, named by two, before the insurance data change whose alias
  // terms say "bayi"); otherwise it follows those with every word. Services that only mention
  // the words come last.
  const tier = (id: string, p: { words: number; namedBy: number }) =>
    withAll.has(id) ? (p.namedBy > 0 ? 0 : 2) : p.namedBy > 0 && p.words >= meaningful.length - 1 ? 1 : 3;
  const named = (p: { tier: number }) => (p.tier < 2 ? 0 : 1);
  const fully = (p: { tier: number; words: number; namedBy: number }) => p.tier === 0 || p.namedBy === p.words;
  const services = [...found]
    .map(([id, p]) => ({ ...p, tier: tier(id, p) }))
    .filter((p) => p.tier < 3)
    .sort(
      (a, b) =>
        named(a) - named(b) || (a.tier < 2 && fully(a) && fully(b) ? b.namedBy - a.namedBy : 0) || a.tier - b.tier || a.first - b.first,
    )
    .map((p) => p.hit);
  if (services.length === 0) return groups;
  const rest = groups.filter((g) => g.type !== 'layanan');
  return serviceGroup
    ? groups.map((g) => (g.type === 'layanan' ? { type: g.type, hits: services } : g))
    : [{ type: 'layanan', hits: services }, ...rest];
}
