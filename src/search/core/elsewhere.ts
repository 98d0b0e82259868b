// A service this MPP lists but does not serve: its page says where residents go instead (the
// content's "Tidak dilayani di MPP ini" availability, in the index as the `tempatLain` meta).
// When a search finds such a service first, the search says so first, with where to go, so
// that result never reads as an answer here ("daftar nikah" is done at the KUA).
import { HINT_RERANK, namedCounts } from './groups.ts';
import { intentsOf } from './intent.ts';
import type { Hit } from './pagefind-api.ts';
import { MIN_PREFIX, wordMatches } from './query-words.ts';
import { saysNothing } from './stop-words.ts';
import type { ResultGroup } from './rank.ts';

/** The service found first when it is served elsewhere, and where. */
export interface ServedElsewhere {
  title: string;
  url: string;
  /** The content's explanation and the place to go instead. */
  note: string;
}

/** The first result when it is a service served elsewhere; else null. */
export async function servedElsewhere(groups: readonly ResultGroup<Hit>[]): Promise<ServedElsewhere | null> {
  const first = groups[0];
  const hit = first?.type === 'layanan' ? first.hits[0] : undefined;
  if (!hit) return null;
  const data = await hit.data();
  const note = data.meta.tempatLain?.replace(/\s+/g, ' ').trim();
  return note ? { title: data.meta.title ?? data.url, url: data.url, note } : null;
}

/**
 * A service served elsewhere leads the services only when its name and alias terms say more
 * of the query's words (`typed`: all of them, as understood) than those of each service served
 * here among the first few, or when the query says what kind of request it is (a first one, a
 * renewal: preferRequested has put the one asked for first, "tes sim motor"). "Daftar nikah di
 * kua" names the KUA registration; "surat keterangan janda" names it no better than the SKCK
 * ("surat keterangan"), and "file divorce online pengadilan agama" names the e-court
 * assistance better: there the service served here comes first, and the search never says "go
 * elsewhere" for a service the words do not single out.
 */
export async function elsewhereOnlyWhenNamed(groups: ResultGroup<Hit>[], typed: readonly string[]): Promise<ResultGroup<Hit>[]> {
  const services = groups.find((g) => g.type === 'layanan');
  const first = services?.hits[0];
  if (!services || !first?.servedElsewhere || intentsOf(typed).size > 0) return groups;
  // Every word but the linking and filler ones: "daftar" of "daftar nikah" names a registration.
  const meaningful = typed.filter((w) => !saysNothing(w));
  // A short word is an abbreviation typed whole: "sim" names no "simpedes" savings account.
  const names = (w: string, t: string) => (w.length <= MIN_PREFIX ? w === t : wordMatches(w, t));
  const leading = services.hits.slice(0, HINT_RERANK);
  const named = await namedCounts(leading, meaningful, names);
  // The service served here named by the most words (the earliest among equals), if as many.
  let rival = -1;
  for (const [i, hit] of leading.entries()) {
    const count = named[i] ?? 0;
    if (i > 0 && !hit.servedElsewhere && count >= (named[0] ?? 0) && (rival < 0 || count > (named[rival] ?? 0))) rival = i;
  }
  if (rival < 0) return groups;
  // The rival comes first; the others keep their order.
  const hits = [services.hits[rival] as Hit, ...services.hits.filter((_, i) => i !== rival)];
  return groups.map((g) => (g === services ? { ...g, hits } : g));
}
