// The daily rebuild of the live commit, so date-dependent pages (upcoming closures,
// open-status HTML, review warnings) stay current without anyone publishing.
import { zonedNow } from '../../lib/time-zone.ts';
import type { BuildOutcome, Publisher } from './types.ts';

/** Time source and timer, injectable so tests can move through days instantly. */
export interface ScheduleClock {
  now(): Date;
  /** Call `tick` every `ms`; returns a function that stops it. */
  every(ms: number, tick: () => void): () => void;
}

export interface DailyOptions {
  /** Local time of the rebuild, "HH:MM" (24-hour). */
  time: string;
  /** The MPP's IANA zone, e.g. "Asia/Jakarta". */
  timeZone: string;
  /** Actor written to the publish log; default "jadwal". */
  actor?: string;
  /** Called after each rebuild attempt (for the server's log). */
  onRun?: (outcome: BuildOutcome) => void;
}

const systemClock: ScheduleClock = {
  now: () => new Date(),
  every: (ms, tick) => {
    const timer = setInterval(tick, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

/** Minutes after local midnight of "HH:MM"; throws on anything else. */
export function parseDailyTime(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`Jam build ulang harian harus berbentuk JJ:MM (misalnya 02:00), bukan "${time}".`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Rebuild the live release once a day at `time` in `timeZone`. A rebuild is due when the
 * live release was built before today's time (so a server that was down at that hour
 * catches up when it starts); it is tried once per day, again later only if another
 * build was running. Returns a function that stops the schedule.
 */
export function scheduleDaily(publisher: Publisher, options: DailyOptions, clock: ScheduleClock = systemClock): () => void {
  const at = parseDailyTime(options.time);
  let triedOn = '';
  let running = false;
  const due = (): boolean => {
    const now = zonedNow(clock.now(), options.timeZone);
    if (now.minutes < at || triedOn === now.date || running) return false;
    const live = publisher.releases().find((r) => r.live);
    if (!live) return false;
    const built = zonedNow(new Date(live.createdAt), options.timeZone);
    return built.date < now.date || (built.date === now.date && built.minutes < at);
  };
  const tick = () => {
    if (!due()) return;
    const today = zonedNow(clock.now(), options.timeZone).date;
    running = true;
    publisher
      .rebuildLive(options.actor ?? 'jadwal')
      .then((outcome) => {
        if (!outcome.busy) triedOn = today;
        options.onRun?.(outcome);
      })
      .finally(() => {
        running = false;
      });
  };
  tick();
  return clock.every(60_000, tick);
}
