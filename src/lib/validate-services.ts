// Rules on services (layanan): their gerai, requirements, procedure, fee, processing time
// and how recently they were reviewed.
import type { RawContent } from './content-types.ts';
import { checkRelation } from './validate-fields.ts';
import type { IssueSink } from './validate-rules.ts';

/** Services not reviewed within this many months get a warning. */
export const REVIEW_WARNING_MONTHS = 12;

/** The date `months` months before an ISO date. */
export function monthsBefore(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

type LayananFacts = Pick<RawContent['layanan'][number]['entry'], 'biaya' | 'jangkaWaktu' | 'persyaratan'>;

/** Rules on a service's fee, processing time and "salah satu dari" requirements. */
function checkServiceFacts(issues: IssueSink, file: string, entry: LayananFacts) {
  const { biaya, jangkaWaktu: time } = entry;
  if (biaya.discriminant === 'sesuai-perhitungan' && !biaya.value.tempatCek.trim() && !biaya.value.tautanCek) {
    issues.error(
      file,
      'biaya.tempatCek',
      'biaya sesuai perhitungan wajib menyebut di mana warga mengecek besarnya: isi "Tempat mengecek besarnya" atau "Tautan cek"',
    );
  }
  if (time.nilai === null && !time.selesaiDiTempat && !time.keterangan.trim()) {
    issues.error(
      file,
      'jangkaWaktu',
      'jangka waktu kosong: isi "Lama" dan "Satuan", centang "Selesai di tempat", atau tulis "Keterangan" bila tidak ada angka pasti',
    );
  }
  if (time.dari !== null && time.nilai === null) {
    issues.error(file, 'jangkaWaktu.dari', 'rentang jangka waktu belum lengkap: "Paling cepat" diisi tetapi "Lama" kosong');
  } else if (time.dari !== null && time.nilai !== null && time.dari >= time.nilai) {
    issues.error(
      file,
      'jangkaWaktu.dari',
      `"Paling cepat" (${time.dari}) harus lebih kecil dari "Lama" (${time.nilai}); kosongkan bila bukan rentang`,
    );
  }
  entry.persyaratan.forEach((req, index) => {
    const names = [req.dokumen, ...req.alternatif].map((d) => d.trim().toLowerCase());
    const repeated = names.find((name, i) => name && names.indexOf(name) !== i);
    if (repeated) {
      issues.error(
        file,
        `persyaratan[${index + 1}].alternatif`,
        `dokumen "${repeated}" disebut dua kali dalam satu persyaratan "salah satu dari"; sebut setiap dokumen sekali`,
      );
    }
  });
}

/** Every service: relation to its gerai, required lists, fee and time rules, review age. */
export function checkServices(
  issues: IssueSink,
  content: RawContent,
  geraiSlugs: Set<string>,
  unreadable: ReadonlySet<string>,
  today: string,
) {
  const reviewLimit = monthsBefore(today, REVIEW_WARNING_MONTHS);
  for (const { file, entry } of content.layanan) {
    checkRelation(issues, file, 'gerai', entry.gerai, 'gerai', 'gerai', geraiSlugs, unreadable);
    if (entry.persyaratan.length === 0)
      issues.error(
        file,
        'persyaratan',
        'layanan wajib memiliki paling sedikit satu persyaratan (tulis "Tidak ada persyaratan khusus" bila memang tidak ada)',
      );
    if (entry.prosedur.length === 0) issues.error(file, 'prosedur', 'layanan wajib memiliki paling sedikit satu langkah prosedur');
    if (entry.biaya.discriminant === 'berbayar' && entry.biaya.value.tarif.length === 0) {
      issues.error(file, 'biaya.tarif', 'layanan berbayar wajib memiliki paling sedikit satu tarif');
    }
    checkServiceFacts(issues, file, entry);
    if (entry.ditinjau && entry.ditinjau < reviewLimit) {
      issues.warn(
        file,
        'ditinjau',
        `terakhir ditinjau ${entry.ditinjau}, lebih dari ${REVIEW_WARNING_MONTHS} bulan lalu; periksa kembali isinya`,
      );
    }
  }
}
