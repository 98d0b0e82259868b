// A shared dictionary of the words residents actually type: abbreviations, official names,
// colloquial verbs and common spellings. Pagefind has no synonyms and its Indonesian stemmer
// misses some affixes ("rekam" does not find "perekaman"), so every service page carries the
// expansion of its own name and aliases as hidden, weighted terms (see expandSearchTerms).
// Query-side spelling variants (antrian → antrean) live in normalize.ts.
// Editors keep service-specific words in the "Kata kunci pencarian" field; this file holds
// only what is true for every MPP.
import { words } from './normalize.ts';

/**
 * Groups of phrases that mean the same thing. A group is added to a page when one of the
 * page's own aliases is a phrase of the group, or when the page name contains one (as whole
 * words). Keep groups narrow: every phrase must be a true synonym of every other phrase.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Kependudukan dan pencatatan sipil
  ['ktp', 'ktp-el', 'ktp el', 'e-ktp', 'ektp', 'ktp elektronik', 'kartu tanda penduduk', 'kartu tanda penduduk elektronik'],
  ['kk', 'kartu keluarga'],
  ['kia', 'kartu identitas anak', 'ktp anak'],
  ['ikd', 'identitas kependudukan digital', 'ktp digital'],
  ['akta kelahiran', 'akta lahir', 'akte kelahiran', 'akte lahir', 'akta anak'],
  ['akta kematian', 'akte kematian', 'akta meninggal', 'surat kematian'],
  ['akta perkawinan', 'akte perkawinan', 'akta nikah', 'akte nikah'],
  ['surat pindah', 'skpwni', 'pindah domisili', 'pindah alamat', 'pindah penduduk'],
  // Kepolisian dan kendaraan
  ['sim', 'surat izin mengemudi', 'surat ijin mengemudi'],
  ['skck', 'surat keterangan catatan kepolisian', 'surat kelakuan baik', 'surat berkelakuan baik', 'skkb'],
  ['tilang', 'bukti pelanggaran', 'etle', 'tilang elektronik'],
  ['stnk', 'surat tanda nomor kendaraan'],
  ['pajak kendaraan', 'pkb', 'pajak motor', 'pajak mobil'],
  ['kir', 'uji kir', 'uji berkala', 'pengujian berkala'],
  // Keimigrasian
  ['paspor', 'passport', 'e-paspor', 'paspor elektronik'],
  // Perizinan dan usaha
  ['nib', 'nomor induk berusaha', 'izin usaha', 'ijin usaha', 'surat izin usaha', 'siup', 'tdp'],
  ['oss', 'oss rba', 'online single submission'],
  ['pbg', 'persetujuan bangunan gedung', 'imb', 'izin mendirikan bangunan', 'izin bangunan', 'ijin bangunan'],
  ['slf', 'sertifikat laik fungsi'],
  ['krk', 'keterangan rencana kota', 'itr', 'informasi tata ruang'],
  ['pirt', 'p-irt', 'spp-irt', 'sppirt', 'izin pirt', 'izin produksi pangan rumahan'],
  ['slhs', 'sertifikat laik higiene sanitasi', 'laik higiene'],
  ['sip', 'surat izin praktik', 'surat izin praktek', 'izin praktik', 'izin praktek'],
  ['reklame', 'izin reklame', 'baliho', 'spanduk', 'papan reklame', 'billboard'],
  ['lkpm', 'laporan kegiatan penanaman modal', 'laporan investasi'],
  ['umkm', 'usaha mikro', 'usaha kecil'],
  // Pajak
  ['npwp', 'nomor pokok wajib pajak', 'kartu npwp'],
  ['npwpd', 'nomor pokok wajib pajak daerah'],
  ['pbb', 'pbb-p2', 'pajak bumi dan bangunan', 'pajak bumi bangunan', 'sppt pbb'],
  ['bphtb', 'bea perolehan hak atas tanah dan bangunan'],
  ['spt', 'spt tahunan', 'surat pemberitahuan tahunan'],
  ['efin', 'e-fin'],
  // Jaminan sosial dan kesehatan
  ['kis', 'jkn', 'jkn-kis', 'kartu indonesia sehat'],
  ['jht', 'jaminan hari tua'],
  ['faskes', 'fasilitas kesehatan', 'fktp', 'faskes 1', 'faskes tingkat pertama'],
  ['pbi', 'penerima bantuan iuran', 'bpjs gratis'],
  ['bansos', 'bantuan sosial', 'dtks', 'dtsen'],
  ['pensiun pns', 'pensiun asn'],
  // Pertanahan
  ['sertifikat tanah', 'sertipikat tanah', 'shm', 'sertifikat hak milik'],
  ['roya', 'hapus hak tanggungan', 'penghapusan hak tanggungan'],
  // Keagamaan dan hukum
  ['buku nikah', 'surat nikah', 'kutipan akta nikah'],
  ['haji', 'ibadah haji'],
  ['cerai', 'perceraian', 'gugat cerai', 'gugatan cerai', 'talak'],
  ['e-court', 'ecourt', 'perkara online'],
  // Ketenagakerjaan
  ['kartu kuning', 'kartu ak1', 'ak1', 'ak-1', 'ak/i', 'kartu pencari kerja', 'pencaker'],
  ['pkwt', 'perjanjian kerja waktu tertentu', 'kontrak kerja'],
  // Keuangan
  ['kur', 'kredit usaha rakyat'],
  ['buka rekening', 'rekening baru', 'buka tabungan'],
  // Umum
  ['lebaran', 'idulfitri', 'idul fitri'],
  ['antrean', 'antrian', 'nomor antrean'],
];

/**
 * Names of agencies. Besides the rules above, a group is added to every page of an agency
 * whose name contains one of its phrases (so "polisi" finds the services of the Polres).
 */
