// Generates a synthetic but realistic MPP content set, written as the same YAML and Markdoc
// files Keystatic writes, for benchmarks at scale (search bytes, build time, page weight).
// Deterministic: the same options give byte-identical output.
//
//   npx node src/bench/generate-content.ts --services 10000 --out /tmp/mpp-10k
//   MPP_CONTENT_DIR=/tmp/mpp-10k/content npx astro build --outDir .cache/dist-10k
//
// Options: --services N (10000)  --gerai N (60)  --announcements N (2000)
//          --agreements N (200)  --seed N (1)  --today YYYY-MM-DD (2026-11-01)  --out DIR
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';

// ---------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: small, fast and good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, Math.min(n, copy.length));
  }
}

// ---------------------------------------------------------------------------------------
// Dates and text helpers

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);
const addDays = (d: string, n: number) => iso(parse(d) + n * DAY);
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const longDate = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return `${day} ${MONTHS[(m ?? 1) - 1]} ${y}`;
};

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

function uniqueSlug(base: string, used: Set<string>): string {
  const stem = slugify(base) || 'entri';
  let slug = stem;
  for (let n = 2; used.has(slug); n++) slug = `${stem.slice(0, 74).replace(/-+$/, '')}-${n}`;
  used.add(slug);
  return slug;
}

