// Rules on agencies (instansi): their logo, whether "Layanan di MPP" agrees with the gerai
// that name them, and a provincial agency still typed OPD.
import type { RawContent } from './content-types.ts';
import { checkMedia, checkRelation, IMAGE_EXTENSIONS, type MediaAccess } from './validate-fields.ts';
import type { IssueSink } from './validate-rules.ts';

type InstansiEntryOf = RawContent['instansi'][number]['entry'];

/**
 * An agency's "Layanan di MPP" should agree with the gerai that name it as their agency.
 * Warnings, not errors: editors create an agency before its gerai, and the site shows what
 * the gerai say (an agency without one is "belum buka"; one with a gerai has its own).
 */
function checkPresence(
  issues: IssueSink,
  file: string,
  presence: InstansiEntryOf['kehadiran'],
  owned: string[],
  geraiSlugs: Set<string>,
  unreadable: ReadonlySet<string>,
) {
  if (presence.discriminant === 'gerai-sendiri') {
    if (owned.length === 0 && ![...unreadable].some((key) => key.startsWith('gerai/')))
      issues.warn(
        file,
        'kehadiran',
        'Layanan di MPP "Memiliki gerai sendiri" dipilih tetapi belum ada gerai dengan instansi ini, sehingga portal menampilkannya "Belum membuka layanan di MPP"; buat gerainya, atau pilih "Dilayani di gerai instansi lain"',
      );
    return;
  }
  if (owned.length > 0) {
    const chosen = presence.discriminant === 'gerai-lain' ? 'Dilayani di gerai instansi lain' : 'Belum membuka layanan di MPP';
    const list = owned.map((g) => `gerai/${g}`).join(', ');
    issues.warn(
      file,
      'kehadiran',
      `Layanan di MPP "${chosen}" dipilih padahal instansi ini memiliki ${list}, sehingga portal menampilkan gerai itu; pilih "Memiliki gerai sendiri"`,
    );
  }
  if (presence.discriminant === 'gerai-lain') {
    checkRelation(issues, file, 'kehadiran.gerai', presence.value, 'gerai tempat melayani', 'gerai', geraiSlugs, unreadable);
  }
}

/** Every agency: logo upload and presence compared with the gerai that name it. */
export function checkAgencies(
  issues: IssueSink,
  content: RawContent,
  geraiSlugs: Set<string>,
  unreadable: ReadonlySet<string>,
  media: MediaAccess,
) {
  const owners = new Map<string, string[]>();
  for (const { slug, entry } of content.gerai) owners.set(entry.instansi ?? '', [...(owners.get(entry.instansi ?? '') ?? []), slug]);
  for (const { file, slug, entry } of content.instansi) {
    checkMedia(issues, file, 'logo', entry.logo, IMAGE_EXTENSIONS, media);
    checkPresence(issues, file, entry.kehadiran, owners.get(slug) ?? [], geraiSlugs, unreadable);
    // Before kinds "provinsi" existed, provincial agencies were typed OPD; the partner counts would miscount them.
    if (entry.jenis === 'opd' && /\bprovinsi\b/i.test(`${entry.nama} ${entry.singkatan}`))
      issues.warn(
        file,
        'jenis',
        'namanya menyebut "Provinsi" tetapi jenisnya OPD (perangkat daerah kota/kabupaten ini); pilih "Instansi pemerintah provinsi" bila instansi ini milik provinsi',
      );
  }
}
