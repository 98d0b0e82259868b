// Vocabulary of the synthetic content generator: agencies, the kinds of services each
// offers, documents, laws, processing times and districts. Data only; the generator's
// logic is in generate-content.ts and generate/.

export type Kind = 'opd' | 'vertikal' | 'bumn' | 'bumd' | 'swasta';
export type Category =
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

export interface ObjectSpec {
  name: string;
  alias: string[];
}
export interface Domain {
  category: Category;
  events: string[];
  actions: [string, string[]][];
  objects: ObjectSpec[];
  /** Probability that a service of this domain costs money. */
  paid: number;
  product: string;
  online?: string;
}

export const o = (name: string, ...alias: string[]): ObjectSpec => ({ name, alias });

export const DOMAINS: Record<string, Domain> = {
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

export const QUALIFIERS = [
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

export interface AgencySpec {
  nama: string;
  singkatan: string;
  jenis: Kind;
  situs: string | null;
  gerai: [string, keyof typeof DOMAINS][];
}

export const AGENCIES: AgencySpec[] = [
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

export const DOCUMENTS: [string, string][] = [
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

/**
 * Documents nearly every service asks for, whatever the agency: each service takes a few.
 * Names as DPMPTSP editors write them.
 */
export const COMMON_DOCUMENTS: [string, string][] = [
  ['KTP-el pemohon', 'asli-dan-fotokopi'],
  ['Kartu Keluarga', 'fotokopi'],
  ['Pas foto berwarna 3x4', 'asli'],
  ['Formulir permohonan yang sudah diisi', 'di-lokasi'],
  ['Surat kuasa bermeterai', 'asli'],
  ['KTP-el penerima kuasa', 'asli-dan-fotokopi'],
  ['Surat pernyataan tanggung jawab mutlak', 'asli'],
  ['Dokumen pendukung lain sesuai petunjuk petugas', 'asli'],
];

/**
 * Documents of a domain's own paperwork (keys of DOMAINS): a vehicle service asks for the
 * STNK and BPKB, a land service for the certificate and the SPPT, so a document is asked for
 * by many services of a few gerai and by almost none elsewhere, as in a real catalogue.
 */
export const DOMAIN_DOCUMENTS: Record<string, [string, string][]> = {
  kependudukan: [
    ['Surat keterangan pindah (SKPWNI)', 'asli'],
    ['Akta kelahiran', 'fotokopi'],
    ['Buku nikah atau akta perkawinan', 'fotokopi'],
    ['Surat keterangan lahir dari bidan atau rumah sakit', 'asli'],
    ['Surat keterangan kematian dari rumah sakit atau kelurahan', 'asli'],
    ['Surat pengantar RT/RW', 'asli'],
    ['Surat keterangan kehilangan dari kepolisian', 'asli'],
  ],
  kepolisian: [
    ['SIM lama', 'asli-dan-fotokopi'],
    ['Surat keterangan sehat dari dokter', 'asli'],
    ['Hasil tes psikologi', 'asli'],
    ['Akta kelahiran', 'fotokopi'],
    ['Surat keterangan kehilangan dari kepolisian', 'asli'],
  ],
  keimigrasian: [
    ['Paspor lama', 'asli'],
    ['Akta kelahiran', 'fotokopi'],
    ['Buku nikah atau akta perkawinan', 'fotokopi'],
    ['Ijazah terakhir', 'fotokopi'],
    ['Surat rekomendasi dari instansi penjamin', 'asli'],
  ],
  usaha: [
    ['Nomor Induk Berusaha', 'elektronik'],
    ['Akta pendirian badan usaha', 'fotokopi'],
    ['SK pengesahan Kemenkumham', 'fotokopi'],
    ['NPWP', 'fotokopi'],
    ['Foto lokasi usaha', 'elektronik'],
    ['Bukti kepemilikan atau sewa tempat usaha', 'fotokopi'],
    ['Surat izin lama yang akan diperpanjang', 'fotokopi'],
  ],
  bangunan: [
    ['Sertifikat tanah', 'asli-dan-fotokopi'],
    ['SPPT PBB tahun berjalan', 'fotokopi'],
    ['Gambar denah lokasi', 'asli'],
    ['Gambar rencana teknis bangunan', 'elektronik'],
    ['Dokumen KKPR', 'elektronik'],
  ],
  kesehatan: [
    ['Surat Tanda Registrasi tenaga kesehatan', 'fotokopi'],
    ['Surat rekomendasi organisasi profesi', 'asli'],
    ['Ijazah terakhir', 'fotokopi'],
    ['Surat keterangan sehat dari dokter', 'asli'],
  ],
  pajakPusat: [
    ['NPWP', 'fotokopi'],
    ['SPT Tahunan terakhir', 'elektronik'],
    ['Bukti potong pajak', 'fotokopi'],
  ],
  pajakDaerah: [
    ['SPPT PBB tahun berjalan', 'fotokopi'],
    ['Bukti lunas PBB tahun berjalan', 'fotokopi'],
    ['Sertifikat tanah', 'asli-dan-fotokopi'],
    ['Akta jual beli', 'fotokopi'],
  ],
  bpjsKesehatan: [
    ['Kartu peserta lama', 'asli'],
    ['Bukti kepesertaan aktif BPJS Kesehatan', 'elektronik'],
    ['Buku tabungan', 'fotokopi'],
  ],
  bpjsKetenagakerjaan: [
    ['Kartu peserta lama', 'asli'],
    ['Paklaring atau surat keterangan berhenti bekerja', 'fotokopi'],
    ['Surat keterangan kerja dari pemberi kerja', 'asli'],
    ['Buku tabungan', 'fotokopi'],
  ],
  pertanahan: [
    ['Sertifikat tanah', 'asli-dan-fotokopi'],
    ['SPPT PBB tahun berjalan', 'fotokopi'],
    ['Akta jual beli', 'fotokopi'],
    ['Surat keterangan waris', 'asli'],
    ['Gambar denah lokasi', 'asli'],
  ],
  keagamaan: [
    ['Buku nikah atau akta perkawinan', 'fotokopi'],
    ['Surat pengantar nikah dari kelurahan', 'asli'],
    ['Akta kelahiran', 'fotokopi'],
    ['Akta cerai', 'fotokopi'],
  ],
  peradilan: [
    ['Buku nikah atau akta perkawinan', 'fotokopi'],
    ['Akta cerai', 'fotokopi'],
    ['Surat gugatan atau permohonan', 'asli'],
  ],
  kejaksaan: [
    ['Surat tilang', 'asli'],
    ['STNK', 'asli-dan-fotokopi'],
    ['SIM lama', 'asli-dan-fotokopi'],
  ],
  ketenagakerjaan: [
    ['Ijazah terakhir', 'fotokopi'],
    ['Paklaring atau surat keterangan berhenti bekerja', 'fotokopi'],
    ['Sertifikat pelatihan kerja', 'fotokopi'],
  ],
  sosial: [
    ['Surat keterangan tidak mampu', 'asli'],
    ['Kartu Indonesia Sehat', 'fotokopi'],
  ],
  perhubungan: [
    ['STNK', 'asli-dan-fotokopi'],
    ['BPKB', 'asli-dan-fotokopi'],
    ['Buku uji kendaraan', 'asli'],
  ],
  samsat: [
    ['STNK', 'asli-dan-fotokopi'],
    ['BPKB', 'asli-dan-fotokopi'],
    ['Kuitansi jual beli kendaraan', 'asli'],
    ['Bukti lunas pajak kendaraan', 'asli'],
  ],
  air: [
    ['Rekening air terakhir', 'fotokopi'],
    ['Rekening listrik terakhir', 'fotokopi'],
    ['Gambar denah lokasi', 'asli'],
  ],
  bank: [
    ['Buku tabungan', 'fotokopi'],
    ['NPWP', 'fotokopi'],
    ['Slip gaji terakhir', 'asli'],
  ],
  pensiun: [
    ['SK pensiun', 'fotokopi'],
    ['Kartu peserta lama', 'asli'],
    ['Buku tabungan', 'fotokopi'],
    ['Surat keterangan kematian dari rumah sakit atau kelurahan', 'asli'],
  ],
  lingkungan: [
    ['Dokumen UKL-UPL', 'elektronik'],
    ['Foto lokasi usaha', 'elektronik'],
    ['Nomor Induk Berusaha', 'elektronik'],
  ],
  pendidikan: [
    ['Ijazah terakhir', 'fotokopi'],
    ['Transkrip nilai', 'fotokopi'],
    ['Rapor terakhir', 'fotokopi'],
  ],
  pos: [['Resi pengiriman', 'asli']],
  gadai: [
    ['Surat bukti gadai', 'asli'],
    ['Barang jaminan', 'asli'],
  ],
};

export const CONDITIONS = [
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
export const NOTES = [
  '',
  '',
  '',
  'Masih berlaku pada hari pengajuan.',
  'Nama harus sama dengan KTP-el.',
  'Dicap basah oleh instansi penerbit.',
  'Dapat ditunjukkan dari aplikasi resmi.',
  'Diunduh dari sistem daring lalu dicetak.',
];

export const LAWS = [
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

/** Processing times as editors enter them once (keystatic.config.ts › layanan › jangkaWaktu). */
export const TIMES: {
  selesaiDiTempat: boolean;
  sifat: 'tepat' | 'sekitar' | 'paling-lama';
  dari: number | null;
  nilai: number | null;
  satuan: 'menit' | 'jam' | 'hari-kerja' | 'hari';
  keterangan: string;
}[] = [
  { selesaiDiTempat: true, sifat: 'sekitar', dari: null, nilai: 30, satuan: 'menit', keterangan: 'bila berkas lengkap' },
  { selesaiDiTempat: false, sifat: 'sekitar', dari: null, nilai: 1, satuan: 'jam', keterangan: '' },
  { selesaiDiTempat: false, sifat: 'tepat', dari: null, nilai: null, satuan: 'hari-kerja', keterangan: 'selesai di hari yang sama' },
  { selesaiDiTempat: false, sifat: 'tepat', dari: null, nilai: 1, satuan: 'hari-kerja', keterangan: '' },
  { selesaiDiTempat: false, sifat: 'tepat', dari: 1, nilai: 3, satuan: 'hari-kerja', keterangan: '' },
  { selesaiDiTempat: false, sifat: 'paling-lama', dari: null, nilai: 5, satuan: 'hari-kerja', keterangan: '' },
  { selesaiDiTempat: false, sifat: 'tepat', dari: null, nilai: 7, satuan: 'hari-kerja', keterangan: 'setelah berkas lengkap' },
  {
    selesaiDiTempat: false,
    sifat: 'paling-lama',
    dari: null,
    nilai: 14,
    satuan: 'hari-kerja',
    keterangan: 'termasuk pemeriksaan lapangan',
  },
  { selesaiDiTempat: false, sifat: 'tepat', dari: null, nilai: 30, satuan: 'hari', keterangan: '' },
];

export const DISTRICTS = [
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
