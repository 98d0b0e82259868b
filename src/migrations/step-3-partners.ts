// Step 2 → 3: partner kinds (provinsi, asosiasi), agreement stages and how an agency serves
// residents. Agreements of the old model always had a signing date, so the new stage's
// default ("ditandatangani") says what they said and nothing is written. An agency named as
// a province's was typed "opd" because the old model had nothing better; it becomes
// "provinsi" and the report says so. Other kinds are not guessed: the report points at
// agencies that look like associations or have no gerai.
import { collection } from './content-set.ts';
import type { MigrationStep } from './runner.ts';

const PROVINCE = /\bprovinsi\b/i;
const ASSOCIATION = /\b(ikatan|asosiasi|himpunan|persatuan|perkumpulan|kamar dagang|kadin)\b/i;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

export const partnersStep: MigrationStep = {
  to: 3,
  title: 'jenis instansi provinsi dan asosiasi, tahap perjanjian kerja sama, layanan instansi di MPP',
  migrate(set, log) {
    const owners = new Set(collection(set, 'gerai').map(({ doc }) => text(doc.data.instansi)));
    for (const { file, slug, doc } of collection(set, 'instansi')) {
      const name = `${text(doc.data.nama)} ${text(doc.data.singkatan)}`;
      if (doc.data.jenis === 'opd' && PROVINCE.test(name)) {
        doc.data.jenis = 'provinsi';
        log.changed(
          file,
          'jenis',
          'instansi provinsi tidak lagi dicatat sebagai OPD: jenis diubah dari "opd" menjadi "provinsi" (namanya memuat "Provinsi")',
        );
      } else if (doc.data.jenis !== 'asosiasi' && ASSOCIATION.test(name)) {
        log.note(file, 'jenis', 'namanya seperti asosiasi/organisasi profesi; pilih jenis "Asosiasi/organisasi profesi" bila benar');
      }
      if (doc.data.kehadiran === undefined && !owners.has(slug)) {
        log.note(
          file,
          'kehadiran',
          'instansi ini tidak memiliki gerai; pilih "Layanan di MPP": dilayani di gerai instansi lain, atau belum membuka layanan',
        );
      }
    }
  },
};
