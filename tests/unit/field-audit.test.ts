// The field audit: every field in keystatic.config.ts reaches residents (RESIDENT_FIELDS
// says where) or is marked internal in its CMS help. New fields must be added to one.
import { fields } from '@keystatic/core';
import { describe, expect, it } from 'vitest';
import config, { INTERNAL_HELP_PREFIX } from '../../keystatic.config.ts';
import { type AuditConfig, RESIDENT_FIELDS, auditProblems, auditedFields } from '../../src/lib/field-audit.ts';

const schemaConfig = config as unknown as AuditConfig;
const withField = (collection: string, name: string, field: unknown): AuditConfig => {
  const collections = schemaConfig.collections ?? {};
  const target = collections[collection];
  if (!target) throw new Error(`no collection ${collection}`);
  return { ...schemaConfig, collections: { ...collections, [collection]: { ...target, schema: { ...target.schema, [name]: field } } } };
};

describe('field audit of keystatic.config.ts', () => {
  it('finds every field of every collection and singleton, nested ones included', () => {
    const paths = auditedFields(schemaConfig).map((f) => f.path);
    expect(paths).toContain('profil.skm.nilai');
    expect(paths).toContain('jamLayanan.jadwal.jumat.selesai');
    expect(paths).toContain('layanan.biaya.berbayar.tarif.uraian');
    expect(paths).toContain('layanan.persyaratan.kondisi');
    expect(paths).toContain('panduan.langkah.layanan.bilaPerlu');
    expect(paths).toContain('instansi.kehadiran.gerai-lain');
    expect(paths).toContain('gerai.jamSendiri.true.senin.mulai');
    // Empty branches (e.g. biaya "gratis") hold nothing to show.
    expect(paths.filter((p) => p.startsWith('layanan.biaya.gratis'))).toEqual([]);
  });

  it('every field is shown to residents or marked internal, and the list names no missing field', () => {
    expect(auditProblems(schemaConfig, RESIDENT_FIELDS, INTERNAL_HELP_PREFIX)).toEqual([]);
  });

  it('fails for a new field that is neither listed nor marked internal', () => {
    const changed = withField('layanan', 'catatanPetugas', fields.text({ label: 'Catatan petugas' }));
    expect(auditProblems(changed, RESIDENT_FIELDS, INTERNAL_HELP_PREFIX)).toEqual([
      'layanan.catatanPetugas: tidak tampil bagi warga dan tidak ditandai "Internal:" di keterangan CMS',
    ]);
  });

  it('fails for a new field nested in an object inside a list inside a conditional', () => {
    const nested = fields.conditional(fields.checkbox({ label: 'Ada', defaultValue: false }), {
      true: fields.array(fields.object({ isi: fields.text({ label: 'Isi' }) }), { label: 'Daftar' }),
      false: fields.empty(),
    });
    const problems = auditProblems(withField('gerai', 'fasilitas', nested), RESIDENT_FIELDS, INTERNAL_HELP_PREFIX);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['gerai.fasilitas', 'gerai.fasilitas.true.isi']);
  });

  it('accepts a new field whose help starts with the internal phrase, or an internal object around it', () => {
    const own = withField(
      'layanan',
      'catatanPetugas',
      fields.text({ label: 'Catatan', description: `${INTERNAL_HELP_PREFIX} untuk petugas.` }),
    );
    expect(auditProblems(own, RESIDENT_FIELDS, INTERNAL_HELP_PREFIX)).toEqual([]);
    const wrapped = withField(
      'layanan',
      'petugas',
      fields.object({ nama: fields.text({ label: 'Nama' }) }, { label: 'Petugas', description: `${INTERNAL_HELP_PREFIX} tidak tampil.` }),
    );
    expect(auditProblems(wrapped, RESIDENT_FIELDS, INTERNAL_HELP_PREFIX)).toEqual([]);
  });

  it('fails for a field both listed as shown and marked internal, and for a listed field that is gone', () => {
    const internalNama = withField('layanan', 'nama', fields.text({ label: 'Nama', description: `${INTERNAL_HELP_PREFIX} x` }));
    expect(auditProblems(internalNama, RESIDENT_FIELDS, INTERNAL_HELP_PREFIX)).toEqual([
      `layanan.nama: ditandai "Internal:" tetapi juga terdaftar tampil di ${RESIDENT_FIELDS['layanan.nama']}`,
    ]);
    expect(auditProblems(schemaConfig, { ...RESIDENT_FIELDS, 'layanan.dihapus': 'halaman layanan' }, INTERNAL_HELP_PREFIX)).toEqual([
      'layanan.dihapus: terdaftar tampil tetapi tidak ada di skema',
    ]);
  });

  it('marks the queue system identifiers internal in their CMS help', () => {
    const internal = auditedFields(schemaConfig)
      .filter((f) => f.descriptions.some((d) => d.startsWith(INTERNAL_HELP_PREFIX)))
      .map((f) => f.path);
    expect(internal).toEqual(['gerai.antrian.prefix', 'gerai.antrian.id']);
  });
});
