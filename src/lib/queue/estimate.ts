// Queue arithmetic shared by the reference server and any tool that wants the same
// numbers. Kept deliberately simple and explainable to staff: "people ahead × average
// minutes ÷ staffed counters". Fancier models (per-hour arrival rates) were rejected
// because a resident cannot check them and a wrong-but-precise number erodes trust.

/** Defaults for {@link averageServiceMinutes}. */
export const AVERAGE_WINDOW = 20;
/** Services longer than this are treated as a forgotten "finish" press, not real work. */
export const MAX_PLAUSIBLE_SERVICE_MINUTES = 180;

/**
 * Estimated minutes before a ticket taken now is called: waiting × average ÷ counters,
 * rounded up to whole minutes. Null when no counter is staffed or the average is unknown.
 */
export function estimateWaitMinutes(waiting: number, counters: number, avgServiceMinutes: number | null): number | null {
  if (!(counters >= 1) || avgServiceMinutes === null || !Number.isFinite(avgServiceMinutes) || avgServiceMinutes < 0) {
    return null;
  }
  if (!(waiting > 0)) return 0;
  return Math.ceil((waiting * avgServiceMinutes) / Math.floor(counters));
}

/** Options for {@link averageServiceMinutes}. */
export interface AverageOptions {
  /** Only the most recent `window` samples count (samples are ordered oldest first). */
  window?: number;
  /** Used when there is no plausible sample yet, e.g. the gerai's configured default. */
  fallback?: number | null;
}

/**
 * Rolling mean of the most recent service durations in minutes, rounded to one decimal.
 * Negative, non-finite and implausibly long samples are dropped first.
 */
export function averageServiceMinutes(samples: readonly number[], options: AverageOptions = {}): number | null {
  const window = Math.max(1, Math.floor(options.window ?? AVERAGE_WINDOW));
  const plausible = samples.filter((m) => Number.isFinite(m) && m >= 0 && m <= MAX_PLAUSIBLE_SERVICE_MINUTES);
  const recent = plausible.slice(-window);
  if (recent.length === 0) return options.fallback ?? null;
  const mean = recent.reduce((sum, m) => sum + m, 0) / recent.length;
  return Math.round(mean * 10) / 10;
}

/** Exponentially weighted update of an average, for callers that keep one running value. */
export function rollingAverage(previous: number | null, sample: number, weight = 0.2): number {
  if (previous === null || !Number.isFinite(previous)) return sample;
  const w = Math.min(1, Math.max(0, weight));
  return previous + w * (sample - previous);
}

/** Quota left today, never below zero; null when there is no quota. */
export function quotaLeft(quota: number | null, issued: number): number | null {
  return quota === null ? null : Math.max(0, quota - issued);
}
