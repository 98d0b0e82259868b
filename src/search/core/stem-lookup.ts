// Words no page has in the form typed, found by their stem: "meteran" is on the pages as
// "meter", "pindahan" as "pindah", the chat form "nunggak" as "tunggakan". The engine (step 5
// of engine.ts) looks them up before it takes a word as missing.
import type { SearchIndex } from './session.ts';
import { isNounOf, matchedWords, stemsOf } from './query-words.ts';
import { looksLikeVerbForm } from './unknown-words.ts';
import { realHits } from './word-hits.ts';

/**
 * For each word a page has by a stem, the quoted stem to search for it instead. The stem is
 * searched as a whole word ("mula" of "pemula" must not find "mulai"), longest stem first.
 */
export async function stemsOnPages(index: SearchIndex, words: readonly string[]): Promise<Map<string, string>> {
  const stems = new Map<string, string>();
  for (const word of words) {
    for (const stem of stemsOf(word)) {
      // The best page must have the stem itself, or for a chat form that is no passive verb
      // the noun made of it ("tunggakan" for "nunggak"; "ditanggung" is no "tanggungan"):
      // Pagefind's own stemming finds "memulai" for "mula".
      const best = (await realHits(index, `"${stem}"`, {}))[0];
      const onPage = (w: string) => w === stem || (!looksLikeVerbForm(word) && isNounOf(w, stem));
      if (!best || !matchedWords(await best.data()).some(onPage)) continue;
      stems.set(word, `"${stem}"`);
      break;
    }
  }
  return stems;
}
