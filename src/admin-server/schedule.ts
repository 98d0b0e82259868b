// The daily rebuild of the live commit (date-dependent pages such as "buka hari ini" and
// expiring agreements stay current): a timer in the server, at HH:MM in the MPP's zone.
import { zonedNow } from '../lib/hours.ts';
import type { Publisher } from './publish/types.ts';

const DAY = 24 * 60 * 60_000;

/** Milliseconds from `now` until the next `at` ("HH:MM") in `timeZone`. */
export function msUntil(at: string, timeZone: string, now: Date): number {
  const [h, m] = at.split(/[.:]/).map(Number);
  const target = (h ?? 0) * 60 + (m ?? 0);
  const current = zonedNow(now, timeZone).minutes;
  const minutes = (target - current + 24 * 60) % (24 * 60) || 24 * 60;
  return minutes * 60_000 - now.getSeconds() * 1000 - now.getMilliseconds();
}

/** Start the daily timer; returns a function that stops it. */
export function scheduleDailyRebuild(publisher: Publisher, at: string, timeZone: string, busy: () => boolean): () => void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    timer = setTimeout(
      () => {
        if (!busy()) publisher.rebuildLive('jadwal').catch((error: unknown) => console.error(error));
        arm();
      },
      Math.min(msUntil(at, timeZone, new Date()), DAY),
    );
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}
