// /data/jam-layanan.json: the MPP's weekly schedule and the closures still ahead.
import type { Site } from '../site-types.ts';
import type { DateRule } from '../hours.ts';
import { relevantRules } from '../hours-view.ts';
import { envelope } from './files.ts';
import { orNull, schedule, times } from './records.ts';

function ruleRecord(rule: DateRule) {
  return {
    nama: rule.name,
    mulai: rule.start,
    selesai: rule.end ?? rule.start,
    jenis: rule.kind,
    jam: times(rule.intervals),
    gerai: [...rule.gerai],
    keterangan: orNull(rule.note),
  };
}

/** /data/jam-layanan.json: weekly schedule plus closures and special hours from today on. */
export function hoursDocument(site: Site) {
  return {
    ...envelope(site, 'jamLayanan'),
    zonaWaktu: site.hours.timeZone,
    jadwal: schedule(site.hours.weekly),
    catatan: orNull(site.notes),
    libur: relevantRules(site.hours.rules, site.today)
      .map(ruleRecord)
      .sort((a, b) => a.mulai.localeCompare(b.mulai) || a.nama.localeCompare(b.nama, 'id')),
  };
}
