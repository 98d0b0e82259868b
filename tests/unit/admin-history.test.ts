// The room's words for content: commit messages, changed fields, CMS label paths and
// reference checks, all derived from keystatic.config.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changedFields, commitMessage } from '../../src/admin-server/history/history.ts';
import { type ContentView, planSave } from '../../src/admin-server/saves/references.ts';
import { entryForFile, labelPath, relationFields } from '../../src/admin-server/schema.ts';

const SERVICE = 'content/layanan/paspor-hilang-rusak.yaml';
const read = (file: string) => readFileSync(file, 'utf8');

/** The room's view of a small content set given as file path → YAML. */
function contentView(files: Record<string, string>): ContentView {
  return {
    read: (f) => files[f] ?? null,
    slugs: (c) =>
      Object.keys(files)
        .map((f) => entryForFile(f))
        .filter((r) => r?.key === c)
        .map((r) => r?.slug ?? ''),
  };
}

/** The save an editor makes by renaming one entry (same contents under a new file name). */
function planRename(files: Record<string, string>, from: string, to: string) {
  return planSave(
    { additions: [{ path: to, contents: Buffer.from(files[from] as string) }], deletions: [{ path: from }] },
    contentView(files),
  );
}

describe('commit messages', () => {
  it('names the entry by its title and the collection by its label', () => {
    const before = read(SERVICE);
    expect(commitMessage([{ path: SERVICE, before, after: `${before}\n` }])).toBe('Ubah layanan: Penggantian Paspor Hilang atau Rusak');
    expect(commitMessage([{ path: 'content/pengumuman/libur.mdoc', before: null, after: '---\njudul: Libur Natal\n---\nIsi' }])).toBe(
      'Tambah pengumuman: Libur Natal',
    );
    expect(commitMessage([{ path: 'content/gerai/pos.yaml', before: 'nama: Pos Indonesia\n', after: null }])).toBe(
      'Hapus gerai: Pos Indonesia',
    );
    expect(commitMessage([{ path: 'content/jam-layanan.yaml', before: 'a: 1', after: 'a: 2' }])).toBe('Ubah jam layanan');
  });

  it('calls a deleted and an added entry of one collection a rename, and summarises long saves', () => {
    expect(
      commitMessage([
        { path: 'content/gerai/pos.yaml', before: 'nama: Pos\n', after: null },
        { path: 'content/gerai/pos-indonesia.yaml', before: null, after: 'nama: Pos Indonesia\n' },
      ]),
    ).toBe('Ganti nama gerai: Pos → Pos Indonesia');
    const many = ['a', 'b', 'c', 'd'].map((s) => ({
      path: `content/instansi/${s}.yaml`,
      before: `nama: ${s}\n`,
      after: `nama: ${s}\nsitus: x\n`,
    }));
    expect(commitMessage(many)).toBe('Ubah instansi: a; Ubah instansi: b; dan 2 perubahan lain');
    expect(commitMessage([{ path: 'content/media/pengumuman/x/sampul.png', before: null, after: 'png' }])).toBe('Unggah berkas');
  });
});

describe('changed fields', () => {
  const ref = entryForFile(SERVICE);
  if (!ref) throw new Error('entry');
  const before = read(SERVICE);

  it('names nested fields with the CMS labels', () => {
    const after = before.replace('dokumen: KK', 'dokumen: Kartu Keluarga').replace(/^ringkasan: >-\n( {2}.*\n)+/m, 'ringkasan: Baru.\n');
    expect(changedFields(ref, before, after)).toEqual(['Ringkasan', 'Persyaratan › butir 2 › Dokumen']);
  });

  it('counts added list items and reports a changed choice', () => {
    const after = before.replace('persyaratan:\n', 'persyaratan:\n  - dokumen: Pas foto\n    bentuk: asli\n    jumlah: 1\n');
    expect(changedFields(ref, before, after)).toEqual(['Persyaratan (1 butir ditambah)']);
    const free = before.replace(/^biaya:[\s\S]*?(?=^\w)/m, 'biaya:\n  discriminant: gratis\n');
    expect(changedFields(ref, before, free)).toEqual(['Biaya/tarif']);
    const cheaper = before.replace('jumlah: 650000', 'jumlah: 600000');
    expect(changedFields(ref, before, cheaper)).toEqual(['Biaya/tarif › Tarif › butir 1 › Jumlah (Rupiah)']);
  });

  it('reports the body of an announcement as its content field', () => {
    const p = entryForFile('content/pengumuman/x.mdoc');
    if (!p) throw new Error('entry');
    expect(changedFields(p, '---\njudul: A\n---\nLama', '---\njudul: A\n---\nBaru')).toEqual(['Isi']);
  });
});

