// A ninth held-out set of resident queries, written and labelled from the sample content
// (content/layanan/, content/gerai/, content/panduan/) only, and committed before any of them
// was typed into the search. Five queries for each service of the sample content, typed the way
// residents of a regency type them on a cheap phone: the official wording, everyday chat with
// Javanese, Sundanese, Betawi, Minang, Banjar, Bugis, Madurese and Balinese words, English mixed
// in, SMS shorthand and typing slips. About a quarter are one to three words, half are short
// phrases, and a quarter are long questions that tell the situation (who it is for, what
// happened, whether it is new, renewed, lost, damaged or changed) and ask about cost, time,
// counter or what to bring. Many describe the need without naming the document; near services
// (new, renewed or lost; registration or change of data; a person or a business) are labelled by
// what the resident needs. Forty requests for services this MPP does not offer close the file.
// The rule of held-out.ts holds: never change the dictionary, stop words or ranking to fix one
// line of this file; fix the general cause and add new examples of it to queries.ts. A label may
// be changed only when it was wrong (the service a careful clerk at the counter would name),
// never to match a result. `also` lists other services a clerk would accept just as well as `slug`.
import type { FreshQuery } from './fresh.ts';

export const NINTH: readonly FreshQuery[] = [
  // KTP-el: first recording
  { q: 'anak sy udh 17 thn mau bikin ktp dmn', slug: 'ktp-el', kind: 'singkatan' },
  { q: 'perekaman KTP elektronik pemula', slug: 'ktp-el', kind: 'resmi' },
  {
    q: 'anakku wes 17 taun durung duwe ktp, kudu nggowo opo wae nang mpp',
    slug: 'ktp-el',
    kind: 'kolokial',
  },
  { q: 'perkaman ktp baru', slug: 'ktp-el', kind: 'salah ketik' },
  { q: 'first time e-ktp recording for my son', slug: 'ktp-el', kind: 'campuran' },

  // KTP-el: damaged, lost or changed data
  { q: 'ktp ilang', slug: 'ktp-el-rusak-hilang', kind: 'kolokial' },
  { q: 'ktp sy patah jd dua gmn gantinya', slug: 'ktp-el-rusak-hilang', kind: 'singkatan' },
  {
    q: 'dompet kecopetan di pasar dan e-KTP ikut hilang, ngurus gantinya perlu surat polisi nggak',
    slug: 'ktp-el-rusak-hilang',
    kind: 'kolokial',
  },
  {
    q: 'habis nikah status di ktp masih belum kawin mau diganti',
    slug: 'ktp-el-rusak-hilang',
    kind: 'kolokial',
  },
  { q: 'ktp rusk chip ga kebaca', slug: 'ktp-el-rusak-hilang', kind: 'salah ketik' },

  // Digital ID (IKD)
  { q: 'cara aktifin identitas digital di hp', slug: 'aktivasi-ikd', kind: 'kolokial' },
  { q: 'aktivasi Identitas Kependudukan Digital', slug: 'aktivasi-ikd', kind: 'resmi' },
  {
    q: 'sy mau aktivasi ktp digital tp qr code nya hrs discan petugas ya, bawa hp sendiri?',
    slug: 'aktivasi-ikd',
    kind: 'singkatan',
  },
  { q: 'aktfasi ikd', slug: 'aktivasi-ikd', kind: 'salah ketik' },
  { q: 'activate digital ID app dukcapil', slug: 'aktivasi-ikd', kind: 'campuran' },

  // Child identity card (KIA)
  { q: 'ktp bocah', slug: 'kartu-identitas-anak', kind: 'kolokial' },
  { q: 'kartu identitas buat anak SD', slug: 'kartu-identitas-anak', kind: 'kolokial' },
  { q: 'penerbitan Kartu Identitas Anak', slug: 'kartu-identitas-anak', kind: 'resmi' },
  {
    q: 'anak umur 6 taun mau dibuatin kartu identitas, perlu pas foto atau nggak',
    slug: 'kartu-identitas-anak',
    kind: 'kolokial',
  },
  { q: 'kia anak blm punya gmn caranya', slug: 'kartu-identitas-anak', kind: 'singkatan' },

  // Family card (KK): new
  { q: 'misah KK dari mertua', slug: 'kartu-keluarga-baru', kind: 'kolokial' },
  { q: 'baru nikah pengen punya KK sendiri', slug: 'kartu-keluarga-baru', kind: 'kolokial' },
  { q: 'penerbitan Kartu Keluarga baru', slug: 'kartu-keluarga-baru', kind: 'resmi' },
  { q: 'sy br cerai mau buat kk sndiri syaratnya apa', slug: 'kartu-keluarga-baru', kind: 'singkatan' },
  {
    q: 'abdi nembe nikah hoyong gaduh kartu keluarga nyalira, kedah mawa naon wae',
    slug: 'kartu-keluarga-baru',
    kind: 'kolokial',
  },

  // Family card (KK): change of data or reprint
  { q: 'ganti pekerjaan di kartu keluarga', slug: 'kartu-keluarga-perubahan', kind: 'kolokial' },
  { q: 'cetak ulang KK rusak kena banjir', slug: 'kartu-keluarga-perubahan', kind: 'kolokial' },
  {
    q: 'perubahan data pendidikan pada Kartu Keluarga',
    slug: 'kartu-keluarga-perubahan',
    kind: 'resmi',
  },
  {
    q: 'bapak sudah meninggal, namanya mau dicoret dari KK, ke loket mana dan bawa apa',
    slug: 'kartu-keluarga-perubahan',
    kind: 'kolokial',
    also: ['akta-kematian'],
  },
  { q: 'update golongan darah di kk', slug: 'kartu-keluarga-perubahan', kind: 'campuran' },

  // Birth certificate
  { q: 'bayi baru lahir bikin akta di mana', slug: 'akta-kelahiran', kind: 'kolokial' },
  { q: 'pencatatan kelahiran', slug: 'akta-kelahiran', kind: 'resmi' },
  {
    q: 'istri lahiran minggu lalu di bidan, ngurus akta lahir anak bawa apa saja dan berapa lama jadinya',
    slug: 'akta-kelahiran',
    kind: 'kolokial',
  },
  { q: 'brp hari batas lapor kelahiran bayi', slug: 'akta-kelahiran', kind: 'singkatan' },
  { q: 'birth certificate for my baby', slug: 'akta-kelahiran', kind: 'campuran' },

  // Death certificate
  { q: 'lapor wong tuwo seda', slug: 'akta-kematian', kind: 'kolokial' },
  {
    q: 'bapak meninggal bulan lalu, mau urus warisan dan asuransi, surat apa yang pertama harus dibuat',
    slug: 'akta-kematian',
    kind: 'kolokial',
  },
  { q: 'akta kmatian', slug: 'akta-kematian', kind: 'salah ketik' },
  { q: 'death certificate almarhum ayah', slug: 'akta-kematian', kind: 'campuran' },
  { q: 'ngurus akte mati brp lama', slug: 'akta-kematian', kind: 'singkatan' },

  // Marriage certificate (non-Muslim)
  { q: 'nikah di gereja dicatat capil', slug: 'akta-perkawinan', kind: 'kolokial' },
  { q: 'pencatatan perkawinan non muslim', slug: 'akta-perkawinan', kind: 'resmi' },
  {
    q: 'tiang sampun nganten di pura, akta perkawinan ngurus di mana',
    slug: 'akta-perkawinan',
    kind: 'kolokial',
  },
  {
    q: 'kami menikah di klenteng bulan lalu, supaya sah di negara harus dicatat ke mana, ada batas waktunya?',
    slug: 'akta-perkawinan',
    kind: 'kolokial',
  },
  { q: 'marriage certificate catholic couple', slug: 'akta-perkawinan', kind: 'campuran' },

  // Moving out and moving in
  { q: 'pindah ke luar kota', slug: 'surat-pindah', kind: 'kolokial' },
  { q: 'urus surat pindah ke Jakarta', slug: 'surat-pindah', kind: 'kolokial' },
  { q: 'pindah datang dari kabupaten lain', slug: 'surat-pindah', kind: 'resmi' },
  { q: 'sy pindah krj ke surabaya mau mutasi ktp dan kk gmn', slug: 'surat-pindah', kind: 'singkatan' },
  {
    q: 'keluarga saya baru datang dari Medan, mau ganti KTP dan KK jadi alamat sini, urusnya di mana',
    slug: 'surat-pindah',
    kind: 'kolokial',
  },

  // Marriage book legalisation
  { q: 'fotokopi buku nikah dicap kemenag buat visa', slug: 'legalisasi-buku-nikah', kind: 'kolokial' },
  { q: 'pengesahan fotokopi buku nikah', slug: 'legalisasi-buku-nikah', kind: 'resmi' },
  {
    q: 'kantor suami minta fotokopi buku nikah yang dilegalisir, bisa diurus di MPP nggak ya',
    slug: 'legalisasi-buku-nikah',
    kind: 'kolokial',
  },
  { q: 'legalisr bku nikah', slug: 'legalisasi-buku-nikah', kind: 'salah ketik' },
  { q: 'legalize marriage book for visa', slug: 'legalisasi-buku-nikah', kind: 'campuran' },

  // Religious court: information on cases
  {
    q: 'mau pisah sama suami',
    slug: 'informasi-perkara-pengadilan-agama',
    kind: 'kolokial',
    also: ['pendampingan-e-court'],
  },
  {
    q: 'anak perempuan sy mau nikah tp blm 19 thn, dispensasinya gmn',
    slug: 'informasi-perkara-pengadilan-agama',
    kind: 'singkatan',
  },
  {
    q: 'pembagian warisan secara islam lewat pengadilan',
    slug: 'informasi-perkara-pengadilan-agama',
    kind: 'kolokial',
  },
  {
    q: 'syarat perceraian di Pengadilan Agama',
    slug: 'informasi-perkara-pengadilan-agama',
    kind: 'resmi',
    also: ['pendampingan-e-court'],
  },
  {
    q: 'divorce procedure for muslim',
    slug: 'informasi-perkara-pengadilan-agama',
    kind: 'campuran',
    also: ['pendampingan-e-court'],
  },

  // Religious court: e-Court assistance
  { q: 'daftar perkara lewat internet', slug: 'pendampingan-e-court', kind: 'kolokial' },
  { q: 'bantuan bikin akun ecourt', slug: 'pendampingan-e-court', kind: 'campuran' },
  {
    q: 'pendaftaran perkara elektronik Pengadilan Agama',
    slug: 'pendampingan-e-court',
    kind: 'resmi',
  },
  {
    q: 'sy mau ajukan gugatan cerai online tp ga ngerti caranya, ada yg bantu di mpp?',
    slug: 'pendampingan-e-court',
    kind: 'singkatan',
    also: ['informasi-perkara-pengadilan-agama'],
  },
  { q: 'e-cuort', slug: 'pendampingan-e-court', kind: 'salah ketik' },

  // Free legal consultation
  {
    q: 'utang tetangga tak dibayar minta saran hukum',
    slug: 'konsultasi-hukum',
    kind: 'kolokial',
  },
  { q: 'konsultasi hukum perdata dengan jaksa', slug: 'konsultasi-hukum', kind: 'resmi' },
  {
    q: 'tanah warisan diserobot saudara, saya butuh nasihat hukum tapi tidak punya uang buat pengacara',
    slug: 'konsultasi-hukum',
    kind: 'kolokial',
  },
  { q: 'konsultsi hukum', slug: 'konsultasi-hukum', kind: 'salah ketik' },
  { q: 'free legal advice', slug: 'konsultasi-hukum', kind: 'campuran' },

  // Traffic tickets
  { q: 'pembayaran denda tilang', slug: 'tilang', kind: 'resmi' },
  {
    q: 'kena tilang kamera etle kemarin, SIM ditahan, ngambilnya di mana dan jam berapa',
    slug: 'tilang',
    kind: 'kolokial',
  },
  { q: 'tlang motor', slug: 'tilang', kind: 'salah ketik' },
  { q: 'brp denda tilang ga bawa sim', slug: 'tilang', kind: 'singkatan' },
  { q: 'traffic ticket fine payment', slug: 'tilang', kind: 'campuran' },

  // Driving licence: new
  { q: 'syarat ujian SIM C pemula', slug: 'sim-baru', kind: 'resmi' },
  { q: 'anak sy br 17 mau bikin sim motor prtama kali', slug: 'sim-baru', kind: 'singkatan' },
  { q: 'penerbitan SIM A baru', slug: 'sim-baru', kind: 'resmi' },
  { q: 'driving license first time', slug: 'sim-baru', kind: 'campuran' },
  {
    q: 'belum pernah punya sim sama sekali, ujian praktiknya bisa di mpp atau harus ke satpas',
    slug: 'sim-baru',
    kind: 'kolokial',
  },

  // Driving licence: renewal
  { q: 'perpanjangan SIM C', slug: 'sim-perpanjangan', kind: 'resmi' },
  {
    q: 'SIM A saya habis bulan depan, perpanjang di MPP perlu tes psikologi dan surat sehat juga?',
    slug: 'sim-perpanjangan',
    kind: 'kolokial',
  },
  { q: 'prpanjangan sim', slug: 'sim-perpanjangan', kind: 'salah ketik' },
  { q: 'renew driving license', slug: 'sim-perpanjangan', kind: 'campuran' },
  { q: 'sim udh mau abis bs diperpanjang sabtu?', slug: 'sim-perpanjangan', kind: 'singkatan' },

  // Police certificate (SKCK): new
  { q: 'surat catatan polisi buat lamaran', slug: 'skck-baru', kind: 'kolokial' },
  { q: 'bikin skck buat daftar kerja', slug: 'skck-baru', kind: 'kolokial' },
  {
    q: 'penerbitan Surat Keterangan Catatan Kepolisian',
    slug: 'skck-baru',
    kind: 'resmi',
  },
  {
    q: 'sy blm prnh punya skck, mau daftar cpns, bawa apa aja & brp biayanya',
    slug: 'skck-baru',
    kind: 'singkatan',
  },
  { q: 'police clearance certificate for job', slug: 'skck-baru', kind: 'campuran' },

  // Police certificate (SKCK): renewal
  { q: 'perpanjang skck yg lama', slug: 'skck-perpanjangan', kind: 'singkatan' },
  { q: 'perpanjangan SKCK', slug: 'skck-perpanjangan', kind: 'resmi' },
  {
    q: 'SKCK saya terbit tahun lalu sudah lewat masa berlakunya, mau diperbarui untuk lamaran baru',
    slug: 'skck-perpanjangan',
    kind: 'kolokial',
  },
  { q: 'prpanjang skck', slug: 'skck-perpanjangan', kind: 'salah ketik' },
  { q: 'renew expired skck', slug: 'skck-perpanjangan', kind: 'campuran' },

  // Annual vehicle tax
  { q: 'bayar pajak montor', slug: 'pajak-kendaraan-tahunan', kind: 'kolokial' },
  { q: 'pengesahan STNK tahunan', slug: 'pajak-kendaraan-tahunan', kind: 'resmi' },
  {
    q: 'stnk motor udh telat 2 bln bayar pajaknya bs di mpp? dendanya brp',
    slug: 'pajak-kendaraan-tahunan',
    kind: 'singkatan',
  },
  { q: 'pay motorcycle tax', slug: 'pajak-kendaraan-tahunan', kind: 'campuran' },
  { q: 'pajak kendaran tahunan', slug: 'pajak-kendaraan-tahunan', kind: 'salah ketik' },

  // Periodic vehicle test (KIR)
  { q: 'pengujian berkala angkutan umum', slug: 'uji-kir', kind: 'resmi' },
  {
    q: 'mobil pick up buat usaha katanya wajib diuji tiap 6 bulan, daftarnya di mana dan bayar berapa',
    slug: 'uji-kir',
    kind: 'kolokial',
  },
  { q: 'uji kier truk', slug: 'uji-kir', kind: 'salah ketik' },
  { q: 'perpanjang buku kir angkot', slug: 'uji-kir', kind: 'kolokial' },
  { q: 'kir test for my truck', slug: 'uji-kir', kind: 'campuran' },

  // NPWP
  { q: 'pendaftaran NPWP orang pribadi', slug: 'npwp', kind: 'resmi' },
  {
    q: 'baru diterima kerja, hrd minta npwp, sy blm punya',
    slug: 'npwp',
    kind: 'singkatan',
  },
  {
    q: 'mau mulai usaha dagang online, katanya NIK bisa jadi nomor pajak tapi harus diaktifkan dulu, caranya',
    slug: 'npwp',
    kind: 'kolokial',
    also: ['aktivasi-akun-coretax'],
  },
  { q: 'tax number registration', slug: 'npwp', kind: 'campuran' },
  { q: 'npwo baru', slug: 'npwp', kind: 'salah ketik' },

  // Coretax account
  { q: 'akun pajak tidak bisa login', slug: 'aktivasi-akun-coretax', kind: 'kolokial' },
  { q: 'pembuatan kode otorisasi DJP', slug: 'aktivasi-akun-coretax', kind: 'resmi' },
  {
    q: 'sy mau tanda tangan dokumen pajak elektronik tp blm punya kode otorisasi',
    slug: 'aktivasi-akun-coretax',
    kind: 'singkatan',
  },
  { q: 'reset password coretax account', slug: 'aktivasi-akun-coretax', kind: 'campuran' },
  {
    q: 'email yang terdaftar di akun pajak sudah tidak aktif, jadi tidak bisa aktivasi akun baru',
    slug: 'aktivasi-akun-coretax',
    kind: 'kolokial',
  },

  // Annual tax return (SPT) assistance
  {
    q: 'bantuan pengisian SPT Tahunan orang pribadi',
    slug: 'asistensi-spt-tahunan',
    kind: 'resmi',
  },
  {
    q: 'sebagai karyawan saya bingung isi SPT, bukti potong dari kantor sudah ada, bisa dibantu petugas',
    slug: 'asistensi-spt-tahunan',
    kind: 'kolokial',
  },
  { q: 'spt taunan', slug: 'asistensi-spt-tahunan', kind: 'salah ketik' },
  { q: 'help filing annual tax return', slug: 'asistensi-spt-tahunan', kind: 'campuran' },
  { q: 'lapor spt blm bs sndiri dibantu ga', slug: 'asistensi-spt-tahunan', kind: 'singkatan' },

  // Paying regional taxes at Bank Jateng
  { q: 'bayar pajak tanah rumah', slug: 'bank-jateng-pajak-daerah', kind: 'kolokial' },
  { q: 'setor PBB-P2 dengan SPPT', slug: 'bank-jateng-pajak-daerah', kind: 'resmi' },
  {
    q: 'nyetor bphtb ke bank',
    slug: 'bank-jateng-pajak-daerah',
    kind: 'kolokial',
    also: ['bphtb-validasi'],
  },
  {
    q: 'sppt pbb taun ini udh dtg, bayarnya dmn',
    slug: 'bank-jateng-pajak-daerah',
    kind: 'singkatan',
  },
  { q: 'pay land tax pbb', slug: 'bank-jateng-pajak-daerah', kind: 'campuran' },

  // PBB: new tax object
  { q: 'rumah baru belum ada sppt', slug: 'pbb-objek-baru', kind: 'kolokial' },
  { q: 'pendaftaran objek pajak baru PBB-P2', slug: 'pbb-objek-baru', kind: 'resmi' },
  {
    q: 'tanah hasil pecah sertifikat blm ada pbbnya, daftarnya gmn',
    slug: 'pbb-objek-baru',
    kind: 'singkatan',
  },
  {
    q: 'baru bangun rumah di tanah kosong, belum pernah dapat tagihan PBB, harus lapor ke mana',
    slug: 'pbb-objek-baru',
    kind: 'kolokial',
  },
  { q: 'register new property for land tax', slug: 'pbb-objek-baru', kind: 'campuran' },

  // PBB: transfer or correction
  { q: 'ganti nama di sppt', slug: 'pbb-mutasi', kind: 'kolokial' },
  { q: 'luas tanah di sppt salah kegedean', slug: 'pbb-mutasi', kind: 'kolokial' },
  {
    q: 'rumah udh dibeli tp sppt pbb msh atas nama pemilik lama',
    slug: 'pbb-mutasi',
    kind: 'singkatan',
  },
  { q: 'pembetulan luas bangunan pada SPPT', slug: 'pbb-mutasi', kind: 'resmi' },
  { q: 'pbb mutsi nama', slug: 'pbb-mutasi', kind: 'salah ketik' },

  // BPHTB validation
  {
    q: 'penelitian Bea Perolehan Hak atas Tanah dan Bangunan',
    slug: 'bphtb-validasi',
    kind: 'resmi',
  },
  {
    q: 'habis beli rumah, notaris minta pajak pembeli divalidasi dulu sebelum balik nama sertifikat',
    slug: 'bphtb-validasi',
    kind: 'kolokial',
  },
  { q: 'bphtp validasi', slug: 'bphtb-validasi', kind: 'salah ketik' },
  { q: 'tanah warisan kena bphtb jg ga', slug: 'bphtb-validasi', kind: 'singkatan' },
  { q: 'validate land acquisition tax', slug: 'bphtb-validasi', kind: 'campuran' },

  // Regional taxpayer number (NPWPD)
  { q: 'daftar pajak rumah makan', slug: 'npwpd', kind: 'kolokial' },
  { q: 'pendaftaran wajib pajak daerah', slug: 'npwpd', kind: 'resmi' },
  {
    q: 'kafe aku mulai rame, apa harus daftar buat mungut pajak restoran ke pemkot',
    slug: 'npwpd',
    kind: 'kolokial',
  },
  { q: 'usaha parkir sy wajib punya npwpd?', slug: 'npwpd', kind: 'singkatan' },
  { q: 'local tax id for my restaurant', slug: 'npwpd', kind: 'campuran' },

  // Business identity number (NIB)
  { q: 'buka toko kelontong perlu izin apa', slug: 'nib', kind: 'kolokial' },
  { q: 'Nomor Induk Berusaha lewat OSS', slug: 'nib', kind: 'resmi' },
  {
    q: 'usaha laundry kecil-kecilan di rumah, kata pak RT harus punya izin, bikinnya di mana dan bayar nggak',
    slug: 'nib',
    kind: 'kolokial',
  },
  { q: 'nib umkm gratis ga', slug: 'nib', kind: 'singkatan' },
  { q: 'business license for small shop', slug: 'nib', kind: 'campuran' },

  // Investment report (LKPM)
  { q: 'lapor modal usaha ke oss', slug: 'lkpm', kind: 'kolokial' },
  {
    q: 'laporan kegiatan penanaman modal semester',
    slug: 'lkpm',
    kind: 'resmi',
  },
  {
    q: 'dapat email dari OSS disuruh lapor realisasi investasi tiap triwulan, bisa dibantu ngisinya',
    slug: 'lkpm',
    kind: 'kolokial',
  },
  { q: 'lkmp', slug: 'lkpm', kind: 'salah ketik' },
  { q: 'investment report oss', slug: 'lkpm', kind: 'campuran' },

  // Building approval (PBG)
  { q: 'Persetujuan Bangunan Gedung', slug: 'pbg', kind: 'resmi' },
  { q: 'mau nambah lantai dua rumah perlu izin gak', slug: 'pbg', kind: 'kolokial' },
  { q: 'imb skrg jd pbg ngurusnya dmn', slug: 'pbg', kind: 'singkatan' },
  { q: 'building permit for renovation', slug: 'pbg', kind: 'campuran' },
  { q: 'perstujuan bangunan gedung', slug: 'pbg', kind: 'salah ketik' },

  // Building fit-for-use certificate (SLF)
  { q: 'sertifikat laik fungsi gedung', slug: 'slf', kind: 'resmi' },
  {
    q: 'ruko baru selesai dibangun, sebelum dipakai buat usaha perlu sertifikat apa lagi',
    slug: 'slf',
    kind: 'kolokial',
  },
  { q: 'slf ruko', slug: 'slf', kind: 'kolokial' },
  { q: 'sertfikat layak fungsi', slug: 'slf', kind: 'salah ketik' },
  { q: 'building occupancy certificate', slug: 'slf', kind: 'campuran' },

  // City plan statement (KRK)
  { q: 'Keterangan Rencana Kota', slug: 'krk', kind: 'resmi' },
  { q: 'tanah sy zona apa, boleh dibangun gudang ga', slug: 'krk', kind: 'singkatan' },
  {
    q: 'sebelum ngajuin izin bangunan diminta info garis sempadan dan koefisien lantai, itu dari mana',
    slug: 'krk',
    kind: 'kolokial',
  },
  { q: 'city zoning information', slug: 'krk', kind: 'campuran' },
  { q: 'rencana kot', slug: 'krk', kind: 'salah ketik' },

  // Advertising permit
  { q: 'izin penyelenggaraan reklame', slug: 'izin-reklame', kind: 'resmi' },
  {
    q: 'mau pasang papan nama toko gede di depan ruko pinggir jalan, perlu izin ke mana',
    slug: 'izin-reklame',
    kind: 'kolokial',
  },
  { q: 'izin masang spanduk promo', slug: 'izin-reklame', kind: 'kolokial' },
  { q: 'ijin reklme', slug: 'izin-reklame', kind: 'salah ketik' },
  { q: 'billboard permit', slug: 'izin-reklame', kind: 'campuran' },

  // Practice licence for health workers (SIP)
  { q: 'Surat Izin Praktik dokter', slug: 'sip-tenaga-kesehatan', kind: 'resmi' },
  {
    q: 'sy perawat br pindah kerja ke klinik lain, hrs bikin izin praktik baru?',
    slug: 'sip-tenaga-kesehatan',
    kind: 'singkatan',
  },
  { q: 'izin buka praktek mandiri dokter gigi', slug: 'sip-tenaga-kesehatan', kind: 'kolokial' },
  { q: 'practice license for nurse', slug: 'sip-tenaga-kesehatan', kind: 'campuran' },
  { q: 'surat izn praktik', slug: 'sip-tenaga-kesehatan', kind: 'salah ketik' },

  // Pharmacy and drug store permit
  { q: 'buka apotik', slug: 'izin-apotek', kind: 'kolokial' },
  { q: 'izin jualan obat di toko', slug: 'izin-apotek', kind: 'kolokial' },
  { q: 'verifikasi perizinan apotek', slug: 'izin-apotek', kind: 'resmi' },
  {
    q: 'saya apoteker mau buka apotek sendiri, kapan sarananya diperiksa dinas kesehatan',
    slug: 'izin-apotek',
    kind: 'kolokial',
  },
  { q: 'ijin aptek', slug: 'izin-apotek', kind: 'salah ketik' },

  // Food hygiene certificate (SLHS)
  { q: 'sertifikat higiene rumah makan', slug: 'slhs', kind: 'resmi' },
  { q: 'izin depot air isi ulang', slug: 'slhs', kind: 'kolokial' },
  {
    q: 'usaha katering nasi kotak untuk kantor diminta sertifikat kebersihan, uji labnya bayar berapa',
    slug: 'slhs',
    kind: 'kolokial',
  },
  { q: 'slsh katering', slug: 'slhs', kind: 'salah ketik' },
  { q: 'hygiene certificate catering', slug: 'slhs', kind: 'campuran' },

  // Home food production certificate (SPP-IRT)
  {
    q: 'Sertifikat Produksi Pangan Industri Rumah Tangga',
    slug: 'spp-irt',
    kind: 'resmi',
  },
  {
    q: 'ibu-ibu bikin sambel botolan mau dititip ke toko oleh-oleh, perlu nomor izin apa di labelnya',
    slug: 'spp-irt',
    kind: 'kolokial',
  },
  { q: 'pirt gmn caranya', slug: 'spp-irt', kind: 'singkatan' },
  { q: 'home food production permit', slug: 'spp-irt', kind: 'campuran' },
  { q: 'izin pitr', slug: 'spp-irt', kind: 'salah ketik' },

  // Job seeker card (kartu kuning)
  { q: 'kartu ak 1 buat lamar kerja', slug: 'kartu-kuning', kind: 'kolokial' },
  { q: 'Kartu Tanda Pencari Kerja', slug: 'kartu-kuning', kind: 'resmi' },
  {
    q: 'lulusan SMK mau melamar ke pabrik garmen, diminta kartu dari disnaker, bikinnya berapa hari',
    slug: 'kartu-kuning',
    kind: 'kolokial',
  },
  { q: 'kartu kunig', slug: 'kartu-kuning', kind: 'salah ketik' },
  {
    q: 'bikin kartu pencaker hrs daftar siapkerja dl?',
    slug: 'kartu-kuning',
    kind: 'singkatan',
  },

  // Fixed-term employment contract (PKWT)
  { q: 'lapor kontrak karyawan', slug: 'pencatatan-pkwt', kind: 'kolokial' },
  {
    q: 'pencatatan perjanjian kerja waktu tertentu',
    slug: 'pencatatan-pkwt',
    kind: 'resmi',
  },
  {
    q: 'perusahaan sy br rekrut 10 karyawan kontrak, wajib dicatat ke disnaker? batasnya brp hari',
    slug: 'pencatatan-pkwt',
    kind: 'singkatan',
  },
  { q: 'pencatatn pkwt', slug: 'pencatatan-pkwt', kind: 'salah ketik' },
  { q: 'register employment contract', slug: 'pencatatan-pkwt', kind: 'campuran' },

  // BPJS Kesehatan: registration
  { q: 'pendaftaran peserta JKN mandiri', slug: 'bpjs-kesehatan-pendaftaran', kind: 'resmi' },
  {
    q: 'sy pedagang pasar blm punya bpjs, sekeluarga mau daftar kelas 3 iurannya brp',
    slug: 'bpjs-kesehatan-pendaftaran',
    kind: 'singkatan',
  },
  { q: 'bikin bpjs kesehatan sekeluarga', slug: 'bpjs-kesehatan-pendaftaran', kind: 'kolokial' },
  {
    q: 'health insurance registration bpjs',
    slug: 'bpjs-kesehatan-pendaftaran',
    kind: 'campuran',
  },
  { q: 'daftar bpsj kesehatan', slug: 'bpjs-kesehatan-pendaftaran', kind: 'salah ketik' },

  // BPJS Kesehatan: change of data
  { q: 'masukin bayi ke bpjs', slug: 'bpjs-kesehatan-perubahan-data', kind: 'kolokial' },
  {
    q: 'perubahan data peserta JKN',
    slug: 'bpjs-kesehatan-perubahan-data',
    kind: 'resmi',
  },
  {
    q: 'alamat di data bpjs masih alamat lama dan nomor hp juga sudah ganti, benerinnya di mana',
    slug: 'bpjs-kesehatan-perubahan-data',
    kind: 'kolokial',
  },
  {
    q: 'istri br nikah mau dimasukin ke bpjs sy',
    slug: 'bpjs-kesehatan-perubahan-data',
    kind: 'singkatan',
  },
  { q: 'change class bpjs kesehatan', slug: 'bpjs-kesehatan-perubahan-data', kind: 'campuran' },

  // BPJS Kesehatan: change of first-level clinic
  {
    q: 'perubahan fasilitas kesehatan tingkat pertama',
    slug: 'bpjs-kesehatan-pindah-faskes',
    kind: 'resmi',
  },
  {
    q: 'faskes sy jauh dr rumah bs dipindah ke klinik deket?',
    slug: 'bpjs-kesehatan-pindah-faskes',
    kind: 'singkatan',
  },
  { q: 'pndah faskes', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'salah ketik' },
  { q: 'change primary clinic bpjs', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'campuran' },
  {
    q: 'ulun handak baalih puskesmas, nang lawas jauh banar dari rumah',
    slug: 'bpjs-kesehatan-pindah-faskes',
    kind: 'kolokial',
  },

  // PBI recommendation (health insurance paid by the government)
  { q: 'bpjs gratis buat orang gak mampu', slug: 'rekomendasi-pbi-jk', kind: 'kolokial' },
  {
    q: 'rekomendasi Penerima Bantuan Iuran Jaminan Kesehatan',
    slug: 'rekomendasi-pbi-jk',
    kind: 'resmi',
  },
  {
    q: 'ibu saya janda tua tidak kuat bayar iuran bpjs tiap bulan, bisa dibayarin pemerintah?',
    slug: 'rekomendasi-pbi-jk',
    kind: 'kolokial',
  },
  { q: 'rekom pbi dr dinsos', slug: 'rekomendasi-pbi-jk', kind: 'singkatan' },
  { q: 'free health insurance for poor family', slug: 'rekomendasi-pbi-jk', kind: 'campuran' },

  // Social-economic data for social assistance
  {
    q: 'pendaftaran data sosial ekonomi',
    slug: 'data-sosial-ekonomi',
    kind: 'resmi',
  },
  {
    q: 'keluarga sy blm prnh dpt bansos, cara masuk datanya gmn',
    slug: 'data-sosial-ekonomi',
    kind: 'singkatan',
  },
  { q: 'cek nama penerima pkh', slug: 'data-sosial-ekonomi', kind: 'kolokial' },
  {
    q: 'sudah pindah rumah dan pekerjaan suami berubah, data penerima bantuan sosial mau diperbarui',
    slug: 'data-sosial-ekonomi',
    kind: 'kolokial',
  },
  { q: 'bantuan sosiak', slug: 'data-sosial-ekonomi', kind: 'salah ketik' },

  // BPJS Ketenagakerjaan: self-employed workers (BPU)
  { q: 'bpjs tk buat ojol', slug: 'bpjs-ketenagakerjaan-bpu', kind: 'kolokial' },
  {
    q: 'pendaftaran peserta bukan penerima upah',
    slug: 'bpjs-ketenagakerjaan-bpu',
    kind: 'resmi',
  },
  {
    q: 'sy nelayan mau ikut jaminan kecelakaan kerja, iurannya brp sebulan',
    slug: 'bpjs-ketenagakerjaan-bpu',
    kind: 'singkatan',
  },
  {
    q: 'asuransi kecelakaan kerja untuk pedagang',
    slug: 'bpjs-ketenagakerjaan-bpu',
    kind: 'kolokial',
  },
  {
    q: 'informal worker insurance bpjs',
    slug: 'bpjs-ketenagakerjaan-bpu',
    kind: 'campuran',
  },

  // BPJS Ketenagakerjaan: JHT claim
  { q: 'klaim Jaminan Hari Tua', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'resmi' },
  {
    q: 'sy resign dr pabrik 2 bln lalu, saldo bpjs tk bs dicairkan?',
    slug: 'bpjs-ketenagakerjaan-klaim-jht',
    kind: 'singkatan',
  },
  {
    q: 'aye baru kena phk, duit jamsostek bisa diambil kagak',
    slug: 'bpjs-ketenagakerjaan-klaim-jht',
    kind: 'kolokial',
  },
  {
    q: 'claim old age savings bpjs',
    slug: 'bpjs-ketenagakerjaan-klaim-jht',
    kind: 'campuran',
  },
  { q: 'klaim jth', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'salah ketik' },

  // Taspen: retirement claim
  { q: 'ngurus pensiun guru pns', slug: 'taspen-klaim-pensiun', kind: 'kolokial' },
  { q: 'klaim Tabungan Hari Tua ASN', slug: 'taspen-klaim-pensiun', kind: 'resmi' },
  {
    q: 'bapak sy PNS pensiun bulan depan, berkas taspennya bs diajukan skrg?',
    slug: 'taspen-klaim-pensiun',
    kind: 'singkatan',
  },
  {
    q: 'pembayaran pensiun pertama aparatur sipil negara',
    slug: 'taspen-klaim-pensiun',
    kind: 'resmi',
  },
  { q: 'retirement claim civil servant', slug: 'taspen-klaim-pensiun', kind: 'campuran' },

  // Taspen: pensioner authentication
  { q: 'gaji pensiun mbah mandek', slug: 'taspen-otentikasi', kind: 'kolokial' },
  {
    q: 'kakek pensiunan guru gagal verifikasi wajah di aplikasi, uang pensiun bulan ini belum masuk',
    slug: 'taspen-otentikasi',
    kind: 'kolokial',
  },
  { q: 'otentiksi taspen', slug: 'taspen-otentikasi', kind: 'salah ketik' },
  { q: 'pension face verification failed', slug: 'taspen-otentikasi', kind: 'campuran' },
  { q: 'pensiun ga cair hrs otentikasi dmn', slug: 'taspen-otentikasi', kind: 'singkatan' },

  // Hajj registration
  { q: 'mau naik haji daftar', slug: 'pendaftaran-haji', kind: 'kolokial' },
  { q: 'pendaftaran haji reguler', slug: 'pendaftaran-haji', kind: 'resmi' },
  {
    q: 'sudah setor awal di bank syariah, lanjut ambil nomor porsi ke mana dan bawa apa',
    slug: 'pendaftaran-haji',
    kind: 'kolokial',
  },
  { q: 'brp thn antri haji skrg', slug: 'pendaftaran-haji', kind: 'singkatan' },
  { q: 'pendaftran haji', slug: 'pendaftaran-haji', kind: 'salah ketik' },

  // Hajj passport recommendation
  { q: 'surat rekom paspor buat jemaah haji', slug: 'rekomendasi-paspor-haji', kind: 'kolokial' },
  {
    q: 'rekomendasi pembuatan paspor haji',
    slug: 'rekomendasi-paspor-haji',
    kind: 'resmi',
  },
  {
    q: 'ortu sy berangkat haji thn ini, utk paspornya perlu surat dr kemenag dulu?',
    slug: 'rekomendasi-paspor-haji',
    kind: 'singkatan',
  },
  { q: 'hajj passport recommendation', slug: 'rekomendasi-paspor-haji', kind: 'campuran' },
  { q: 'rekomndasi paspor haji', slug: 'rekomendasi-paspor-haji', kind: 'salah ketik' },

  // Passport: expired or full
  { q: 'penggantian paspor habis masa berlaku', slug: 'paspor', kind: 'resmi' },
  { q: 'halaman paspor sy udh penuh cap, mau ganti', slug: 'paspor', kind: 'singkatan' },
  {
    q: 'paspor mau habis padahal mau umroh bulan depan, bisa diganti di MPP lewat aplikasi m-paspor?',
    slug: 'paspor',
    kind: 'kolokial',
  },
  { q: 'renew passport', slug: 'paspor', kind: 'campuran' },
  { q: 'ganti pasoor habis', slug: 'paspor', kind: 'salah ketik' },

  // Passport: lost or damaged
  { q: 'paspor kena air', slug: 'paspor-hilang-rusak', kind: 'kolokial' },
  {
    q: 'paspor anak sy robek dimainin adiknya, gmn gantinya',
    slug: 'paspor-hilang-rusak',
    kind: 'singkatan',
  },
  {
    q: 'paspor hilang waktu pindahan rumah, perlu surat kehilangan dari polisi dulu atau langsung ke imigrasi',
    slug: 'paspor-hilang-rusak',
    kind: 'kolokial',
  },
  { q: 'lost passport replacement', slug: 'paspor-hilang-rusak', kind: 'campuran' },
  { q: 'pasport rusak', slug: 'paspor-hilang-rusak', kind: 'salah ketik' },

  // Delivery of finished documents by post
  { q: 'dokumen dikirim ke rumah saja', slug: 'pos-pengiriman-dokumen', kind: 'kolokial' },
  {
    q: 'pengiriman dokumen hasil layanan',
    slug: 'pos-pengiriman-dokumen',
    kind: 'resmi',
  },
  {
    q: 'sy kerja di luar kota, paspor yg sudah jadi bisa dipaketkan ke alamat sy?',
    slug: 'pos-pengiriman-dokumen',
    kind: 'singkatan',
  },
  { q: 'ongkir kirim sertifikat izin', slug: 'pos-pengiriman-dokumen', kind: 'kolokial' },
  { q: 'document delivery to home', slug: 'pos-pengiriman-dokumen', kind: 'campuran' },

  // Water: new connection
  {
    q: 'permohonan sambungan air minum baru',
    slug: 'pdam-sambungan-baru',
    kind: 'resmi',
  },
  {
    q: 'rumah kontrakan baru selesai dibangun belum ada air pdam, biaya pasangnya berapa',
    slug: 'pdam-sambungan-baru',
    kind: 'kolokial',
  },
  { q: 'psg pdam br brp', slug: 'pdam-sambungan-baru', kind: 'singkatan' },
  { q: 'new water connection', slug: 'pdam-sambungan-baru', kind: 'campuran' },
  { q: 'sambunagn air baru', slug: 'pdam-sambungan-baru', kind: 'salah ketik' },

  // Water: paying the bill
  { q: 'pembayaran tagihan air bulanan', slug: 'pdam-pembayaran', kind: 'resmi' },
  { q: 'nunggak air 3 bln bs bayar di mpp?', slug: 'pdam-pembayaran', kind: 'singkatan' },
  { q: 'pay water bill', slug: 'pdam-pembayaran', kind: 'campuran' },
  { q: 'byar tagihan pdam', slug: 'pdam-pembayaran', kind: 'salah ketik' },
  {
    q: "tabe' pak, rekening air ta' bulan lalu belum dibayar, bisa dibayar di sini ki'?",
    slug: 'pdam-pembayaran',
    kind: 'kolokial',
  },

  // Water: complaints
  { q: 'banyu mati', slug: 'pdam-pengaduan', kind: 'kolokial' },
  { q: 'air pdam ngocor kecil', slug: 'pdam-pengaduan', kind: 'kolokial' },
  { q: 'pengaduan gangguan air minum', slug: 'pdam-pengaduan', kind: 'resmi' },
  {
    q: 'tagihan air bulan ini melonjak padahal pemakaian biasa saja, mau komplain ke mana',
    slug: 'pdam-pengaduan',
    kind: 'kolokial',
  },
  { q: 'water pipe leaking complaint', slug: 'pdam-pengaduan', kind: 'campuran' },

  // Water: change of customer name
  { q: 'ganti nama langganan air', slug: 'pdam-balik-nama', kind: 'kolokial' },
  { q: 'balik nama pelanggan air minum', slug: 'pdam-balik-nama', kind: 'resmi' },
  {
    q: 'rumah warisan ortu, langganan air msh atas nama almarhum bapak, mau diganti nama sy',
    slug: 'pdam-balik-nama',
    kind: 'singkatan',
  },
  { q: 'balik nma pdam', slug: 'pdam-balik-nama', kind: 'salah ketik' },
  { q: 'change water account name', slug: 'pdam-balik-nama', kind: 'campuran' },

  // Land: information and consultation
  {
    q: 'informasi pendaftaran tanah pertama kali',
    slug: 'informasi-pertanahan',
    kind: 'resmi',
  },
  {
    q: 'tanah peninggalan mbah belum bersertifikat cuma ada letter C, cara ngurusnya gimana',
    slug: 'informasi-pertanahan',
    kind: 'kolokial',
  },
  { q: 'program ptsl kapan dibuka', slug: 'informasi-pertanahan', kind: 'kolokial' },
  { q: 'land certificate information', slug: 'informasi-pertanahan', kind: 'campuran' },
  { q: 'konsultsi pertanahan', slug: 'informasi-pertanahan', kind: 'salah ketik' },

  // Land: certificate check
  { q: 'pengecekan sertifikat hak milik', slug: 'pengecekan-sertifikat', kind: 'resmi' },
  {
    q: 'mau beli tanah di desa sebelah, takut sertifikatnya palsu, bisa dicocokkan ke bpn dulu?',
    slug: 'pengecekan-sertifikat',
    kind: 'kolokial',
  },
  { q: 'cek srtifikat', slug: 'pengecekan-sertifikat', kind: 'salah ketik' },
  { q: 'check land title before buying', slug: 'pengecekan-sertifikat', kind: 'campuran' },
  {
    q: 'cek sertifikat sblm dijaminkan ke bank',
    slug: 'pengecekan-sertifikat',
    kind: 'singkatan',
  },

  // Land: transfer of rights
  { q: 'peralihan hak atas tanah karena hibah', slug: 'peralihan-hak', kind: 'resmi' },
  {
    q: 'tanah dari almarhum ayah mau dipindah ke nama kami anak-anaknya, prosesnya berapa lama',
    slug: 'peralihan-hak',
    kind: 'kolokial',
  },
  { q: 'blk nama serti', slug: 'peralihan-hak', kind: 'singkatan' },
  { q: 'transfer land title', slug: 'peralihan-hak', kind: 'campuran' },
  { q: 'peralhan hak tanah', slug: 'peralihan-hak', kind: 'salah ketik' },

  // Land: removing a mortgage (roya)
  { q: 'hapus catatan bank di sertifikat', slug: 'roya', kind: 'kolokial' },
  { q: 'penghapusan hak tanggungan', slug: 'roya', kind: 'resmi' },
  {
    q: 'sy udh lunas kpr, sertifikat udh diambil dr bank, trus hrs ngurus apa lg',
    slug: 'roya',
    kind: 'singkatan',
  },
  { q: 'royya sertifikat', slug: 'roya', kind: 'salah ketik' },
  { q: 'remove mortgage from land certificate', slug: 'roya', kind: 'campuran' },

  // BRI savings account
  { q: 'pembukaan rekening tabungan BRI', slug: 'bri-rekening', kind: 'resmi' },
  {
    q: 'pabrik minta rekening BRI buat transfer gaji karyawan baru, bukanya bisa di MPP?',
    slug: 'bri-rekening',
    kind: 'kolokial',
  },
  { q: 'buka simpedes setoran awal brp', slug: 'bri-rekening', kind: 'singkatan' },
  { q: 'open bank account bri', slug: 'bri-rekening', kind: 'campuran' },
  { q: 'rekning bri', slug: 'bri-rekening', kind: 'salah ketik' },

  // Bank Jateng savings account
  { q: 'tabungan anak sekolah bank jateng', slug: 'bank-jateng-rekening', kind: 'kolokial' },
  {
    q: 'pembukaan rekening tabungan Bank Jateng',
    slug: 'bank-jateng-rekening',
    kind: 'resmi',
  },
  { q: 'buka rek bank jateng syaratnya', slug: 'bank-jateng-rekening', kind: 'singkatan' },
  {
    q: 'open savings account bank jateng',
    slug: 'bank-jateng-rekening',
    kind: 'campuran',
  },
  {
    q: 'ambo nio buka tabungan',
    slug: 'bank-jateng-rekening',
    kind: 'kolokial',
    also: ['bri-rekening'],
  },

  // BRI people's business credit (KUR)
  { q: 'pengajuan Kredit Usaha Rakyat', slug: 'bri-kur', kind: 'resmi' },
  {
    q: 'warung sy butuh tambahan modal 20 jt, bs pinjam kur? jaminannya apa',
    slug: 'bri-kur',
    kind: 'singkatan',
  },
  { q: 'loan for small business', slug: 'bri-kur', kind: 'campuran' },
  { q: 'kredit usha rakyat', slug: 'bri-kur', kind: 'salah ketik' },
  {
    q: 'sengko andik toko klontong, parlo modal tambahan dari bank',
    slug: 'bri-kur',
    kind: 'kolokial',
  },
];

