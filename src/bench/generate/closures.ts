// Closures and special hours (libur) in the synthetic content set: national holidays and
// Ramadan hours around `today`, and a dozen gerai closed for system maintenance.
import { addDays } from './dates.ts';
import type { AddFile, GenerateOptions, Gerai } from './options.ts';
import type { Random } from './random.ts';
import { uniqueSlug, yaml } from './text.ts';

/** libur/*.yaml for the year around `today` (60 days back, 305 ahead). */
export function addClosures(r: Random, options: GenerateOptions, gerai: Gerai[], add: AddFile): void {
  const today = options.today;
  const year = Number(today.slice(0, 4));
  const holidays: [string, string, number][] = [
    ['Tahun Baru Masehi', '01-01', 1],
    ['Isra Mikraj', '01-16', 1],
    ['Tahun Baru Imlek', '02-17', 1],
    ['Hari Suci Nyepi', '03-19', 1],
    ['Idulfitri dan cuti bersama', '03-20', 4],
    ['Wafat Yesus Kristus', '04-03', 1],
    ['Hari Buruh Internasional', '05-01', 1],
    ['Kenaikan Yesus Kristus', '05-14', 1],
    ['Hari Raya Waisak', '05-31', 1],
    ['Hari Lahir Pancasila', '06-01', 1],
    ['Iduladha', '05-27', 1],
    ['Tahun Baru Islam', '06-16', 1],
    ['Hari Kemerdekaan RI', '08-17', 1],
    ['Maulid Nabi Muhammad SAW', '08-25', 1],
    ['Hari Raya Natal dan cuti bersama', '12-24', 3],
  ];
  const usedLibur = new Set<string>();
  const from = addDays(today, -60);
  const to = addDays(today, 305);
  for (const y of [year, year + 1]) {
    for (const [nama, md, days] of holidays) {
      const mulai = `${y}-${md}`;
      if (mulai < from || mulai > to) continue;
      add(
        `libur/${uniqueSlug(`${nama} ${y}`, usedLibur)}.yaml`,
        yaml({
          nama: `${nama} ${y}`,
          mulai,
          ...(days > 1 ? { selesai: addDays(mulai, days - 1) } : {}),
          jenis: { discriminant: 'tutup' },
          gerai: [],
          keterangan: 'Libur nasional sesuai keputusan bersama menteri.',
        }),
      );
    }
    const ramadan = `${y}-02-18`;
    if (ramadan >= from && ramadan <= to) {
      add(
        `libur/${uniqueSlug(`Jam layanan Ramadan ${y}`, usedLibur)}.yaml`,
        yaml({
          nama: `Jam layanan Ramadan ${y}`,
          mulai: ramadan,
          selesai: addDays(ramadan, 29),
          jenis: { discriminant: 'jam-khusus', value: [{ mulai: '08.00', selesai: '14.00' }] },
          gerai: [],
          keterangan: 'Selama Ramadan layanan berakhir pukul 14.00.',
        }),
      );
    }
  }
  for (let n = 0; n < 12; n++) {
    const g = r.pick(gerai);
    const mulai = addDays(today, r.int(-30, 300));
    add(
      `libur/${uniqueSlug(`Pemeliharaan sistem ${g.nama} ${mulai}`, usedLibur)}.yaml`,
      yaml({
        nama: `Pemeliharaan sistem Gerai ${g.nama}`,
        mulai,
        jenis: { discriminant: 'tutup' },
        gerai: [g.slug],
        keterangan: 'Gerai lain tetap buka.',
      }),
    );
  }
}