describe('label paths', () => {
  it('follows objects, arrays, conditionals and item numbers in validation field paths', () => {
    expect(labelPath('jamLayanan', 'jadwal.sabtu[2]')).toEqual(['Jadwal mingguan', 'Sabtu', 'rentang 2']);
    expect(labelPath('libur', 'jenis.jamKhusus[1]')).toEqual(['Jenis', 'Jam khusus', 'rentang 1']);
    expect(labelPath('layanan', 'biaya.tarif')).toEqual(['Biaya/tarif', 'Tarif']);
    expect(labelPath('layanan', 'persyaratan.0.dokumen')).toEqual(['Persyaratan', 'butir 1', 'Dokumen']);
    expect(labelPath('gerai', 'jamSendiri.senin[1]')).toEqual([
      'Jam layanan gerai berbeda dari jam MPP',
      'Jadwal mingguan',
      'Senin',
      'rentang 1',
    ]);
    expect(labelPath('gerai', 'bukanKolom')).toEqual(['bukanKolom']);
  });

  it('links entries to their place in Keystatic', () => {
    expect(entryForFile('content/jam-layanan.yaml')?.editUrl).toBe('/keystatic/singleton/jamLayanan');
    expect(entryForFile('content/kerja-sama/pks-bri.yaml')?.editUrl).toBe('/keystatic/collection/kerjaSama/item/pks-bri');
    expect(entryForFile('content/media/x.png')).toBeNull();
  });
});

describe('reference checks', () => {
  it('finds every relationship in the schema', () => {
    const all = [...relationFields()].flatMap(([c, fields]) => fields.map((f) => `${c}.${f.field}→${f.target}${f.multiple ? '[]' : ''}`));
    expect(all.sort()).toEqual([
      'gerai.instansi→instansi',
      'instansi.kehadiran→gerai',
      'kerjaSama.instansi→instansi',
      'layanan.gerai→gerai',
      'libur.gerai→gerai[]',
    ]);
  });

  const files: Record<string, string> = {
    'content/instansi/dukcapil.yaml': 'nama: Dinas Dukcapil\n',
    'content/gerai/capil.yaml': 'nama: Gerai Capil\ninstansi: dukcapil\n',
    'content/layanan/ktp.yaml': 'nama: KTP-el\n# catatan editor\ngerai: capil\n',
    'content/libur/natal.yaml': 'nama: Natal\ngerai:\n  - capil\n  - lain\n',
  };
  const view = contentView(files);

  it('refuses deleting an instansi that a gerai uses, naming the gerai', () => {
    const plan = planSave({ additions: [], deletions: [{ path: 'content/instansi/dukcapil.yaml' }] }, view);
    expect(plan.refused).toBe(
      'Instansi: Dinas Dukcapil tidak dapat dihapus karena masih dipakai oleh: Gerai: Gerai Capil. Ubah atau hapus entri tersebut dulu.',
    );
  });

  it('allows deleting a gerai together with every entry that uses it', () => {
    const plan = planSave(
      {
        additions: [],
        deletions: ['content/gerai/capil.yaml', 'content/layanan/ktp.yaml', 'content/libur/natal.yaml'].map((path) => ({ path })),
      },
      view,
    );
    expect(plan.refused).toBeNull();
  });

  it('rewrites single and multiple relationships when a slug is renamed, keeping comments', () => {
    const plan = planRename(files, 'content/gerai/capil.yaml', 'content/gerai/dukcapil.yaml');
    expect(plan.refused).toBeNull();
    const out = new Map(plan.update.additions.map((a) => [a.path, a.contents.toString()]));
    expect(out.get('content/layanan/ktp.yaml')).toBe('nama: KTP-el\n# catatan editor\ngerai: dukcapil\n');
    expect(out.get('content/libur/natal.yaml')).toBe('nama: Natal\ngerai:\n  - dukcapil\n  - lain\n');
    expect(plan.moved.map((m) => `${m.ref.slug}→${m.to}`)).toEqual(['capil→dukcapil']);
  });
});

describe('a relationship inside a conditional (instansi served at another gerai)', () => {
  const files: Record<string, string> = {
    'content/gerai/capil.yaml': 'nama: Gerai Capil\ninstansi: dukcapil\n',
    'content/instansi/ini.yaml': 'nama: Ikatan Notaris\nkehadiran:\n  discriminant: gerai-lain\n  value: capil\n',
    'content/instansi/kadin.yaml': 'nama: KADIN\nkehadiran:\n  discriminant: belum-buka\n  value: capil\n',
  };
  const view = contentView(files);

  it('refuses deleting the gerai an agency is served at, and ignores the text of another branch', () => {
    const plan = planSave({ additions: [], deletions: [{ path: 'content/gerai/capil.yaml' }] }, view);
    expect(plan.refused).toBe(
      'Gerai: Gerai Capil tidak dapat dihapus karena masih dipakai oleh: Instansi: Ikatan Notaris. Ubah atau hapus entri tersebut dulu.',
    );
  });

  it('rewrites the branch value when the gerai is renamed', () => {
    const plan = planRename(files, 'content/gerai/capil.yaml', 'content/gerai/dukcapil.yaml');
    expect(plan.refused).toBeNull();
    const out = new Map(plan.update.additions.map((a) => [a.path, a.contents.toString()]));
    expect(out.get('content/instansi/ini.yaml')).toBe('nama: Ikatan Notaris\nkehadiran:\n  discriminant: gerai-lain\n  value: dukcapil\n');
    expect(out.has('content/instansi/kadin.yaml')).toBe(false);
  });
});
