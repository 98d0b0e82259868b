// A service this MPP lists but does not serve: its page says where residents go instead (the
// content's "Tidak dilayani di MPP ini" availability, in the index as the `tempatLain` meta).
// When a search finds such a service first, the search says so first, with where to go, so
// that result never reads as an answer here ("daftar nikah" is done at the KUA).
import { HINT_RERANK, namedCounts } from './groups.ts';
import { intentsOf } from './intent.ts';
import type { Hit } from './pagefind-api.ts';
import { MIN_PREFIX, wordMatches } from './query-words.ts';
import { saysNothing } from './stop-words.ts';
import { words } from './normalize.ts';
import { isPreferenceWord } from './request-words.ts';
import { isStrongMatch, type ResultGroup } from './rank.ts';

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
 * elsewhere" for a service the words do not single out. A service served elsewhere whose whole
 * name the query says leads one served here named by the same words only in part (namedWhole).
 */
export async function elsewhereOnlyWhenNamed(groups: ResultGroup<Hit>[], typed: readonly string[]): Promise<ResultGroup<Hit>[]> {
  const services = groups.find((g) => g.type === 'layanan');
  const first = services?.hits[0];
  if (!services || !first || intentsOf(typed).size > 0) return groups;
  // Every word but the linking and filler ones: "daftar" of "daftar nikah" names a registration.
  const meaningful = typed.filter((w) => !saysNothing(w));
  // A short word is an abbreviation typed whole: "sim" names no "simpedes" savings account.
  const names = (w: string, t: string) => (w.length <= MIN_PREFIX ? w === t : wordMatches(w, t));
  const leading = services.hits.slice(0, HINT_RERANK);
  if (!first.servedElsewhere) return namedWhole(groups, services, leading, meaningful, names);
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

/** A noun made of a verb ("pengecekan", "legalisasi"): what is done to the thing a title names. */
const ACTION_NOUN = /^pe[a-z]+an$|[a-z]{3}asi$/;

/**
 * The words of a title that say what the service is for: not its kind of request
 * ("Pendaftaran", "Baru"), a linking word, nor the action that leads a longer title.
 * "Pendaftaran Nikah" is "nikah"; "Legalisasi Buku Nikah" is "buku nikah".
 */
function namingWords(title: string): string[] {
  const named = words(title).filter((w) => !isPreferenceWord(w) && !saysNothing(w));
  return named.length >= 2 && ACTION_NOUN.test(named[0] ?? '') ? named.slice(1) : named;
}

/**
 * Among services named by as many words, the one the query names whole comes first, even when
 * it is served elsewhere: "syarat nikah" says all of "Pendaftaran Nikah" (done at the KUA) and
 * only part of "Legalisasi Buku Nikah" (done here), and a resident asking it is about to marry.
 * When both are named whole ("sim": the new licence at Satpas, the renewal here) the one
 * served here stays first.
 */
async function namedWhole(
  groups: ResultGroup<Hit>[],
  services: ResultGroup<Hit>,
  leading: readonly Hit[],
  meaningful: readonly string[],
  names: (w: string, t: string) => boolean,
): Promise<ResultGroup<Hit>[]> {
  const described = await Promise.all(
    leading.map(async (hit) => {
      const { meta } = await hit.data();
      const title = namingWords(meta.title ?? '');
      const terms = words(`${meta.title ?? ''} ${meta.kata ?? ''}`);
      return {
        whole: title.length > 0 && title.every((t) => meaningful.some((w) => names(w, t))),
        namedBy: meaningful.filter((w) => terms.some((t) => names(w, t))),
      };
    }),
  );
  const first = described[0];
  // Only against a service the same words name: a first result named by other words
  // ("disahkan" of "nikah siri mau disahkan", in a vehicle tax's alias terms) is no rival.
  if (!first || first.whole || first.namedBy.length === 0 || !isStrongMatch(leading[0] as Hit)) return groups;
  const sameWords = (namedBy: readonly string[]) => first.namedBy.every((w) => namedBy.includes(w));
  const better = described.findIndex((d, i) => i > 0 && leading[i]?.servedElsewhere && d.whole && sameWords(d.namedBy));
  if (better < 0) return groups;
  const hits = [services.hits[better] as Hit, ...services.hits.filter((_, i) => i !== better)];
  return groups.map((g) => (g === services ? { ...g, hits } : g));
}