export const AGENCY_GROUPS: readonly (readonly string[])[] = [
  ['dukcapil', 'disdukcapil', 'dindukcapil', 'catatan sipil', 'capil', 'kependudukan dan pencatatan sipil'],
  ['polres', 'polresta', 'kepolisian', 'polisi', 'polri'],
  ['samsat', 'kantor bersama samsat'],
  ['imigrasi', 'kantor imigrasi', 'keimigrasian'],
  ['kpp', 'kantor pajak', 'kantor pelayanan pajak', 'djp', 'pajak pusat'],
  ['bapenda', 'pajak daerah', 'badan pendapatan daerah'],
  ['bpjs kesehatan', 'bpjs kes', 'askes'],
  ['bpjs ketenagakerjaan', 'bpjs tk', 'bpjstk', 'bpjs naker', 'jamsostek', 'bp jamsostek'],
  ['taspen'],
  ['bpn', 'atr', 'atr/bpn', 'kantor pertanahan', 'badan pertanahan'],
  ['kemenag', 'kementerian agama', 'depag', 'kua', 'kantor urusan agama'],
  ['kejaksaan', 'kejari', 'jaksa'],
  ['pengadilan agama'],
  ['dinsos', 'dinas sosial'],
  ['dinkes', 'dinas kesehatan'],
  ['disnaker', 'dinas tenaga kerja', 'dinas ketenagakerjaan'],
  ['dishub', 'dinas perhubungan'],
  ['dpupr', 'dinas pekerjaan umum', 'dinas pu'],
  ['dpmptsp', 'dinas penanaman modal', 'perizinan terpadu'],
  ['pdam', 'perumda air minum', 'air minum', 'air ledeng', 'pam'],
  ['pos indonesia', 'kantor pos', 'pos'],
];

/**
 * Affix variants of one root that the stemmer does not reliably join (or colloquial and
 * formal verbs for the same act). Matched word by word; every member is added.
 */
