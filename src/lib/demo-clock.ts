// The clock the queue island and the "open now" line read. Only `npm start -- --jam-demo`
// builds shift it (PUBLIC_MPP_DEMO_CLOCK_OFFSET_MS), so a newcomer trying the portal in the
// evening or at the weekend sees the queue numbers move inside opening hours; every other
// build uses the device's clock unchanged.
import { type HoursConfig, openStatus } from './hours.ts';

// Vite writes the value in at build time; plain Node (the CLI) has no import.meta.env.
const offsetMs = Number(import.meta.env?.PUBLIC_MPP_DEMO_CLOCK_OFFSET_MS ?? 0) || 0;

/** Now in ms: the device's clock, shifted in demo builds only. */
export const clockNow = (): number => Date.now() + offsetMs;

const STEP_MS = 15 * 60_000;
const SEARCH_MS = 14 * 24 * 60 * 60_000;
const INTO_OPENING_MS = 60 * 60_000;

/**
 * A moment for the demo clock: an hour after the MPP next opens (or just after it opens, for a
 * short session), or null when it is open at `now` or never opens in the next two weeks.
 */
export function demoInstant(hours: HoursConfig, now: Date): Date | null {
  if (openStatus(hours, now).open) return null;
  // On quarter hours, where opening times fall, so the demo starts at e.g. 09.00, not 09.10.
  const first = Math.ceil(now.getTime() / STEP_MS) * STEP_MS;
  for (let t = first; t <= now.getTime() + SEARCH_MS; t += STEP_MS) {
    if (!openStatus(hours, new Date(t)).open) continue;
    const later = new Date(t + INTO_OPENING_MS);
    return openStatus(hours, later).open ? later : new Date(t + 60_000);
  }
  return null;
}
