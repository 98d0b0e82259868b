// A service this MPP lists but does not serve: its page says where residents go instead (the
// content's "Tidak dilayani di MPP ini" availability, in the index as the `tempatLain` meta).
// When a search finds such a service first, the search says so first, with where to go, so
// that result never reads as an answer here ("daftar nikah" is done at the KUA).
import { HINT_RERANK } from './groups.ts';
import { intentsOf } from './intent.ts';
import type { Hit } from './pagefind-api.ts';
import { MIN_PREFIX, wordMatches } from './query-words.ts';
import { isStopWord, saysNothing } from './stop-words.ts';
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
  const described = await describeNames(leading, meaningful, names);
  if (!first.servedElsewhere) return namedWhole(groups, services, leading, described);
  const named = described.map((d) => d.count);
  // One named in part by the same words as the first's whole name is no rival ("syarat nikah di kua").
  const partOfFirst = (i: number) => isWholeBeforePart(described[0], described[i]);
  // The service served here named by the most words (the earliest among equals), if as many.
  let rival = -1;
  for (const [i, hit] of leading.entries()) {
    const count = named[i] ?? 0;
    if (i > 0 && !hit.servedElsewhere && !partOfFirst(i) && count >= (named[0] ?? 0) && (rival < 0 || count > (named[rival] ?? 0)))
      rival = i;
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

/** How the query names each service: its whole name (namingWords), and by which naming words. */
interface NamedBy {
  whole: boolean;
  namedBy: string[];
  /** How many of the query's words (linking ones aside) its name and alias terms have. */
  count: number;
}

async function describeNames(
  leading: readonly Hit[],
  meaningful: readonly string[],
  names: (w: string, t: string) => boolean,
): Promise<NamedBy[]> {
  return Promise.all(
    leading.map(async (hit) => {
      const { meta } = await hit.data();
      const title = namingWords(meta.title ?? '');
      const terms = words(`${meta.title ?? ''} ${meta.kata ?? ''}`);
      const said = meaningful.filter((w) => terms.some((t) => names(w, t)));
      return {
        whole: title.length > 0 && title.every((t) => meaningful.some((w) => names(w, t))),
        // Words that name: not those any service may have among its alias terms ("syarat").
        namedBy: said.filter((w) => !isStopWord(w)),
        count: said.length,
      };
    }),
  );
}

/**
 * Whether `whole` (a service whose whole name the query says) is named better than `part`, named
 * in part by the same words: "syarat nikah" says all of "Pendaftaran Nikah" and only part of
 * "Legalisasi Buku Nikah". Not against a service named by other words ("disahkan" of "nikah siri
 * mau disahkan", in a vehicle tax's alias terms), nor one named by none.
 */
function isWholeBeforePart(whole: NamedBy | undefined, part: NamedBy | undefined): boolean {
  if (!whole?.whole || !part || part.whole || part.namedBy.length === 0) return false;
  return part.namedBy.every((w) => whole.namedBy.includes(w));
}

/**
 * Among services named by the same words, the one the query names whole comes first, even when
 * it is served elsewhere (isWholeBeforePart): a resident asking "syarat nikah" is about to marry,
 * at the KUA. When both are named whole ("sim": the new licence at Satpas, the renewal here)
 * the one served here stays first.
 */
function namedWhole(
  groups: ResultGroup<Hit>[],
  services: ResultGroup<Hit>,
  leading: readonly Hit[],
  described: readonly NamedBy[],
): ResultGroup<Hit>[] {
  if (!isStrongMatch(leading[0] as Hit)) return groups;
  // Only when no other word of the query names another of the first services ("ktp" of "nikah
  // muda belum 17 bisa bikin ktp"): the query is about more than the service named whole.
  const namesAll = (i: number) => described.every((d) => d.namedBy.every((w) => described[i]?.namedBy.includes(w)));
  const better = leading.findIndex(
    (hit, i) => i > 0 && hit.servedElsewhere && isWholeBeforePart(described[i], described[0]) && namesAll(i),
  );
  if (better < 0) return groups;
  const hits = [services.hits[better] as Hit, ...services.hits.filter((_, i) => i !== better)];
  return groups.map((g) => (g === services ? { ...g, hits } : g));
}