export const WORD_FAMILIES: readonly (readonly string[])[] = [
  ['rekam', 'perekaman', 'merekam', 'direkam'],
  ['buat', 'bikin', 'membuat', 'pembuatan', 'dibuat', 'bikinin'],
  ['urus', 'ngurus', 'mengurus', 'pengurusan', 'diurus'],
  ['panjang', 'perpanjang', 'perpanjangan', 'memperpanjang', 'diperpanjang'],
  ['daftar', 'mendaftar', 'pendaftaran', 'daftarkan', 'didaftarkan'],
  ['ganti', 'ngganti', 'mengganti', 'penggantian', 'pengganti', 'diganti'],
  ['cetak', 'mencetak', 'pencetakan', 'dicetak'],
  ['ubah', 'mengubah', 'perubahan', 'diubah', 'rubah'],
  ['pindah', 'perpindahan', 'kepindahan', 'pindahan', 'mutasi'],
  ['hilang', 'kehilangan', 'ilang'],
  ['rusak', 'kerusakan', 'patah', 'robek'],
  ['bayar', 'membayar', 'pembayaran', 'dibayar', 'setor'],
  ['pasang', 'memasang', 'pemasangan', 'dipasang'],
  ['cek', 'mengecek', 'pengecekan', 'periksa', 'pemeriksaan', 'memeriksa'],
  ['lapor', 'melapor', 'melaporkan', 'pelaporan', 'laporan'],
  ['catat', 'mencatat', 'pencatatan', 'dicatat'],
  ['ajukan', 'mengajukan', 'pengajuan', 'diajukan'],
  ['cair', 'cairkan', 'mencairkan', 'pencairan', 'dicairkan'],
  ['klaim', 'mengklaim', 'pengklaiman'],
  ['sah', 'sahkan', 'mengesahkan', 'pengesahan', 'disahkan'],
  ['legalisir', 'legalisasi', 'melegalisir', 'dilegalisir'],
  ['aktif', 'aktifkan', 'aktivasi', 'mengaktifkan', 'pengaktifan'],
  ['hapus', 'menghapus', 'penghapusan', 'dihapus'],
  ['tambah', 'menambah', 'penambahan', 'tambahan'],
  ['nikah', 'menikah', 'pernikahan', 'kawin', 'perkawinan', 'nikahan'],
  ['lahir', 'kelahiran', 'melahirkan'],
  ['mati', 'kematian', 'meninggal', 'wafat'],
  ['kerja', 'bekerja', 'pekerja', 'pekerjaan'],
  ['usaha', 'berusaha', 'pengusaha'],
  ['bangun', 'membangun', 'bangunan', 'pembangunan', 'mendirikan'],
  ['izin', 'ijin', 'perizinan', 'perijinan'],
  ['akta', 'akte'],
  ['sertifikat', 'sertipikat', 'sertifikasi'],
  ['praktik', 'praktek'],
  ['pajak', 'perpajakan'],
  ['uji', 'ujian', 'pengujian', 'menguji'],
  ['kirim', 'mengirim', 'pengiriman', 'kiriman'],
  ['ambil', 'mengambil', 'pengambilan'],
  ['pensiun', 'pensiunan'],
  ['rekomendasi', 'rekom'],
  ['aduan', 'adukan', 'mengadu', 'pengaduan', 'keluhan', 'komplain'],
  ['tanah', 'pertanahan'],
  ['sambung', 'sambungan', 'penyambungan'],
  ['konsultasi', 'konsul'],
];

/** What a page offers for expansion: its name, the editor's aliases and any related names. */
export interface AliasSource {
  nama: string;
  alias?: readonly string[];
  /** Related names that should pull in synonyms too (e.g. the agency of a gerai). */
  related?: readonly string[];
}

const phrase = (text: string) => words(text).join(' ');
const padded = (text: string) => ` ${phrase(text)} `;
const prepare = (groups: readonly (readonly string[])[]) => groups.map((group) => ({ group, phrases: group.map(phrase).filter(Boolean) }));

// Precomputed once: each group as normalised phrases.
const SYNONYMS = prepare(SYNONYM_GROUPS);
const AGENCIES = prepare(AGENCY_GROUPS);
const FAMILY_OF = new Map<string, readonly string[]>();
for (const family of WORD_FAMILIES) for (const member of family) FAMILY_OF.set(member, family);

/** Groups that apply to a page (see SYNONYM_GROUPS and AGENCY_GROUPS for the rules). */
export function matchingGroups(source: AliasSource): (readonly string[])[] {
  const aliases = new Set((source.alias ?? []).map(phrase));
  const name = padded(source.nama);
  const related = (source.related ?? []).map(padded);
  const applies = ({ phrases }: { phrases: string[] }, agency: boolean) =>
    phrases.some((p) => aliases.has(p) || name.includes(` ${p} `) || (agency && related.some((r) => r.includes(` ${p} `))));
  return [...SYNONYMS.filter((g) => applies(g, false)), ...AGENCIES.filter((g) => applies(g, true))].map((g) => g.group);
}

/**
 * The hidden search terms for a page: its own aliases, every group that applies, and the
 * affix variants of their words. Deduplicated, in that order; single words already in the
 * page name are not repeated.
 */
export function expandSearchTerms(source: AliasSource): string[] {
  const own = (source.alias ?? []).map((a) => a.trim()).filter(Boolean);
  const synonyms = matchingGroups(source).flat();
  const nameWords = new Set(words(source.nama));
  const seenWords = new Set<string>([source.nama, ...own, ...synonyms].flatMap(words));
  const variants: string[] = [];
  for (const word of seenWords) {
    for (const member of FAMILY_OF.get(word) ?? []) if (!seenWords.has(member)) variants.push(member);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  for (const term of [...own, ...synonyms, ...variants]) {
    const key = phrase(term);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    // A single word already in the title adds nothing but length.
    if (!key.includes(' ') && nameWords.has(key)) continue;
    out.push(term);
  }
  return out;
}

/** Every distinct word of the dictionary, for the suggestion term list. */
export function dictionaryWords(): string[] {
  return [...new Set([...SYNONYM_GROUPS.flat(), ...AGENCY_GROUPS.flat(), ...WORD_FAMILIES.flat()].flatMap(words))];
}
