// Ticket numbers in spoken Indonesian for the display board: "A-023" at counter 3 becomes
// "Nomor antrean A dua puluh tiga, silakan ke loket tiga". Kept apart from the board so it
// can be tested without a browser.

const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** A whole number 0–999 999 in Indonesian words. */
export function numberWords(n) {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 12) return ONES[n];
  if (n < 20) return `${ONES[n - 10]} belas`;
  if (n < 100) return `${ONES[Math.floor(n / 10)]} puluh${n % 10 ? ` ${ONES[n % 10]}` : ''}`;
  if (n < 1000) {
    const head = n < 200 ? 'seratus' : `${ONES[Math.floor(n / 100)]} ratus`;
    return n % 100 ? `${head} ${numberWords(n % 100)}` : head;
  }
  if (n < 1_000_000) {
    const head = n < 2000 ? 'seribu' : `${numberWords(Math.floor(n / 1000))} ribu`;
    return n % 1000 ? `${head} ${numberWords(n % 1000)}` : head;
  }
  return String(n);
}

/** "A-023" → "A dua puluh tiga": letters spelled one by one, the sequence as a number. */
export function spokenNumber(number) {
  const match = /^([A-Z0-9]+)-(\d+)$/.exec(number);
  if (!match) return number;
  const prefix = match[1].split('').join(' ');
  return `${prefix} ${numberWords(Number(match[2]))}`;
}

/** The full sentence for a call, from the board's texts (speech, speechNoCounter). */
export function callSentence(strings, call) {
  const number = spokenNumber(call.number);
  if (call.counter) return strings.speech.replace('{number}', number).replace('{counter}', numberWords(call.counter));
  return strings.speechNoCounter.replace('{number}', number).replace('{gerai}', call.geraiName);
}
