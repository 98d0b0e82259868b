// Pieces several open-data records share, so the same content reads the same in every file.
import type { Gerai, Site } from '../site-types.ts';
import { formatTime } from '../format.ts';
import { DAY_KEYS, type TimeInterval, type WeeklySchedule } from '../hours.ts';
import { absoluteUrl } from '../urls.ts';

/** Empty text as null: optional fields are always present, so consumers need no guards. */
export const orNull = (text: string | null | undefined) => (text ? text : null);

/** Opening intervals as "JJ.MM" pairs. */
export const times = (intervals: readonly TimeInterval[]) =>
  intervals.map((i) => ({ mulai: formatTime(i.mulai), selesai: formatTime(i.selesai) }));

/** A weekly schedule keyed by day, each day its opening intervals. */
export const schedule = (weekly: WeeklySchedule) => Object.fromEntries(DAY_KEYS.map((day) => [day, times(weekly[day])]));

/** Absolute address of a portal path, as the files publish it. */
export const portalUrl = (site: Site, path: string) => absoluteUrl(site.profile.origin, path);

/** The gerai and its agency as a service record names them (gerai.json extends both). */
export function geraiRef(gerai: Gerai) {
  const { instansi } = gerai;
  return {
    gerai: { slug: gerai.slug, kode: gerai.kode, nama: gerai.nama, lantai: gerai.lantai, loket: orNull(gerai.loket) },
    instansi: { slug: instansi.slug, nama: instansi.nama, singkatan: orNull(instansi.singkatan), jenis: instansi.jenis },
  };
}
