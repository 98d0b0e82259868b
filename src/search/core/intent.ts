// What a query asks of the thing it names, beyond its name: a first document or licence, a
// renewal, a change or a replacement ("ujian sim" is a new licence, "perpanjang sim" a
// renewal, though both pages say "ujian"), and who it is for (bayi, anak, lansia: a service
// for everyone rarely says so). Services whose title asks for another kind of thing than
// the query make way for those whose title asks for the same; audience words break ties
// instead of having to appear on the page. Pure word lists, true for every MPP.
import { wordMatches } from './query-words.ts';

import { EVENTS_AFTER_TIME_WORDS, HAVE_WORDS, INTENT_WORDS, NOT_YET_WORDS, TIME_WORDS, WANT_WORDS } from './request-words.ts';

export { AUDIENCE_WORDS, INTENT_WORDS } from './request-words.ts';

/** The kind of request of a first document or licence. */
const NEW_REQUEST = 'baru';

const INTENT_OF = new Map<string, string>();
for (const [intent, list] of Object.entries(INTENT_WORDS)) for (const word of list) INTENT_OF.set(word, intent);

/**
 * The kinds of request among `words` (in order); "baru" of "lahir baru" describes a baby and
 * "habis" of "habis nikah" a time (EVENTS_AFTER_TIME_WORDS), not a request; "belum punya" and
 * "mau punya" ask for a first one (NOT_YET_WORDS, WANT_WORDS, HAVE_WORDS); the new one of
 * a lost or damaged document ("ktp hilang, ngurus yang baru") is its replacement, not a first one.
 */
export function intentsOf(words: readonly string[]): Set<string> {
  const found = new Set<string>();
  words.forEach((word, i) => {
    if (word === 'baru' && words[i - 1] === 'lahir') return;
    if (TIME_WORDS.has(word) && EVENTS_AFTER_TIME_WORDS.has(words[i + 1] ?? '')) return;
    const intent = INTENT_OF.get(word);
    if (intent) found.add(intent);
    // Never had it, or wanting to have it: a first one ("belum pernah punya sim", "mau punya sim").
    if (HAVE_WORDS.has(word) && (NOT_YET_WORDS.has(words[i - 1] ?? '') || WANT_WORDS.has(words[i - 1] ?? ''))) found.add(NEW_REQUEST);
  });
  if (found.has('hilang')) found.delete('baru');
  return found;
}

/** How a service title fits the query's kinds of request: 0 asks for one of them, 1 for none, 2 only for others. */
export function intentFit(queryIntents: ReadonlySet<string>, titleWords: readonly string[]): 0 | 1 | 2 {
  if (queryIntents.size === 0) return 1;
  const title = intentsOf(titleWords);
  if ([...title].some((i) => queryIntents.has(i))) return 0;
  return title.size > 0 ? 2 : 1;
}

/** Whether the title is for one of the audience words of the query ("Kartu Identitas Anak" for "anak"). */
export function servesAudience(audience: readonly string[], titleWords: readonly string[]): boolean {
  return audience.some((a) => titleWords.some((w) => wordMatches(a, w)));
}
