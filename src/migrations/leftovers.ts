// What the content check says about a field the model no longer has: which field replaced
// it, an example of the new form, and the command that moves it without losing text.
// One entry per field removed by a migration step, by path without list positions.
import { MIGRATE_COMMAND } from './strings.ts';

interface Replacement {
  /** Collection folder or singleton file the field belongs to. */
  where: string;
  /** The model version whose step removed it. */
  removedIn: number;
  replacedBy: string;
  example: string;
}

const REMOVED: Record<string, Replacement> = {
  'jangkaWaktu.teks': {
    where: 'layanan',
    removedIn: 4,
    replacedBy:
      'isian terstruktur "Jangka waktu penyelesaian": selesaiDiTempat, sifat (tepat/sekitar/paling-lama), dari, nilai, satuan dan keterangan (model versi 4)',
    example:
      'teks "Sekitar 30 menit; kartu aktif 14 hari" menjadi sifat: sekitar, nilai: 30, satuan: menit, keterangan: "; kartu aktif 14 hari"',
  },
};

/** The message for a field the model does not know, at `parent` (e.g. "jangkaWaktu" or "persyaratan.0") of a file. */
export function unknownFieldMessage(file: string, parent: string, key: string): string {
  const path = [parent.replace(/\.\d+(?=\.|$)/g, ''), key].filter(Boolean).join('.');
  const known = REMOVED[path];
  if (known && file.split('/').includes(known.where)) {
    return `kolom "${key}" tidak dikenal model konten: kolom ini dari format lama, diganti oleh ${known.replacedBy}; contoh: ${known.example}. Jalankan "${MIGRATE_COMMAND} -- --from ${known.removedIn - 1}" untuk memindahkannya otomatis tanpa kehilangan teks`;
  }
  return `kolom "${key}" tidak dikenal model konten; bila berkas ini ditulis untuk versi portal sebelumnya, jalankan "${MIGRATE_COMMAND}"; bila salah ketik, perbaiki nama kolomnya atau hapus kolom itu`;
}
