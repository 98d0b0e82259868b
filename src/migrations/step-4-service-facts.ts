// Step 3 → 4: service facts. The processing time is entered once as a structure instead of
// free text plus a number (jangkaWaktu.teks is gone); fees gain the kind "sesuai
// perhitungan"; requirements gain "atau salah satu dari"; services gain "wajib datang
// sendiri" and costs outside the service. Only the processing time must change: the other
// additions keep their defaults, which say what the old content said. Where old content
// reads like one of the new kinds, the report says where to look instead of guessing.
import { collection, type Data } from './content-set.ts';
import { migrateProcessingTime } from './processing-time.ts';
import { type MigrationStep, objectAt } from './runner.ts';

const COMPUTED_FEE = /\b(dihitung|sesuai perhitungan|berbeda untuk tiap|tergantung)\b/i;
const EITHER = /\batau\b/i;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

function processingTime(file: string, data: Data, log: Parameters<MigrationStep['migrate']>[1]): void {
  const old = objectAt(data, 'jangkaWaktu');
  if (!old || !('teks' in old)) return;
  const result = migrateProcessingTime(old);
  if (!result.ok) {
    log.refuse(file, result.field, result.reason);
    return;
  }
  const { selesaiDiTempat, sifat, dari, nilai, satuan, keterangan } = result.value;
  data.jangkaWaktu = { selesaiDiTempat, sifat, dari, nilai, satuan, keterangan };
  const shown = text(old.teks).replace(/\s+/g, ' ').trim();
  log.changed(file, 'jangkaWaktu', `"teks" dipindahkan ke isian terstruktur; warga tetap membaca "${shown}"`);
  if (result.addedMaximum) {
    log.note(
      file,
      'jangkaWaktu.keterangan',
      `angka lama "${String(old.nilai).replace('.', ',')}" (nilai maksimum, tampil di data terbuka) tidak tertulis di teks, jadi ditambahkan di akhir Keterangan: "${result.value.keterangan}"; periksa kalimatnya`,
    );
  } else if (!result.structured && shown) {
    log.note(
      file,
      'jangkaWaktu.keterangan',
      'teks tidak diawali jangka waktu yang dapat diurai, jadi seluruhnya disimpan di Keterangan; isi Lama dan Satuan bila ingin warga melihatnya di ringkasan dan total panduan',
    );
  }
}

function suggestions(file: string, data: Data, log: Parameters<MigrationStep['migrate']>[1]): void {
  const fee = objectAt(data, 'biaya');
  const paid = fee?.discriminant === 'berbayar' ? objectAt(fee, 'value') : null;
  if (paid && COMPUTED_FEE.test(text(paid.caraBayar))) {
    log.note(file, 'biaya', 'cara bayarnya menyebut biaya dihitung per permohonan; pertimbangkan jenis biaya "Sesuai perhitungan"');
  }
  const items = Array.isArray(data.persyaratan) ? (data.persyaratan as Data[]) : [];
  const either = items.map((item, i) => (item && EITHER.test(text(item.dokumen)) && !item.alternatif ? i + 1 : 0)).filter(Boolean);
  if (either.length) {
    log.note(
      file,
      `persyaratan[${either.join('], [')}]`,
      'nama dokumen memuat "atau"; bila pemohon cukup membawa salah satunya, pakai isian "Atau salah satu dari"',
    );
  }
  if (data.hadirSendiri === undefined && items.some((item) => item?.bentuk === 'di-lokasi')) {
    log.note(
      file,
      'hadirSendiri',
      'ada persyaratan berbentuk kehadiran di lokasi; centang "Pemohon wajib datang sendiri" bila tidak dapat diwakilkan',
    );
  }
}

export const serviceFactsStep: MigrationStep = {
  to: 4,
  title:
    'jangka waktu diisi sekali sebagai isian terstruktur (jangkaWaktu.teks dihapus), biaya "sesuai perhitungan", biaya lain di luar layanan, persyaratan "atau salah satu dari", wajib datang sendiri',
  migrate(set, log) {
    for (const { file, doc } of collection(set, 'layanan')) {
      processingTime(file, doc.data, log);
      suggestions(file, doc.data, log);
    }
  },
};
