// Step 1 → 2: life-event guides (panduan) join the model, and the schema refuses blank
// requirement and procedure items. A guide folder is new, so old content needs none; blank
// items are removed, unless a blank requirement still carries a note or condition, which
// the step will not guess a document name for.
import { collection } from './content-set.ts';
import type { MigrationStep } from './runner.ts';

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

export const guidesStep: MigrationStep = {
  to: 2,
  title: 'panduan peristiwa hidup (folder panduan baru); butir persyaratan dan langkah prosedur tidak boleh kosong',
  migrate(set, log) {
    for (const { file, doc } of collection(set, 'layanan')) {
      const steps = doc.data.prosedur;
      if (Array.isArray(steps) && steps.some(blank)) {
        const kept = steps.filter((s) => !blank(s));
        log.changed(file, 'prosedur', `${steps.length - kept.length} langkah kosong dihapus`);
        doc.data.prosedur = kept;
      }
      const items = doc.data.persyaratan;
      if (!Array.isArray(items)) continue;
      const kept = items.filter((item, i) => {
        const entry = (item ?? {}) as Record<string, unknown>;
        if (!blank(entry.dokumen)) return true;
        const other = ['catatan', 'kondisi'].filter((k) => !blank(entry[k]));
        if (other.length === 0) return false;
        log.refuse(
          file,
          `persyaratan[${i + 1}].dokumen`,
          `nama dokumen kosong tetapi butir ini berisi ${other.join(' dan ')}; isi nama dokumennya atau hapus butir ini`,
        );
        return true;
      });
      if (kept.length !== items.length) {
        log.changed(file, 'persyaratan', `${items.length - kept.length} butir persyaratan kosong dihapus`);
        doc.data.persyaratan = kept;
      }
    }
  },
};
