// Date helpers for the synthetic content set: ISO day arithmetic in UTC (so output does not
// depend on the machine's time zone) and dates written out the Indonesian way.

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** The ISO date `n` days after `d` (before it when `n` is negative). */
export const addDays = (d: string, n: number) => iso(parse(d) + n * DAY);

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** `2026-11-01` as `1 November 2026`. */
export const longDate = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return `${day} ${MONTHS[(m ?? 1) - 1]} ${y}`;
};
