// The MPP's own facts for the queue server, taken from the portal's content folder: the
// timezone, opening hours (the MPP's and each gerai's, with holidays and special hours)
// and the gerai that take numbers. antrean.json then only adds what content does not
// know (counters, service minutes, quotas, devices), and cannot contradict it.
import type { Site } from '../data/types.ts';
import { ConfigError } from './config.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stripZone = ({ timeZone: _zone, ...rest }: Site['hours']) => rest;

/** Gerai of the content that take queue numbers (a queue prefix is set), as raw config entries. */
export function geraiFromSite(site: Site): Record<string, unknown>[] {
  return site.gerai
    .filter((g) => g.antrian.prefix)
    .map((g) => ({ id: g.antrian.id || g.slug, name: g.nama, prefix: g.antrian.prefix, hours: stripZone(g.hours) }));
}

/**
 * Raw settings with the content's facts filled in. Gerai entries of `raw` add to (never
 * replace) the content's gerai of the same id; an id the content lacks, or a timezone
 * other than the profile's, is a configuration error rather than a silent second truth.
 */
export function withSiteFacts(raw: Record<string, unknown>, site: Site, contentDir: string): Record<string, unknown> {
  const zone = site.profile.zonaWaktu;
  if (raw.timeZone !== undefined && raw.timeZone !== zone) {
    throw new ConfigError(
      `Konfigurasi tidak valid: timeZone "${String(raw.timeZone)}" berbeda dengan zona waktu profil MPP di ${contentDir} ("${zone}"); hapus timeZone dari konfigurasi`,
    );
  }
  const fromSite = geraiFromSite(site);
  const known = new Map(fromSite.map((g) => [g.id as string, g]));
  const extra = Array.isArray(raw.gerai) ? raw.gerai : [];
  for (const [i, entry] of extra.entries()) {
    const id = isObject(entry) ? entry.id : undefined;
    if (typeof id !== 'string' || !known.has(id)) {
      throw new ConfigError(
        `Konfigurasi tidak valid: gerai[${i}].id "${String(id)}" tidak ada di konten ${contentDir} (gerai yang memakai antrean: ${[...known.keys()].join(', ') || 'tidak ada'})`,
      );
    }
    known.set(id, { ...known.get(id), ...entry, hours: known.get(id)?.hours });
  }
  // The display board's running text: the latest announcements, unless the config sets its own.
  const ticker = raw.ticker ?? site.announcements.slice(0, 3).map((a) => `${String(a.judul)}: ${a.ringkasan}`.slice(0, 300));
  return { ...raw, timeZone: zone, hours: raw.hours ?? stripZone(site.hours), gerai: [...known.values()], ticker };
}
