// Notices a device that keeps hitting its limits (rate limit or its own daily quota): a
// stuck kiosk button, a script, or a leaked token. One warning per device per window, so
// the log shows the problem without being flooded by it.
import type { DeviceConfig } from './config.ts';

/** Creates a recorder; `refused(device, reason)` logs once `count` refusals fall within `windowSeconds`. */
export function createThrottleAlert(
  options: { count: number; windowSeconds: number },
  log: (message: string) => void = (message) => console.warn(message),
  now: () => number = () => performance.now(),
) {
  const recent = new Map<string, { times: number[]; warnedAt: number | null }>();
  const windowMs = options.windowSeconds * 1000;
  return {
    refused(device: DeviceConfig, reason: string): void {
      const t = now();
      const entry = recent.get(device.id) ?? { times: [], warnedAt: null };
      entry.times = entry.times.filter((at) => t - at < windowMs);
      entry.times.push(t);
      recent.set(device.id, entry);
      if (entry.times.length < options.count) return;
      if (entry.warnedAt !== null && t - entry.warnedAt < windowMs) return;
      entry.warnedAt = t;
      log(
        `Peringatan: perangkat "${device.id}" (${device.name}) ditolak ${entry.times.length} kali dalam ${options.windowSeconds} detik terakhir ` +
          `(terakhir: ${reason}). Periksa perangkat itu; bila tokennya bocor, hapus entrinya dari devices lalu mulai ulang server.`,
      );
    },
  };
}