// Services this MPP does not offer (no service in content/layanan/ does it): each must get the
// "not here" notice.
export const NINTH_NOT_OFFERED: readonly string[] = [
  'perpanjang stnk lima tahunan ganti plat',
  'baru beli motor bekas dari tetangga, bpkb dan stnk mau dibalik nama ke nama saya, bisa di mpp?',
  'mutasi mobil ke luar provinsi',
  'bikin paspor pertama kali belum pernah punya',
  'surat keterangan sehat dari dokter buat lamaran',
  'vaksin meningitis umroh',
  'izin keramaian hajatan pakai tenda di jalan kampung',
  'sertifikat halal buat produk kue',
  'izin trayek angkot',
  'daftar kartu prakerja',
  'legalisir ijazah sma',
  'surat bebas narkoba buat daftar kerja di mana',
  'pasang listrik baru PLN',
  'token listrik eror mau lapor',
  'gaji saya UMR, mau ajukan kpr rumah subsidi lewat bank, bisa diproses di gerai bank mpp',
  'klaim santunan jasa raharja kecelakaan motor',
  'pendaftaran sekolah zonasi smp',
  'rekomendasi izin penelitian untuk skripsi mahasiswa',
  'aku karo calon bojoku arep rabi sasi ngarep, daftar nikah nang kua iso lewat mpp ora',
  'sim internasional',
  'tera ulang timbangan pedagang pasar',
  'izin operasional klinik pratama',
  'lapor jalan berlubang depan rumah',
  'lampu jalan mati sudah seminggu, ngadu ke dinas mana ya',
  'kartu penyandang disabilitas',
  'daftar cpns',
  'beasiswa kuliah dari pemkot',
  'sy dpt kerja magang di jepang, visa kerjanya bs diurus di gerai imigrasi mpp?',
  'pendaftaran merek dagang haki',
  'beli kavling makam',
  'pasang wifi indihome',
  'menjelang lebaran mau tukar uang pecahan baru di bank yang ada di mpp, jadwalnya kapan',
  'bikin kartu kredit',
  'lapor kdrt',
  'anak saya umur 9 bulan belum imunisasi campak, bisa disuntik di gerai dinas kesehatan?',
  'uji emisi mobil pribadi',
  'dompet jatuh di angkot isinya atm dan kartu member, mau minta surat keterangan hilang dari polisi',
  'perpanjangan str perawat',
  'surat pengantar nikah n1 dari kelurahan',
  'minta fogging demam berdarah di rt kami karena banyak warga yang kena',
];
