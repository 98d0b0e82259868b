// What residents type, and the service that must be among the first three results.
// Colloquial verbs, abbreviations, official names, mixed case and typos, written the way
// they arrive in the search box and in WhatsApp questions to the MPP. Slugs are services of
// the sample content (content/layanan/). Never tune the search for one line of this list:
// fix the dictionary (src/lib/search/aliases.ts) or the content's aliases instead.

export interface RelevanceQuery {
  q: string;
  /** Slug of the service (content/layanan/<slug>.yaml) expected in the top 3. */
  slug: string;
  kind: 'kolokial' | 'singkatan' | 'resmi' | 'salah ketik' | 'campuran';
}

export const QUERIES: readonly RelevanceQuery[] = [
  // Kependudukan
  { q: 'bikin ktp', slug: 'ktp-el', kind: 'kolokial' },
  { q: 'KTP hilang', slug: 'ktp-el-rusak-hilang', kind: 'campuran' },
  { q: 'e-KTP', slug: 'ktp-el', kind: 'singkatan' },
  { q: 'rekam ktp', slug: 'ktp-el', kind: 'kolokial' },
  { q: 'perekaman ktp el', slug: 'ktp-el', kind: 'resmi' },
  { q: 'ktp patah', slug: 'ktp-el-rusak-hilang', kind: 'kolokial' },
  { q: 'Kartu Tanda Penduduk', slug: 'ktp-el', kind: 'resmi' },
  { q: 'cara bikin ktp baru', slug: 'ktp-el', kind: 'kolokial' },
  { q: 'kartu keluarga baru', slug: 'kartu-keluarga-baru', kind: 'resmi' },
  { q: 'pecah kk', slug: 'kartu-keluarga-baru', kind: 'kolokial' },
  { q: 'KK hilang', slug: 'kartu-keluarga-perubahan', kind: 'singkatan' },
  { q: 'akta lahir anak', slug: 'akta-kelahiran', kind: 'kolokial' },
  { q: 'akte kelahiran', slug: 'akta-kelahiran', kind: 'kolokial' },
  { q: 'akte kematian', slug: 'akta-kematian', kind: 'kolokial' },
  { q: 'kia', slug: 'kartu-identitas-anak', kind: 'singkatan' },
  { q: 'ktp digital', slug: 'aktivasi-ikd', kind: 'kolokial' },
  { q: 'pindah domisili', slug: 'surat-pindah', kind: 'resmi' },
  { q: 'akta nikah kristen', slug: 'akta-perkawinan', kind: 'kolokial' },
  // Kepolisian dan kendaraan
  { q: 'perpanjang sim c', slug: 'sim-perpanjangan', kind: 'kolokial' },
  { q: 'perpanjangan SIM', slug: 'sim-perpanjangan', kind: 'resmi' },
  { q: 'bikin sim', slug: 'sim-baru', kind: 'kolokial' },
  { q: 'surat izin mengemudi', slug: 'sim-baru', kind: 'resmi' },
  { q: 'skck', slug: 'skck-baru', kind: 'singkatan' },
  { q: 'SKCK', slug: 'skck-baru', kind: 'singkatan' },
  { q: 'surat kelakuan baik', slug: 'skck-baru', kind: 'kolokial' },
  { q: 'perpanjang skck', slug: 'skck-perpanjangan', kind: 'kolokial' },
  { q: 'skkc', slug: 'skck-baru', kind: 'salah ketik' },
  { q: 'sim ditahan', slug: 'tilang', kind: 'kolokial' },
  { q: 'bayar pajak motor', slug: 'pajak-kendaraan-tahunan', kind: 'kolokial' },
  { q: 'perpanjang stnk', slug: 'pajak-kendaraan-tahunan', kind: 'kolokial' },
  { q: 'uji kir', slug: 'uji-kir', kind: 'singkatan' },
  // Keimigrasian
  { q: 'syarat paspor', slug: 'paspor', kind: 'kolokial' },
  { q: 'pasport', slug: 'paspor', kind: 'salah ketik' },
  { q: 'perpanjang paspor', slug: 'paspor', kind: 'kolokial' },
  { q: 'paspor hilang', slug: 'paspor-hilang-rusak', kind: 'kolokial' },
  { q: 'paspor haji', slug: 'rekomendasi-paspor-haji', kind: 'kolokial' },
  // Perizinan, usaha, bangunan
  { q: 'izin usaha', slug: 'nib', kind: 'kolokial' },
  { q: 'ijin usaha', slug: 'nib', kind: 'salah ketik' },
  { q: 'imb', slug: 'pbg', kind: 'singkatan' },
  { q: 'izin bangun rumah', slug: 'pbg', kind: 'kolokial' },
  { q: 'izin pirt', slug: 'spp-irt', kind: 'singkatan' },
  { q: 'izin praktik bidan', slug: 'sip-tenaga-kesehatan', kind: 'kolokial' },
  { q: 'pasang baliho', slug: 'izin-reklame', kind: 'kolokial' },
  { q: 'kur bri', slug: 'bri-kur', kind: 'singkatan' },
  // Pajak
  { q: 'npwp', slug: 'npwp', kind: 'singkatan' },
  { q: 'bikin npwp', slug: 'npwp', kind: 'kolokial' },
  { q: 'pbb', slug: 'pbb-objek-baru', kind: 'singkatan' },
  { q: 'lapor spt', slug: 'asistensi-spt-tahunan', kind: 'kolokial' },
  { q: 'lupa efin', slug: 'aktivasi-akun-coretax', kind: 'kolokial' },
  // Jaminan sosial
  { q: 'bpjs pindah faskes', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'kolokial' },
  { q: 'daftar bpjs', slug: 'bpjs-kesehatan-pendaftaran', kind: 'kolokial' },
  { q: 'kis', slug: 'bpjs-kesehatan-pendaftaran', kind: 'singkatan' },
  { q: 'klaim jht', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'singkatan' },
  { q: 'cairkan bpjs tk', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'kolokial' },
  { q: 'bansos', slug: 'data-sosial-ekonomi', kind: 'singkatan' },
  { q: 'pensiun pns', slug: 'taspen-klaim-pensiun', kind: 'kolokial' },
  // Pertanahan, keagamaan, hukum, kerja, utilitas
  { q: 'balik nama sertifikat', slug: 'peralihan-hak', kind: 'kolokial' },
  { q: 'cek sertifikat tanah', slug: 'pengecekan-sertifikat', kind: 'kolokial' },
  { q: 'nikah kua', slug: 'legalisasi-buku-nikah', kind: 'kolokial' },
  { q: 'daftar haji', slug: 'pendaftaran-haji', kind: 'kolokial' },
  { q: 'gugat cerai', slug: 'informasi-perkara-pengadilan-agama', kind: 'kolokial' },
  { q: 'kartu kuning', slug: 'kartu-kuning', kind: 'kolokial' },
  { q: 'ak1', slug: 'kartu-kuning', kind: 'singkatan' },
  { q: 'pasang pdam', slug: 'pdam-sambungan-baru', kind: 'kolokial' },
  { q: 'air pdam mati', slug: 'pdam-pengaduan', kind: 'kolokial' },
  { q: 'bayar tagihan air', slug: 'pdam-pembayaran', kind: 'kolokial' },
];