const cap = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}.`);

// ---------------------------------------------------------------------------------------
// The domain model: agencies, their gerai and the kinds of services each one offers

type Kind = 'opd' | 'vertikal' | 'bumn' | 'bumd' | 'swasta';
type Category =
  | 'kependudukan'
  | 'kepolisian'
  | 'keimigrasian'
  | 'perizinan'
  | 'pertanahan'
  | 'pajak'
  | 'jaminan-sosial'
  | 'hukum'
  | 'keagamaan'
  | 'ketenagakerjaan'
  | 'keuangan'
  | 'utilitas'
  | 'bangunan'
  | 'perhubungan'
  | 'lainnya';

interface ObjectSpec {
  name: string;
  alias: string[];
}
interface Domain {
  category: Category;
  events: string[];
  actions: [string, string[]][];
  objects: ObjectSpec[];
  /** Probability that a service of this domain costs money. */
  paid: number;
  product: string;
  online?: string;
}

const o = (name: string, ...alias: string[]): ObjectSpec => ({ name, alias });

const DOMAINS: Record<string, Domain> = {
  kependudukan: {
    category: 'kependudukan',
    events: ['kelahiran', 'pernikahan', 'pindah', 'kematian'],
    actions: [
      ['Penerbitan', ['bikin', 'buat']],
      ['Perubahan Data', ['ubah', 'ganti data']],
      ['Cetak Ulang', ['cetak ulang']],
      ['Penggantian karena Hilang', ['hilang']],
      ['Penggantian karena Rusak', ['rusak']],
      ['Legalisasi', ['legalisir']],
      ['Pembetulan', ['salah data']],
      ['Pelayanan Jemput Bola', ['jemput bola']],
    ],
    objects: [
      o('KTP-el', 'ktp', 'e-ktp', 'ktp elektronik'),
      o('Kartu Keluarga', 'kk'),
      o('Akta Kelahiran', 'akta lahir', 'akte kelahiran'),
      o('Akta Kematian', 'akte kematian', 'surat kematian'),
      o('Kartu Identitas Anak', 'kia', 'ktp anak'),
      o('Surat Keterangan Pindah', 'surat pindah', 'skpwni'),
      o('Akta Perkawinan', 'akta nikah'),
      o('Akta Perceraian', 'akta cerai'),
      o('Akta Pengakuan Anak', 'pengakuan anak'),
      o('Identitas Kependudukan Digital', 'ikd', 'ktp digital'),
      o('Surat Keterangan Tempat Tinggal', 'sktt'),
      o('Biodata Penduduk', 'biodata'),
    ],
    paid: 0,
    product: 'Dokumen kependudukan yang sudah ditandatangani secara elektronik',
  },
  kepolisian: {
    category: 'kepolisian',
    events: ['berkendara', 'bekerja'],
    actions: [
      ['Penerbitan', ['bikin', 'buat']],
      ['Perpanjangan', ['perpanjang']],
      ['Penggantian karena Hilang', ['hilang']],
      ['Penggantian karena Rusak', ['rusak']],
      ['Peningkatan Golongan', ['naik golongan']],
      ['Legalisasi', ['legalisir']],
    ],
    objects: [
      o('SIM A', 'sim mobil', 'sim'),
      o('SIM C', 'sim motor', 'sim'),
      o('SIM B I', 'sim truk', 'sim'),
      o('SIM D', 'sim disabilitas', 'sim'),
      o('SIM Internasional', 'sim luar negeri'),
      o('SKCK', 'surat kelakuan baik', 'catatan kepolisian'),
      o('Surat Keterangan Kehilangan', 'surat hilang', 'lapor hilang'),
      o('Izin Keramaian', 'izin acara', 'izin hajatan'),
      o('Surat Tanda Penerimaan Laporan', 'lapor polisi'),
    ],
    paid: 0.7,
    product: 'Dokumen kepolisian sesuai permohonan',
  },
  keimigrasian: {
    category: 'keimigrasian',
    events: ['luar-negeri'],
    actions: [
      ['Penerbitan', ['bikin', 'buat']],
      ['Penggantian', ['ganti', 'perpanjang']],
      ['Penggantian karena Hilang', ['hilang']],
      ['Penggantian karena Rusak', ['rusak']],
      ['Perpanjangan', ['perpanjang']],
      ['Konsultasi', ['tanya']],
    ],
    objects: [
      o('Paspor Biasa', 'paspor', 'passport'),
      o('Paspor Elektronik', 'e-paspor', 'paspor'),
      o('Izin Tinggal Terbatas', 'kitas'),
      o('Izin Tinggal Tetap', 'kitap'),
      o('Surat Perjalanan Laksana Paspor', 'splp'),
      o('Affidavit Anak Berkewarganegaraan Ganda', 'affidavit'),
      o('Izin Masuk Kembali', 'reentry permit'),
      o('Paspor Anak', 'paspor bayi', 'paspor'),
    ],
    paid: 0.85,
    product: 'Dokumen perjalanan atau izin keimigrasian',
    online: 'https://www.imigrasi.go.id',
  },
  usaha: {
    category: 'perizinan',
    events: ['usaha'],
    actions: [
      ['Penerbitan', ['bikin', 'urus']],
      ['Perubahan', ['ubah']],
      ['Perpanjangan', ['perpanjang']],
      ['Pendampingan Pengajuan', ['bantuan']],
      ['Verifikasi', ['cek']],
      ['Pencabutan', ['tutup usaha']],
    ],
    objects: [
      o('Nomor Induk Berusaha', 'nib', 'izin usaha', 'oss'),
      o('Sertifikat Standar Usaha', 'sertifikat standar'),
      o('Izin Usaha Industri', 'iui', 'izin pabrik'),
      o('Izin Usaha Toko Swalayan', 'izin minimarket'),
      o('Tanda Daftar Gudang', 'tdg', 'izin gudang'),
      o('Izin Penyelenggaraan Reklame', 'izin reklame', 'baliho'),
      o('Izin Usaha Simpan Pinjam', 'izin koperasi'),
      o('Laporan Kegiatan Penanaman Modal', 'lkpm'),
      o('Izin Lokasi Usaha', 'izin lokasi'),
      o('Izin Pengelolaan Pasar Rakyat', 'izin pasar'),
    ],
    paid: 0.15,
    product: 'Dokumen perizinan berusaha yang terbit melalui sistem OSS',
    online: 'https://oss.go.id',
  },
  bangunan: {
    category: 'bangunan',
    events: ['rumah', 'usaha'],
    actions: [
      ['Penerbitan', ['bikin', 'urus']],
      ['Perubahan', ['ubah']],
      ['Konsultasi Teknis', ['konsultasi']],
      ['Verifikasi Dokumen', ['cek']],
      ['Rekomendasi', ['rekom']],
    ],
    objects: [
      o('Persetujuan Bangunan Gedung', 'pbg', 'imb', 'izin bangunan'),
      o('Sertifikat Laik Fungsi', 'slf'),
      o('Keterangan Rencana Kota', 'krk', 'tata ruang'),
      o('Kesesuaian Kegiatan Pemanfaatan Ruang', 'kkpr'),
      o('Izin Galian Jalan', 'izin galian'),
      o('Rekomendasi Peil Banjir', 'peil banjir'),
      o('Izin Pemanfaatan Ruang Milik Jalan', 'izin rumija'),
      o('Penetapan Garis Sempadan Bangunan', 'gsb'),
    ],
    paid: 0.4,
    product: 'Dokumen persetujuan atau rekomendasi teknis bangunan',
    online: 'https://simbg.pu.go.id',
  },
  kesehatan: {
    category: 'perizinan',
    events: ['bekerja', 'usaha'],
    actions: [
      ['Penerbitan', ['bikin', 'urus']],
      ['Perpanjangan', ['perpanjang']],
      ['Perubahan', ['ubah']],
      ['Verifikasi', ['cek']],
      ['Rekomendasi', ['rekom']],
    ],
    objects: [
      o('Surat Izin Praktik Dokter', 'sip dokter', 'izin praktik'),
      o('Surat Izin Praktik Bidan', 'sip bidan', 'izin praktik'),
      o('Surat Izin Praktik Perawat', 'sip perawat', 'izin praktik'),
      o('Surat Izin Praktik Apoteker', 'sipa', 'izin praktik'),
      o('Izin Apotek', 'apotek'),
      o('Izin Klinik Pratama', 'izin klinik'),
      o('Sertifikat Laik Higiene Sanitasi', 'slhs'),
      o('Sertifikat Produksi Pangan Industri Rumah Tangga', 'pirt', 'spp-irt'),
      o('Izin Optik', 'optik'),
      o('Izin Laboratorium Klinik', 'izin lab'),
    ],
    paid: 0.2,
    product: 'Surat izin atau sertifikat bidang kesehatan',
  },
  pajakPusat: {
    category: 'pajak',
    events: ['bekerja', 'usaha'],
    actions: [
      ['Pendaftaran', ['daftar', 'bikin']],
      ['Perubahan Data', ['ubah']],
      ['Asistensi', ['bantuan', 'lapor']],
      ['Pencetakan Ulang', ['cetak ulang']],
      ['Konsultasi', ['tanya']],
      ['Penghapusan', ['hapus']],
    ],
    objects: [
      o('Nomor Pokok Wajib Pajak', 'npwp'),
      o('SPT Tahunan Orang Pribadi', 'spt', 'lapor pajak'),
      o('SPT Tahunan Badan', 'spt badan'),
      o('Akun Coretax', 'coretax', 'efin'),
      o('Pengusaha Kena Pajak', 'pkp'),
      o('Surat Keterangan Fiskal', 'skf'),
      o('Sertifikat Elektronik Pajak', 'sertel'),
      o('Pemindahbukuan', 'pbk'),
    ],
    paid: 0,
    product: 'Dokumen atau bukti layanan perpajakan',
    online: 'https://pajak.go.id',
  },
  pajakDaerah: {
    category: 'pajak',
    events: ['rumah', 'usaha'],
    actions: [
      ['Pendaftaran', ['daftar']],
      ['Pembayaran', ['bayar']],
      ['Mutasi', ['balik nama']],
      ['Pembetulan', ['salah']],
      ['Keberatan', ['keberatan']],
      ['Pengurangan', ['keringanan']],
    ],
    objects: [
      o('PBB-P2', 'pbb', 'pajak bumi dan bangunan'),
      o('BPHTB', 'pajak jual beli tanah'),
      o('NPWPD', 'pajak daerah'),
      o('Pajak Hotel', 'pajak penginapan'),
      o('Pajak Restoran', 'pajak rumah makan'),
      o('Pajak Reklame', 'pajak baliho'),
      o('Pajak Air Tanah', 'pajak sumur'),
      o('Pajak Parkir', 'pajak parkir'),
      o('Retribusi Persampahan', 'retribusi sampah'),
    ],
    paid: 0.3,
    product: 'Surat ketetapan atau bukti pembayaran pajak daerah',
  },
  bpjsKesehatan: {
    category: 'jaminan-sosial',
    events: ['kelahiran', 'bekerja'],
    actions: [
      ['Pendaftaran', ['daftar']],
      ['Perubahan', ['ubah', 'ganti']],
      ['Reaktivasi', ['aktifkan']],
      ['Pencetakan Kartu', ['cetak kartu']],
      ['Konsultasi', ['tanya']],
    ],
    objects: [
      o('Peserta Mandiri', 'bpjs mandiri', 'bpjs kesehatan', 'kis'),
      o('Fasilitas Kesehatan Tingkat Pertama', 'faskes', 'pindah faskes'),
      o('Kelas Perawatan', 'naik kelas bpjs'),
      o('Anggota Keluarga Peserta', 'tambah anggota bpjs'),
      o('Peserta Bayi Baru Lahir', 'bpjs bayi'),
      o('Tunggakan Iuran', 'tunggakan bpjs', 'denda bpjs'),
      o('Peserta Pekerja Penerima Upah', 'bpjs kantor'),
    ],
    paid: 0,
    product: 'Kartu atau data kepesertaan JKN yang diperbarui',
    online: 'https://www.bpjs-kesehatan.go.id',
  },
  bpjsKetenagakerjaan: {
    category: 'jaminan-sosial',
    events: ['bekerja', 'pensiun', 'kematian'],
    actions: [
      ['Klaim', ['cairkan', 'klaim']],
      ['Pendaftaran', ['daftar']],
      ['Perubahan Data', ['ubah']],
      ['Konsultasi', ['tanya']],
    ],
    objects: [
      o('Jaminan Hari Tua', 'jht', 'bpjs tk'),
      o('Jaminan Kecelakaan Kerja', 'jkk'),
      o('Jaminan Kematian', 'jkm'),
      o('Jaminan Pensiun', 'jp'),
      o('Peserta Bukan Penerima Upah', 'bpu', 'bpjs tk mandiri'),
      o('Jaminan Kehilangan Pekerjaan', 'jkp'),
    ],
    paid: 0,
    product: 'Bukti klaim atau kepesertaan BPJS Ketenagakerjaan',
    online: 'https://www.bpjsketenagakerjaan.go.id',
  },
  pertanahan: {
    category: 'pertanahan',
    events: ['rumah'],
    actions: [
      ['Pendaftaran', ['daftar', 'urus']],
      ['Pengecekan', ['cek']],
      ['Peralihan', ['balik nama']],
      ['Pemecahan', ['pecah']],
      ['Penggabungan', ['gabung']],
      ['Konsultasi', ['tanya']],
    ],
    objects: [
      o('Sertifikat Hak Milik', 'sertifikat tanah', 'shm'),
      o('Hak Tanggungan', 'ht', 'roya'),
      o('Bidang Tanah', 'tanah', 'kavling'),
      o('Sertifikat Hak Guna Bangunan', 'shgb', 'hgb'),
      o('Surat Keterangan Pendaftaran Tanah', 'skpt'),
      o('Peta Bidang Tanah', 'peta bidang'),
      o('Hak Waris atas Tanah', 'waris tanah'),
    ],
    paid: 0.8,
    product: 'Sertifikat, catatan atau surat keterangan pertanahan',
  },
  keagamaan: {
    category: 'keagamaan',
    events: ['pernikahan', 'luar-negeri'],
    actions: [
      ['Pendaftaran', ['daftar']],
      ['Legalisasi', ['legalisir']],
      ['Rekomendasi', ['rekom']],
      ['Pembatalan', ['batal']],
      ['Konsultasi', ['tanya']],
    ],
    objects: [
      o('Haji Reguler', 'haji', 'daftar haji'),
      o('Buku Nikah', 'surat nikah', 'nikah kua'),
      o('Paspor Haji', 'paspor haji'),
      o('Umrah', 'umroh'),
      o('Sertifikat Halal Usaha Mikro', 'halal', 'sertifikat halal'),
      o('Izin Pendirian Madrasah', 'izin madrasah'),
      o('Rumah Ibadah', 'izin rumah ibadah'),
      o('Wakaf', 'tanah wakaf'),
    ],
    paid: 0.2,
    product: 'Dokumen atau rekomendasi keagamaan',
  },
  peradilan: {
    category: 'hukum',
    events: ['pernikahan', 'kematian'],
    actions: [
      ['Pendaftaran', ['daftar']],
      ['Informasi Prosedur', ['info', 'tanya']],
      ['Pendampingan', ['bantuan']],
      ['Pengambilan Salinan Putusan', ['salinan putusan']],
    ],
    objects: [
      o('Gugatan Cerai', 'cerai', 'gugat cerai'),
      o('Permohonan Isbat Nikah', 'isbat nikah'),
      o('Dispensasi Kawin', 'dispensasi nikah'),
      o('Penetapan Ahli Waris', 'waris'),
      o('Perwalian Anak', 'wali anak'),
      o('Perkara Elektronik', 'e-court', 'ecourt'),
      o('Cerai Talak', 'talak'),
    ],
    paid: 0.6,
    product: 'Bukti pendaftaran perkara atau salinan putusan',
    online: 'https://ecourt.mahkamahagung.go.id',
  },
  kejaksaan: {
    category: 'hukum',
    events: ['berkendara'],
    actions: [
      ['Pembayaran', ['bayar']],
      ['Pengambilan', ['ambil']],
      ['Konsultasi', ['tanya', 'konsultasi']],
      ['Informasi', ['info']],
    ],
    objects: [
      o('Denda Tilang', 'tilang', 'denda tilang'),
      o('Barang Bukti Tilang', 'ambil sim tilang', 'stnk ditahan'),
      o('Hukum Perdata', 'konsultasi hukum', 'pengacara gratis'),
      o('Pendapat Hukum untuk Instansi', 'legal opinion'),
      o('Perkara Pidana', 'info perkara'),
    ],
    paid: 0.3,
    product: 'Bukti layanan kejaksaan',
  },
  ketenagakerjaan: {
    category: 'ketenagakerjaan',
    events: ['bekerja'],
    actions: [
      ['Penerbitan', ['bikin']],
      ['Pencatatan', ['catat', 'lapor']],
      ['Pengesahan', ['sahkan']],
      ['Perpanjangan', ['perpanjang']],
      ['Mediasi', ['mediasi']],
    ],
    objects: [
      o('Kartu Pencari Kerja', 'kartu kuning', 'ak1'),
      o('Perjanjian Kerja Waktu Tertentu', 'pkwt', 'kontrak kerja'),
      o('Peraturan Perusahaan', 'pp perusahaan'),
      o('Wajib Lapor Ketenagakerjaan', 'wlkp'),
      o('Lembaga Pelatihan Kerja', 'lpk'),
      o('Perselisihan Hubungan Industrial', 'phk', 'sengketa kerja'),
    ],
    paid: 0,
    product: 'Kartu, bukti pencatatan atau surat pengesahan ketenagakerjaan',
  },
  sosial: {
    category: 'jaminan-sosial',
    events: ['kelahiran', 'kematian'],
    actions: [
      ['Pendaftaran', ['daftar']],
      ['Pembaruan', ['update']],
      ['Rekomendasi', ['rekom']],
      ['Pengaduan', ['lapor']],
    ],
    objects: [
      o('Data Tunggal Sosial Ekonomi', 'dtsen', 'dtks', 'bansos'),
      o('Peserta PBI Jaminan Kesehatan', 'pbi', 'bpjs gratis'),
      o('Surat Keterangan Tidak Mampu', 'sktm'),
      o('Bantuan Sosial Pangan', 'bpnt', 'sembako'),
      o('Program Keluarga Harapan', 'pkh'),
      o('Santunan Kematian', 'santunan'),
    ],
    paid: 0,
    product: 'Surat rekomendasi atau bukti pendaftaran layanan sosial',
  },
  perhubungan: {
    category: 'perhubungan',
    events: ['berkendara', 'usaha'],
    actions: [
      ['Pendaftaran', ['daftar']],
      ['Perpanjangan', ['perpanjang']],
      ['Penerbitan', ['bikin']],
      ['Rekomendasi', ['rekom']],
    ],
    objects: [
      o('Uji Berkala Kendaraan Bermotor', 'kir', 'uji kir'),
      o('Izin Trayek Angkutan', 'izin trayek'),
      o('Analisis Dampak Lalu Lintas', 'andalalin'),
      o('Izin Penyelenggaraan Parkir', 'izin parkir'),
      o('Kartu Pengawasan Angkutan', 'kartu pengawasan'),
    ],
    paid: 0.7,
    product: 'Kartu, izin atau rekomendasi perhubungan',
  },
  samsat: {
    category: 'pajak',
    events: ['berkendara'],
    actions: [
      ['Pembayaran', ['bayar']],
      ['Pengesahan', ['perpanjang']],
      ['Balik Nama', ['balik nama']],
      ['Mutasi', ['mutasi']],
      ['Penerbitan Ulang', ['ganti']],
    ],
    objects: [
      o('Pajak Kendaraan Bermotor', 'pajak motor', 'pajak mobil', 'pkb'),
      o('STNK', 'stnk'),
      o('BPKB', 'bpkb'),
      o('Tanda Nomor Kendaraan', 'plat nomor', 'tnkb'),
      o('Sumbangan Wajib Dana Kecelakaan', 'swdkllj', 'jasa raharja'),
    ],
    paid: 0.9,
    product: 'Bukti pembayaran atau dokumen kendaraan',
  },
  air: {
    category: 'utilitas',
    events: ['rumah', 'pindah'],
    actions: [
      ['Pemasangan', ['pasang']],
      ['Pembayaran', ['bayar']],
      ['Balik Nama', ['balik nama']],
      ['Pengaduan', ['lapor', 'keluhan']],
      ['Penutupan', ['tutup']],
      ['Pemindahan', ['pindah']],
    ],
    objects: [
      o('Sambungan Air Minum', 'pdam', 'pasang pdam'),
      o('Meter Air', 'meteran air'),
      o('Tagihan Air', 'tagihan pdam', 'rekening air'),
      o('Sambungan Air Limbah', 'ipal'),
      o('Pelanggan Air Niaga', 'pdam usaha'),
    ],
    paid: 0.6,
    product: 'Bukti layanan pelanggan air minum',
  },
  bank: {
    category: 'keuangan',
    events: ['usaha', 'bekerja', 'pensiun'],
    actions: [
      ['Pembukaan', ['buka']],
      ['Pengajuan', ['ajukan']],
      ['Konsultasi', ['tanya']],
      ['Pembayaran', ['bayar']],
      ['Penutupan', ['tutup']],
    ],
    objects: [
      o('Rekening Tabungan', 'tabungan', 'buka rekening'),
      o('Kredit Usaha Rakyat', 'kur', 'pinjaman usaha'),
      o('Kredit Pensiunan', 'kredit pensiun'),
      o('Tabungan Pelajar', 'simpel'),
      o('Rekening Giro', 'giro'),
      o('Kartu Debit', 'atm'),
      o('Setoran Pajak Daerah', 'bayar pajak daerah'),
    ],
    paid: 0.3,
    product: 'Buku tabungan, kartu atau bukti transaksi',
  },
  pensiun: {
    category: 'jaminan-sosial',
    events: ['pensiun', 'kematian'],
    actions: [
      ['Klaim', ['klaim', 'cairkan']],
      ['Otentikasi', ['otentikasi']],
      ['Perubahan Data', ['ubah']],
      ['Konsultasi', ['tanya']],
    ],
    objects: [
      o('Tabungan Hari Tua ASN', 'tht', 'taspen'),
      o('Pensiun Pertama', 'pensiun pns', 'taspen'),
      o('Pensiun Janda atau Duda', 'pensiun janda'),
      o('Jaminan Kematian ASN', 'jkm asn'),
      o('Asuransi Kematian', 'askem'),
    ],
    paid: 0,
    product: 'Bukti klaim atau otentikasi peserta',
  },
  lingkungan: {
    category: 'perizinan',
    events: ['usaha'],
    actions: [
      ['Penerbitan', ['bikin', 'urus']],
      ['Perubahan', ['ubah']],
      ['Verifikasi', ['cek']],
      ['Konsultasi', ['tanya']],
    ],
    objects: [
      o('Persetujuan Lingkungan', 'izin lingkungan', 'amdal'),
      o('UKL-UPL', 'ukl upl'),
      o('Surat Pernyataan Kesanggupan Pengelolaan Lingkungan', 'sppl'),
      o('Izin Penyimpanan Limbah B3', 'limbah b3'),
      o('Persetujuan Teknis Air Limbah', 'pertek'),
    ],
    paid: 0,
    product: 'Dokumen persetujuan lingkungan',
  },
  pendidikan: {
    category: 'lainnya',
    events: ['pendidikan'],
    actions: [
      ['Legalisasi', ['legalisir']],
      ['Penerbitan', ['bikin']],
      ['Rekomendasi', ['rekom']],
      ['Perubahan', ['ubah']],
    ],
    objects: [
      o('Ijazah', 'legalisir ijazah'),
      o('Surat Keterangan Pengganti Ijazah', 'ijazah hilang'),
      o('Surat Pindah Sekolah', 'mutasi siswa'),
      o('Izin Operasional PAUD', 'izin paud'),
      o('Izin Lembaga Kursus', 'izin kursus'),
    ],
    paid: 0,
    product: 'Dokumen pendidikan yang dilegalisasi atau diterbitkan',
  },
  pos: {
    category: 'lainnya',
    events: ['pindah'],
    actions: [
      ['Pengiriman', ['kirim']],
      ['Pembayaran', ['bayar']],
      ['Pelacakan', ['lacak']],
    ],
    objects: [
      o('Dokumen Hasil Layanan', 'kirim dokumen', 'antar ke rumah'),
      o('Paket', 'kirim paket'),
      o('Wesel Pos', 'wesel'),
      o('Meterai', 'materai'),
    ],
    paid: 1,
    product: 'Resi pengiriman atau bukti pembayaran',
  },
  gadai: {
    category: 'keuangan',
    events: ['usaha'],
    actions: [
      ['Pengajuan', ['ajukan']],
      ['Perpanjangan', ['perpanjang']],
      ['Pelunasan', ['lunasi']],
      ['Konsultasi', ['tanya']],
    ],
    objects: [
      o('Gadai Emas', 'gadai', 'pegadaian'),
      o('Cicil Emas', 'nyicil emas'),
      o('Kredit Usaha Mikro', 'kreasi'),
      o('Tabungan Emas', 'nabung emas'),
    ],
    paid: 0.8,
    product: 'Surat bukti gadai atau bukti transaksi',
  },
};

const QUALIFIERS = [
  '',
  '',
  '',
  'untuk Perorangan',
  'untuk Badan Usaha',
  'untuk Warga Negara Asing',
  'bagi Penyandang Disabilitas',
  'secara Kolektif',
  'dari Luar Daerah',
  'melalui Jalur Prioritas',
  'untuk Lanjut Usia',
  'bagi Pelajar',
  'untuk Usaha Mikro',
  'untuk Aparatur Sipil Negara',
];

interface AgencySpec {
  nama: string;
  singkatan: string;
  jenis: Kind;
  situs: string | null;
  gerai: [string, keyof typeof DOMAINS][];
}

const AGENCIES: AgencySpec[] = [
  {
    nama: 'Dinas Kependudukan dan Pencatatan Sipil',
    singkatan: 'Dukcapil',
    jenis: 'opd',
    situs: null,
    gerai: [
      ['Dukcapil Pendaftaran Penduduk', 'kependudukan'],
      ['Dukcapil Pencatatan Sipil', 'kependudukan'],
      ['Dukcapil Layanan Anak', 'kependudukan'],
    ],
  },
  {
    nama: 'Kepolisian Resor Kota',
    singkatan: 'Polresta',
    jenis: 'vertikal',
    situs: 'https://polri.go.id',
    gerai: [
      ['SIM', 'kepolisian'],
      ['SKCK', 'kepolisian'],
      ['Pelayanan Masyarakat Polresta', 'kepolisian'],
    ],
  },
  {
    nama: 'Kantor Imigrasi Kelas I',
    singkatan: 'Imigrasi',
    jenis: 'vertikal',
    situs: 'https://www.imigrasi.go.id',
    gerai: [
      ['Paspor', 'keimigrasian'],
      ['Izin Tinggal', 'keimigrasian'],
    ],
  },
  {
    nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    singkatan: 'DPMPTSP',
    jenis: 'opd',
    situs: null,
    gerai: [
      ['Perizinan Usaha', 'usaha'],
      ['Perizinan Bangunan', 'bangunan'],
      ['Perizinan Kesehatan', 'kesehatan'],
      ['Pendampingan OSS', 'usaha'],
    ],
  },
  {
    nama: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    singkatan: 'DPUPR',
    jenis: 'opd',
    situs: null,
    gerai: [
      ['Tata Ruang', 'bangunan'],
      ['Bina Konstruksi', 'bangunan'],
    ],
  },
  {
    nama: 'Dinas Kesehatan',
    singkatan: 'Dinkes',
    jenis: 'opd',
    situs: null,
    gerai: [
      ['Dinas Kesehatan', 'kesehatan'],
      ['Keamanan Pangan', 'kesehatan'],
    ],
  },
  {
    nama: 'Kantor Pelayanan Pajak Pratama',
    singkatan: 'KPP Pratama',
    jenis: 'vertikal',
    situs: 'https://pajak.go.id',
    gerai: [
      ['KPP Pratama', 'pajakPusat'],
      ['Asistensi SPT', 'pajakPusat'],
    ],
  },
  {
    nama: 'Badan Pendapatan Daerah',
    singkatan: 'Bapenda',
    jenis: 'opd',
    situs: null,
    gerai: [
      ['Pajak Daerah', 'pajakDaerah'],
      ['PBB dan BPHTB', 'pajakDaerah'],
    ],
  },
  {
    nama: 'BPJS Kesehatan Kantor Cabang',
    singkatan: 'BPJS Kesehatan',
    jenis: 'bumn',
    situs: 'https://www.bpjs-kesehatan.go.id',
    gerai: [
      ['BPJS Kesehatan', 'bpjsKesehatan'],
      ['Layanan Peserta JKN', 'bpjsKesehatan'],
    ],
  },
  {
    nama: 'BPJS Ketenagakerjaan Kantor Cabang',
    singkatan: 'BPJS Ketenagakerjaan',
    jenis: 'bumn',
    situs: 'https://www.bpjsketenagakerjaan.go.id',
    gerai: [['BPJS Ketenagakerjaan', 'bpjsKetenagakerjaan']],
  },
  {
    nama: 'Kantor Pertanahan',
    singkatan: 'BPN',
    jenis: 'vertikal',
    situs: 'https://www.atrbpn.go.id',
    gerai: [
      ['Pertanahan', 'pertanahan'],
      ['Hak Tanggungan Elektronik', 'pertanahan'],
    ],
  },
  {
    nama: 'Kantor Kementerian Agama',
    singkatan: 'Kemenag',
    jenis: 'vertikal',
    situs: 'https://kemenag.go.id',
    gerai: [
      ['Kementerian Agama', 'keagamaan'],
      ['Haji dan Umrah', 'keagamaan'],
    ],
  },
  {
    nama: 'Pengadilan Agama',
    singkatan: 'PA',
    jenis: 'vertikal',
    situs: 'https://badilag.mahkamahagung.go.id',
    gerai: [['Pengadilan Agama', 'peradilan']],
  },
  {
    nama: 'Pengadilan Negeri',
    singkatan: 'PN',
    jenis: 'vertikal',
    situs: 'https://www.mahkamahagung.go.id',
    gerai: [['Pengadilan Negeri', 'peradilan']],
  },
  {
    nama: 'Kejaksaan Negeri',
    singkatan: 'Kejari',
    jenis: 'vertikal',
    situs: 'https://www.kejaksaan.go.id',
    gerai: [['Kejaksaan', 'kejaksaan']],
  },
  {
    nama: 'Dinas Tenaga Kerja',
    singkatan: 'Disnaker',
    jenis: 'opd',
    situs: null,
    gerai: [
      ['Ketenagakerjaan', 'ketenagakerjaan'],
      ['Hubungan Industrial', 'ketenagakerjaan'],
    ],
  },
  {
    nama: 'Dinas Sosial',
    singkatan: 'Dinsos',
    jenis: 'opd',
    situs: null,
    gerai: [
      ['Dinas Sosial', 'sosial'],
      ['Data Sosial Ekonomi', 'sosial'],
    ],
  },
  {
    nama: 'Dinas Perhubungan',
    singkatan: 'Dishub',
    jenis: 'opd',
    situs: null,
    gerai: [
      ['Perhubungan', 'perhubungan'],
      ['Pengujian Kendaraan', 'perhubungan'],
    ],
  },
  {
    nama: 'Unit Pelaksana Teknis Pengelolaan Pendapatan Daerah',
    singkatan: 'Samsat',
    jenis: 'opd',
    situs: null,
    gerai: [
      ['Samsat', 'samsat'],
      ['Samsat Keliling', 'samsat'],
    ],
  },
  {
    nama: 'Perumda Air Minum',
    singkatan: 'PDAM',
    jenis: 'bumd',
    situs: null,
    gerai: [
      ['PDAM', 'air'],
      ['Pelanggan Air Niaga', 'air'],
    ],
  },
  {
    nama: 'PT Bank Pembangunan Daerah',
    singkatan: 'Bank Daerah',
    jenis: 'bumd',
    situs: null,
    gerai: [
      ['Bank Daerah', 'bank'],
      ['Kas Daerah', 'bank'],
    ],
  },
  { nama: 'PT Bank Rakyat Indonesia', singkatan: 'BRI', jenis: 'bumn', situs: 'https://bri.co.id', gerai: [['BRI', 'bank']] },
  { nama: 'PT Bank Negara Indonesia', singkatan: 'BNI', jenis: 'bumn', situs: 'https://www.bni.co.id', gerai: [['BNI', 'bank']] },
  { nama: 'PT Bank Syariah Indonesia', singkatan: 'BSI', jenis: 'bumn', situs: 'https://www.bankbsi.co.id', gerai: [['BSI', 'bank']] },
  { nama: 'PT Taspen', singkatan: 'Taspen', jenis: 'bumn', situs: 'https://www.taspen.co.id', gerai: [['Taspen', 'pensiun']] },
  { nama: 'PT Asabri', singkatan: 'Asabri', jenis: 'bumn', situs: 'https://www.asabri.co.id', gerai: [['Asabri', 'pensiun']] },
  {
    nama: 'PT Pos Indonesia',
    singkatan: 'Pos Indonesia',
    jenis: 'bumn',
    situs: 'https://www.posindonesia.co.id',
    gerai: [['Pos Indonesia', 'pos']],
  },
  { nama: 'PT Pegadaian', singkatan: 'Pegadaian', jenis: 'bumn', situs: 'https://www.pegadaian.co.id', gerai: [['Pegadaian', 'gadai']] },
  {
    nama: 'Dinas Lingkungan Hidup',
    singkatan: 'DLH',
    jenis: 'opd',
    situs: null,
    gerai: [
      ['Lingkungan Hidup', 'lingkungan'],
      ['Pengelolaan Limbah', 'lingkungan'],
    ],
  },
  { nama: 'Dinas Pendidikan', singkatan: 'Disdik', jenis: 'opd', situs: null, gerai: [['Pendidikan', 'pendidikan']] },
  {
    nama: 'Dinas Koperasi dan Usaha Mikro',
    singkatan: 'Diskop UM',
    jenis: 'opd',
    situs: null,
    gerai: [
      ['Koperasi dan UMKM', 'usaha'],
      ['Klinik UMKM', 'usaha'],
    ],
  },
  {
    nama: 'Dinas Perdagangan dan Perindustrian',
    singkatan: 'Disperindag',
    jenis: 'opd',
    situs: null,
    gerai: [
      ['Perdagangan', 'usaha'],
      ['Perindustrian', 'usaha'],
    ],
  },
  {
    nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    singkatan: 'BKPSDM',
    jenis: 'opd',
    situs: null,
    gerai: [['Kepegawaian', 'pensiun']],
  },
  {
    nama: 'Dinas Perumahan dan Kawasan Permukiman',
    singkatan: 'Disperkim',
    jenis: 'opd',
    situs: null,
    gerai: [
      ['Perumahan', 'bangunan'],
      ['Pertamanan dan Pemakaman', 'bangunan'],
    ],
  },
  { nama: 'Koperasi Jasa Layanan Dokumen', singkatan: 'Kopjasa', jenis: 'swasta', situs: null, gerai: [['Layanan Dokumen Swasta', 'pos']] },
  {
    nama: 'Balai Pengawas Obat dan Makanan',
    singkatan: 'BPOM',
    jenis: 'vertikal',
    situs: 'https://www.pom.go.id',
    gerai: [['Pengawasan Obat dan Makanan', 'kesehatan']],
  },
];

const DOCUMENTS: [string, string][] = [
  ['KTP-el pemohon', 'asli-dan-fotokopi'],
  ['Kartu Keluarga', 'fotokopi'],
  ['Akta kelahiran', 'fotokopi'],
  ['Buku nikah atau akta perkawinan', 'fotokopi'],
  ['Pas foto berwarna 3x4', 'asli'],
  ['Pas foto berwarna 4x6 latar merah', 'asli'],
  ['Surat pengantar RT/RW', 'asli'],
  ['Surat pengantar kelurahan', 'asli'],
  ['Formulir permohonan yang sudah diisi', 'di-lokasi'],
  ['NPWP', 'fotokopi'],
  ['Surat kuasa bermeterai', 'asli'],
  ['KTP-el penerima kuasa', 'asli-dan-fotokopi'],
  ['Nomor Induk Berusaha', 'elektronik'],
  ['Akta pendirian badan usaha', 'fotokopi'],
  ['SK pengesahan Kemenkumham', 'fotokopi'],
  ['Sertifikat tanah', 'asli-dan-fotokopi'],
  ['Bukti lunas PBB tahun berjalan', 'fotokopi'],
  ['Surat keterangan sehat dari dokter', 'asli'],
  ['Hasil tes psikologi', 'asli'],
  ['Bukti kepesertaan aktif BPJS Kesehatan', 'elektronik'],
  ['Ijazah terakhir', 'fotokopi'],
  ['Surat keterangan kehilangan dari kepolisian', 'asli'],
  ['Dokumen lama yang rusak', 'asli'],
  ['Surat pernyataan tanggung jawab mutlak', 'asli'],
  ['Gambar denah lokasi', 'asli'],
  ['Gambar rencana teknis bangunan', 'elektronik'],
  ['Surat rekomendasi organisasi profesi', 'asli'],
  ['Surat Tanda Registrasi tenaga kesehatan', 'fotokopi'],
  ['Bukti pembayaran PNBP', 'asli'],
  ['Kartu peserta lama', 'asli'],
  ['Buku tabungan', 'fotokopi'],
  ['Surat keterangan kerja dari pemberi kerja', 'asli'],
  ['Paklaring atau surat keterangan berhenti bekerja', 'fotokopi'],
  ['SK pensiun', 'fotokopi'],
  ['Surat keterangan kematian dari rumah sakit atau kelurahan', 'asli'],
  ['Paspor lama', 'asli'],
  ['Surat izin lama yang akan diperpanjang', 'fotokopi'],
  ['Foto lokasi usaha', 'elektronik'],
  ['Surat pernyataan kesanggupan', 'asli'],
  ['Bukti kepemilikan atau sewa tempat usaha', 'fotokopi'],
  ['STNK', 'asli-dan-fotokopi'],
  ['BPKB', 'asli-dan-fotokopi'],
  ['Rekening listrik terakhir', 'fotokopi'],
  ['Dokumen pendukung lain sesuai petunjuk petugas', 'asli'],
];

const CONDITIONS = [
  '',
  '',
  '',
  '',
  'pemohon diwakili orang lain',
  'pemohon berstatus badan usaha',
  'pemohon belum berumur 17 tahun',
  'dokumen asli hilang',
  'pemohon warga negara asing',
];
const NOTES = [
  '',
  '',
  '',
  'Masih berlaku pada hari pengajuan.',
  'Nama harus sama dengan KTP-el.',
  'Dicap basah oleh instansi penerbit.',
  'Dapat ditunjukkan dari aplikasi resmi.',
  'Diunduh dari sistem daring lalu dicetak.',
];

const LAWS = [
  'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
  'Peraturan Presiden Nomor 89 Tahun 2021 tentang Penyelenggaraan Mal Pelayanan Publik',
  'Undang-Undang Nomor 24 Tahun 2013 tentang Administrasi Kependudukan',
  'Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko',
  'Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan',
  'Peraturan Pemerintah Nomor 76 Tahun 2020 tentang Jenis dan Tarif PNBP pada Kepolisian',
  'Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian',
  'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah',
  'Peraturan Daerah tentang Pajak Daerah dan Retribusi Daerah',
  'Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial',
  'Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan Undang-Undang Bangunan Gedung',
  'Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan',
];

const TIMES: [string, number, 'menit' | 'jam' | 'hari-kerja' | 'hari'][] = [
  ['30 menit bila berkas lengkap', 30, 'menit'],
  ['Sekitar 1 jam', 1, 'jam'],
  ['Selesai di hari yang sama', 1, 'hari-kerja'],
  ['1 hari kerja', 1, 'hari-kerja'],
  ['3 hari kerja', 3, 'hari-kerja'],
  ['5 hari kerja', 5, 'hari-kerja'],
  ['7 hari kerja setelah berkas lengkap', 7, 'hari-kerja'],
  ['14 hari kerja termasuk pemeriksaan lapangan', 14, 'hari-kerja'],
  ['30 hari kalender', 30, 'hari'],
];

const DISTRICTS = [
  'Sukamaju',
  'Mekarsari',
  'Tanjungsari',
  'Karanganyar',
  'Sidomulyo',
  'Bojongsari',
  'Cibeureum',
  'Wonorejo',
  'Sukorejo',
  'Jatimulya',
];

// ---------------------------------------------------------------------------------------
// Generation

export interface GenerateOptions {
  services: number;
  gerai: number;
  announcements: number;
  agreements: number;
  seed: number;
  today: string;
}

export const DEFAULTS: GenerateOptions = {
  services: 10_000,
  gerai: 60,
  announcements: 2000,
  agreements: 200,
  seed: 1,
  today: '2026-11-01',
};

/** A file of the content set: path relative to the content folder, and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

const yaml = (data: unknown) => stringify(data, { lineWidth: 80, minContentWidth: 20 });
const mdoc = (front: unknown, body: string) => `---\n${yaml(front)}---\n${body.trim()}\n`;

function prefixFor(i: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  if (i < 26) return letters[i] as string;
  return `${letters[Math.floor(i / 26) - 1]}${letters[i % 26]}`;
}

function weekly(r: Random) {
  const day = (start: string, end: string) => [{ mulai: start, selesai: end }];
  const late = r.chance(0.3);
  return {
    senin: day('08.00', late ? '16.00' : '15.00'),
    selasa: day('08.00', late ? '16.00' : '15.00'),
    rabu: day('08.00', late ? '16.00' : '15.00'),
    kamis: day('08.00', late ? '16.00' : '15.00'),
    jumat: [
      { mulai: '08.00', selesai: '11.30' },
      { mulai: '13.00', selesai: '15.00' },
    ],
    sabtu: r.chance(0.5) ? day('08.00', '12.00') : [],
    minggu: [],
  };
}

/** Generate the whole content set in memory (deterministic for the same options). */
export function generateContent(options: GenerateOptions): ContentFile[] {
  const r = new Random(options.seed);
  const files: ContentFile[] = [];
  const add = (file: string, text: string) => files.push({ path: file, text });
  const today = options.today;
  const city = 'Kota Sukamaju';

  // Profile and weekly hours
  add(
    'profil.yaml',
    yaml({
      nama: `Mal Pelayanan Publik ${city}`,
      penyelenggara: `Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) ${city}`,
      deskripsi: `Data uji: ${options.services} layanan dari ${options.gerai} gerai dalam satu gedung, dibuat otomatis untuk mengukur kinerja portal.`,
      alamatSitus: 'https://mpp.sukamaju.example.org',
      dataContoh: true,
      alamat: {
        jalan: 'Jl. Merdeka No. 1',
        kelurahan: 'Sukamaju',
        kecamatan: 'Sukamaju Tengah',
        kota: city,
        provinsi: 'Jawa Barat',
        kodePos: '40111',
      },
      petunjukArah: 'Gedung MPP berada di samping alun-alun kota. Angkutan kota jurusan terminal berhenti di depan gedung.',
      aksesibilitasGedung: [
        'Ramp di pintu masuk utama',
        'Toilet difabel di setiap lantai',
        'Lift ke lantai 2 dan 3',
        'Kursi roda di meja informasi',
      ],
      koordinat: { lintang: -6.914744, bujur: 107.60981 },
      zonaWaktu: 'Asia/Jakarta',
      kontak: { telepon: '(022) 000-0000', whatsapp: '6281200000001', email: 'mpp@sukamaju.example.org' },
      mediaSosial: [{ nama: 'Instagram', url: 'https://www.instagram.com/contoh.mpp.sukamaju' }],
      kapasitasHarian: 1500,
      layananPrioritas: 'Penyandang disabilitas, warga lanjut usia dan ibu hamil didahulukan di setiap gerai.',
      skm: { nilai: 88.9, periode: 'Semester I 2026', tautanSurvei: null },
      pengaduan: { lapor: 'https://www.lapor.go.id', keterangan: 'Pengaduan juga diterima di meja informasi lantai 1.' },
      antrian: { apiUrl: null },
      peta: { tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', atribusi: '© kontributor OpenStreetMap' },
    }),
  );
  add(
    'jam-layanan.yaml',
    yaml({
      jadwal: { ...weekly(new Random(options.seed + 1)), sabtu: [] },
      catatan: 'Pengambilan nomor antrean ditutup 30 menit sebelum layanan berakhir.',
    }),
  );

  // Agencies and gerai
  const instansi: { slug: string; spec: AgencySpec }[] = [];
  const gerai: { slug: string; nama: string; kode: string; domain: Domain; instansi: AgencySpec }[] = [];
  const usedInstansi = new Set<string>();
  const usedGerai = new Set<string>();
  const geraiSpecs = AGENCIES.flatMap((spec) => spec.gerai.map(([nama, domain]) => ({ spec, nama, domain })));
  // Round-robin over agencies so a small --gerai still covers many agencies.
  const ordered: typeof geraiSpecs = [];
  for (let round = 0; ordered.length < geraiSpecs.length; round++) {
    for (const spec of AGENCIES) {
      const g = spec.gerai[round];
      if (g) ordered.push({ spec, nama: g[0], domain: g[1] });
    }
  }
  const extraNames = ['Layanan Terpadu', 'Konsultasi', 'Pengaduan', 'Layanan Keliling'];
  while (ordered.length < options.gerai) {
    const base = ordered[ordered.length % geraiSpecs.length] as (typeof geraiSpecs)[number];
    ordered.push({
      ...base,
      nama: `${base.nama} ${extraNames[Math.floor(ordered.length / geraiSpecs.length) % extraNames.length]} ${ordered.length}`,
    });
  }
  for (const [i, g] of ordered.slice(0, options.gerai).entries()) {
    let owner = instansi.find((x) => x.spec === g.spec);
    if (!owner) {
      owner = { slug: uniqueSlug(g.spec.singkatan, usedInstansi), spec: g.spec };
      instansi.push(owner);
      add(
        `instansi/${owner.slug}.yaml`,
        yaml({
          nama: `${g.spec.nama} ${city}`,
          singkatan: g.spec.singkatan,
          jenis: g.spec.jenis,
          situs: g.spec.situs,
          kontak: `Melayani di MPP ${city}. Kantor utama tetap membuka layanan yang sama.`,
        }),
      );
    }
    const slug = uniqueSlug(g.nama, usedGerai);
    const kode = `G${String(i + 1).padStart(2, '0')}`;
    const domain = DOMAINS[g.domain] as Domain;
    gerai.push({ slug, nama: g.nama, kode, domain, instansi: g.spec });
    const own = r.chance(0.2);
    add(
      `gerai/${slug}.yaml`,
      yaml({
        nama: g.nama,
        kode,
        lantai: 1 + (i % 3),
        loket: `Loket ${i * 2 + 1}–${i * 2 + 2}`,
        instansi: owner.slug,
        deskripsi: `Layanan ${domain.objects
          .slice(0, 4)
          .map((x) => x.name)
          .join(', ')} dan layanan terkait lain dari ${g.spec.singkatan}.`,
        jamSendiri: own ? { discriminant: true, value: weekly(r) } : { discriminant: false },
        antrian: { prefix: prefixFor(i), id: kode.toLowerCase() },
      }),
    );
  }

  // Services: spread over gerai, names from the gerai's domain (action × object × qualifier)
  const usedServices = new Set<string>();
  const usedNames = new Set<string>();
  const serviceSlugs: { slug: string; nama: string; gerai: (typeof gerai)[number] }[] = [];
  const perGerai = Math.ceil(options.services / gerai.length);
  for (let n = 0; n < options.services; n++) {
    const g = gerai[Math.floor(n / perGerai) % gerai.length] as (typeof gerai)[number];
    const d = g.domain;
    let nama = '';
    let action: [string, string[]] = d.actions[0] as [string, string[]];
    let object = d.objects[0] as ObjectSpec;
    for (let attempt = 0; attempt < 50; attempt++) {
      action = r.pick(d.actions);
      object = r.pick(d.objects);
      const qualifier = attempt < 20 ? r.pick(QUALIFIERS) : `${r.pick(QUALIFIERS.filter(Boolean))} ${r.pick(DISTRICTS)}`;
      nama = `${action[0]} ${object.name}${qualifier ? ` ${qualifier}` : ''}`;
      if (!usedNames.has(nama.toLowerCase())) break;
      nama = `${nama} (${g.kode}-${n})`;
    }
    usedNames.add(nama.toLowerCase());
    const slug = uniqueSlug(nama, usedServices);
    serviceSlugs.push({ slug, nama, gerai: g });

    const count = r.int(5, 15);
    const persyaratan = r.sample(DOCUMENTS, count).map(([dokumen, bentuk], i) => ({
      dokumen,
      bentuk,
      jumlah: bentuk === 'fotokopi' ? r.int(1, 3) : 1,
      catatan: r.pick(NOTES),
      opsional: i > 2 && r.chance(0.15),
      kondisi: i > 1 ? r.pick(CONDITIONS) : '',
    }));
    const steps = [
      `Ambil nomor antrean berawalan ${prefixFor(gerai.indexOf(g))} untuk Gerai ${g.kode} ${g.nama} di mesin antrean dekat pintu masuk.`,
      'Serahkan berkas persyaratan kepada petugas untuk diperiksa kelengkapannya.',
      r.pick([
        'Isi formulir permohonan di loket bila belum diisi.',
        'Petugas memverifikasi data Anda pada sistem instansi.',
        'Ikuti wawancara singkat dengan petugas.',
      ]),
      ...(r.chance(0.5) ? ['Bayar biaya layanan melalui kanal pembayaran resmi dan tunjukkan bukti bayar.'] : []),
      r.pick([
        'Terima dokumen hasil layanan di loket yang sama.',
        'Hasil layanan dikirim melalui email atau diambil sesuai jadwal yang diberikan.',
        'Simpan tanda terima untuk mengambil hasil.',
      ]),
    ];
    const time = r.pick(TIMES);
    const paid = r.chance(d.paid);
    const tarifCount = r.int(1, 3);
    const biaya = paid
      ? {
          discriminant: 'berbayar',
          value: {
            tarif: Array.from({ length: tarifCount }, (_, i) => ({
              uraian:
                tarifCount === 1
                  ? `Biaya ${action[0].toLowerCase()} ${object.name}`
                  : `${object.name} kategori ${String.fromCharCode(65 + i)}`,
              jumlah: r.int(1, 60) * 5000,
            })),
            dasarHukum: r.pick(LAWS),
            caraBayar: r.pick([
              'Dibayar melalui bank persepsi.',
              'Dibayar tunai di loket kasir MPP.',
              'Dibayar melalui QRIS atau transfer bank.',
            ]),
          },
        }
      : { discriminant: 'gratis' };
    const availability = r.next();
    const ketersediaan =
      availability < 0.9
        ? { discriminant: 'penuh' }
        : availability < 0.97
          ? {
              discriminant: 'terbatas',
              value: `Di MPP hanya menerima berkas; ${object.name} diterbitkan di kantor ${g.instansi.singkatan}.`,
            }
          : { discriminant: 'tidak-tersedia', value: `Layanan ini sementara diurus di kantor ${g.instansi.singkatan}.` };
    const verbs = action[1];
    const alias = [...new Set([...object.alias, ...verbs.map((v) => `${v} ${object.alias[0] ?? object.name.toLowerCase()}`)])].slice(0, 8);
    add(
      `layanan/${slug}.yaml`,
      yaml({
        nama,
        ringkasan: cap(
          `${action[0]} ${object.name} di Gerai ${g.kode} ${g.nama}. ${r.pick(['Siapkan berkas sesuai daftar persyaratan agar selesai sekali datang.', 'Pemohon datang sendiri atau diwakili dengan surat kuasa.', 'Berkas diperiksa di tempat dan hasilnya diberitahukan kepada pemohon.'])}`,
          300,
        ),
        gerai: g.slug,
        kategori: d.category,
        peristiwa: r.sample(d.events, r.int(0, Math.min(2, d.events.length))),
        populer: r.chance(0.02),
        persyaratan,
        prosedur: steps,
        jangkaWaktu: { teks: time[0], nilai: time[1], satuan: time[2] },
        biaya,
        produk: d.product,
        pengaduan: '',
        dasarHukum: r.sample(LAWS, r.int(1, 3)),
        ketersediaan,
        alternatifDaring: d.online && r.chance(0.4) ? d.online : null,
        alias,
        sumberResmi: g.instansi.situs,
        ditinjau: addDays(today, -r.int(0, 300)),
      }),
    );
  }

  // Agreements: renewals per partner agency over the years
  const partners = instansi.filter((i) => i.spec.jenis !== 'opd');
  const usedAgreements = new Set<string>();
  for (let n = 0; n < options.agreements && partners.length > 0; n++) {
    const partner = partners[n % partners.length] as (typeof partners)[number];
    const round = Math.floor(n / partners.length);
    const years = r.int(1, 3);
    const signed = addDays(today, -(round * 400 + r.int(0, 380)));
    const until = addDays(signed, years * 365 - 1);
    const slug = uniqueSlug(`pks-${partner.slug}-${signed.slice(0, 4)}`, usedAgreements);
    add(
      `kerja-sama/${slug}.yaml`,
      yaml({
        judul: `Perjanjian Kerja Sama Layanan ${partner.spec.singkatan} di MPP (${signed.slice(0, 4)}${round > 0 ? `, ke-${round + 1}` : ''})`,
        instansi: partner.slug,
        nomor: [`${100 + n}/PKS/${signed.slice(0, 4)}`, `${partner.spec.singkatan.replace(/\s+/g, '')}/${n + 1}/${signed.slice(0, 4)}`],
        ditandatangani: signed,
        berlakuMulai: signed,
        berlakuSampai: until,
        ruangLingkup: `Penyelenggaraan layanan ${partner.spec.singkatan} di gerai MPP ${city}.`,
        dokumen: null,
      }),
    );
  }

  // Announcements: about one a day, linking to services and gerai
  const usedAnnouncements = new Set<string>();
  const topics = [
    (_s: string, g: string) => `Gerai ${g} Tutup Sementara karena Pemeliharaan Sistem`,
    (s: string) => `Syarat Terbaru ${s}`,
    (_s: string, g: string) => `Kuota Antrean Gerai ${g} Ditambah`,
    (s: string) => `Tips Mengurus ${s} agar Selesai Sekali Datang`,
    (s: string) => `Layanan Jemput Bola ${s} di Kecamatan ${DISTRICTS[s.length % DISTRICTS.length]}`,
    (_s: string, g: string) => `Jam Layanan Khusus Gerai ${g}`,
    (s: string) => `${s} Kini Bisa Diajukan Secara Daring`,
    () => `Hasil Survei Kepuasan Masyarakat Triwulan Terbaru`,
    (_s: string, g: string) => `Gerai ${g} Pindah ke Lantai Baru`,
  ];
  for (let n = 0; n < options.announcements; n++) {
    const service = r.pick(serviceSlugs);
    const tanggal = addDays(today, -Math.floor((n * 365 * 5) / options.announcements) - r.int(0, 1));
    const judul = cap(r.pick(topics)(service.nama, service.gerai.nama), 160);
    const slug = uniqueSlug(`${judul} ${tanggal}`, usedAnnouncements);
    const body = [
      `Per ${longDate(tanggal)}, ${r.pick(['warga dapat', 'pemohon diminta', 'masyarakat diimbau'])} memperhatikan informasi berikut tentang layanan [${service.nama}](/layanan/${service.slug}/) di [Gerai ${service.gerai.kode} ${service.gerai.nama}](/gerai/${service.gerai.slug}/).`,
      '## Yang perlu diketahui',
      `- Bawa berkas asli dan fotokopi sesuai daftar persyaratan.\n- Nomor antrean dibagikan mulai pukul 08.00.\n- ${r.pick(['Layanan tetap gratis.', 'Biaya mengikuti tarif resmi yang tercantum di halaman layanan.', 'Pembayaran hanya melalui kanal resmi.'])}`,
      r.pick([
        'Informasi lebih lanjut dapat ditanyakan di meja informasi lantai 1.',
        'Pengaduan dapat disampaikan melalui SP4N-LAPOR! atau kotak saran di ruang tunggu.',
        'Terima kasih atas pengertian dan kerja sama masyarakat.',
      ]),
    ].join('\n\n');
    add(
      `pengumuman/${slug}.mdoc`,
      mdoc(
        {
          judul,
          tanggal,
          jenis: r.pick(['pengumuman', 'berita', 'siaran-pers']),
          ringkasan: cap(
            `Informasi tentang ${service.nama} di Gerai ${service.gerai.kode} ${service.gerai.nama} per ${longDate(tanggal)}.`,
            300,
          ),
          penulis: `DPMPTSP ${city}`,
          tautanSumber: null,
          tag: r.sample(['antrean', 'jadwal', 'persyaratan', 'layanan-daring', 'gerai', 'tips', 'survei'], r.int(1, 3)),
        },
        body,
      ),
    );
  }

  // Editor pages
  const pages: [string, string, string, string][] = [
    [
      'tentang',
      'Tentang MPP',
      `Mal Pelayanan Publik ${city} menghimpun layanan pemerintah dan badan usaha dalam satu gedung.`,
      'MPP dikelola DPMPTSP dan diresmikan untuk mempermudah warga.',
    ],
    [
      'faq',
      'Pertanyaan yang Sering Diajukan',
      'Jawaban singkat tentang biaya, jam buka dan antrean.',
      '## Apakah layanan dipungut biaya?\n\nSebagian besar layanan gratis. Tarif resmi tercantum di halaman layanan.',
    ],
    [
      'aksesibilitas',
      'Aksesibilitas',
      'Komitmen kami agar portal dan gedung dapat dipakai semua orang.',
      'Portal ini mengikuti WCAG 2.2 tingkat AA.',
    ],
    ['privasi', 'Kebijakan Privasi', 'Data apa yang dikumpulkan portal ini.', 'Portal ini tidak memakai kuki pelacak.'],
  ];
  for (const [slug, judul, ringkasan, body] of pages) add(`halaman/${slug}.mdoc`, mdoc({ judul, ringkasan }, body));

  // A year of closures and special hours
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
  return files;
}

/** Write a generated content set into `<out>/content` (replacing it). Returns the folder. */
export function writeContent(out: string, files: ContentFile[]): string {
  const root = path.join(path.resolve(out), 'content');
  rmSync(root, { recursive: true, force: true });
  const dirs = new Set(files.map((f) => path.dirname(path.join(root, f.path))));
  for (const dir of dirs) mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(path.join(root, file.path), file.text);
  return root;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      services: { type: 'string' },
      gerai: { type: 'string' },
      announcements: { type: 'string' },
      agreements: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.out) {
    console.error('Pemakaian: node src/bench/generate-content.ts --services 10000 --out /tmp/mpp-10k');
    process.exit(2);
  }
  const num = (value: string | undefined, fallback: number) =>
    value === undefined ? fallback : Math.max(0, Number.parseInt(value, 10) || 0);
  const options: GenerateOptions = {
    services: num(values.services, DEFAULTS.services),
    gerai: Math.max(1, num(values.gerai, DEFAULTS.gerai)),
    announcements: num(values.announcements, DEFAULTS.announcements),
    agreements: num(values.agreements, DEFAULTS.agreements),
    seed: num(values.seed, DEFAULTS.seed),
    today: values.today && /^\d{4}-\d{2}-\d{2}$/.test(values.today) ? values.today : DEFAULTS.today,
  };
  const started = performance.now();
  const files = generateContent(options);
  const root = writeContent(values.out, files);
  const ms = Math.round(performance.now() - started);
  console.log(
    `${files.length} berkas ditulis ke ${root} dalam ${ms} ms (${options.services} layanan, ${options.gerai} gerai, ${options.announcements} pengumuman, ${options.agreements} perjanjian; seed ${options.seed}).`,
  );
  console.log(`Bangun dengan: MPP_CONTENT_DIR=${root} npx astro build --outDir .cache/dist-${options.services}`);
}
