// How guessable a new password is, with zxcvbn-ts: its list of leaked passwords (about
// 49,000, ASVS 2.1.7) plus Indonesian words and names, so "jakarta12345" or
// "pekalongan2024" count as weak although long. Loaded on first use: the dictionaries cost
// about 90 ms and several MB, which a room that never changes a password need not pay.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as indonesian from '@zxcvbn-ts/language-id';

/** zxcvbn's score 0–4; below 3 (fewer than 10^8 guesses) is refused. */
export const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
const leakedList = new Set<string>();

function load(): ZxcvbnFactory {
  if (!estimator) {
    estimator = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...indonesian.dictionary },
      graphs: common.adjacencyGraphs,
    });
    for (const word of common.dictionary['passwords-common']) leakedList.add(word);
  }
  return estimator;
}

export interface Guessability {
  /** zxcvbn's score, 0 (trivial) to 4 (very hard to guess). */
  score: number;
  /** The whole password (ignoring case) is a known leaked password. */
  leaked: boolean;
  weak: boolean;
}

/** Judge a password; `personal` are the account's own words (username, name). */
export function guessability(password: string, personal: string[] = []): Guessability {
  const zxcvbn = load();
  const result = zxcvbn.check(
    password.slice(0, 128),
    personal.filter(Boolean).map((word) => word.toLowerCase()),
  );
  const leaked = leakedList.has(password.toLowerCase());
  return { score: result.score, leaked, weak: leaked || result.score < MIN_SCORE };
}
