// A tenth held-out set of resident queries, written and labelled from the sample content
// (content/layanan/, content/gerai/, content/panduan/, content/instansi/) only, and committed
// before any of them was typed into the search. Five queries for each service of the sample
// content, typed the way residents of a regency type them on a cheap phone: the official
// wording, everyday chat with Javanese, Sundanese, Betawi, Minang, Banjar, Bugis, Makassar,
// Madurese, Balinese and Batak words, English mixed in, SMS shorthand and typing slips. About a
// quarter are one to three words, half are short phrases, and a quarter are long questions that
// tell the situation (who it is for, what happened, whether it is new, renewed, lost, damaged or
// changed) and ask about cost, time, counter, opening hours or what to bring. Many describe the
// need without naming the document; near services (new, renewed or lost; registration or change
// of data; a person or a business) are labelled by what the resident needs. Forty requests for
// services this MPP does not offer close the file; some share words with offered services and
// differ in one distinctive word. The rule of held-out.ts holds: never change the dictionary,
// stop words or ranking to fix one line of this file; fix the general cause and add new examples
// of it to queries.ts. A label may be changed only when it was wrong (the service a careful clerk
// at the counter would name), never to match a result. `also` lists other services a clerk would
// accept just as well as `slug`.
import type { FreshQuery } from './fresh.ts';

export const TENTH: readonly FreshQuery[] = [
  // Akta Kelahiran
  { q: 'pencatatan kelahiran', slug: 'akta-kelahiran', kind: 'resmi' },
  { q: 'akte lair bayi', slug: 'akta-kelahiran', kind: 'kolokial' },
  { q: 'hoyong ngadamel akta kanggo orok nu nembe lahir', slug: 'akta-kelahiran', kind: 'kolokial' },
  { q: 'lahiran di rumah gk ada surat dr bidan, bs bikin akte ga? bawa apa aj', slug: 'akta-kelahiran', kind: 'singkatan' },
  { q: 'birth certificate anak pertama', slug: 'akta-kelahiran', kind: 'campuran' },
  // Akta Kematian
  { q: 'pelaporan kematian penduduk', slug: 'akta-kematian', kind: 'resmi' },
  { q: 'bapak sy meninggal minggu lalu, apa yg hrs diurus dulu ke dukcapil', slug: 'akta-kematian', kind: 'singkatan' },
  { q: 'eppak engkok mate, ngurus akte e dimma', slug: 'akta-kematian', kind: 'kolokial' },
  { q: 'akte kematain', slug: 'akta-kematian', kind: 'salah ketik' },
  {
    q: 'mau klaim asuransi almarhumah istri, diminta surat resmi dari capil bahwa beliau meninggal',
    slug: 'akta-kematian',
    kind: 'kolokial',
  },
  // Akta Perkawinan (Non-Muslim)
  { q: 'catat nikah gereja ke capil', slug: 'akta-perkawinan', kind: 'kolokial' },
  {
    q: 'kami baru pemberkatan di gereja katolik bulan lalu, akta nikahnya bikin dmn & perlu foto brp',
    slug: 'akta-perkawinan',
    kind: 'singkatan',
  },
  { q: 'tiang sampun mawiwaha, kenken carane ngae akta perkawinan', slug: 'akta-perkawinan', kind: 'kolokial' },
  { q: 'marriage certificate non muslim', slug: 'akta-perkawinan', kind: 'campuran' },
  { q: 'akta perkawinann konghucu', slug: 'akta-perkawinan', kind: 'salah ketik' },
  // Aktivasi Akun Coretax dan Kode Otorisasi
  { q: 'lupa pasword coretax', slug: 'aktivasi-akun-coretax', kind: 'salah ketik' },
  { q: 'bikin kode otorisasi buat tanda tangan spt', slug: 'aktivasi-akun-coretax', kind: 'kolokial' },
  { q: 'akun pajak sy gk bs login, email lama udh gk aktif', slug: 'aktivasi-akun-coretax', kind: 'singkatan' },
  { q: 'how to activate coretax buat suami', slug: 'aktivasi-akun-coretax', kind: 'campuran' },
  {
    q: 'bapak saya pensiunan disuruh aktivasi akun pajak yang baru tapi ndak ngerti hp, bisa dibantu di mpp? berapa lama',
    slug: 'aktivasi-akun-coretax',
    kind: 'kolokial',
  },
  // Aktivasi Identitas Kependudukan Digital (IKD)
  { q: 'pasang ktp di hape', slug: 'aktivasi-ikd', kind: 'kolokial' },
  { q: 'aktivasi identitas kependudukan digital', slug: 'aktivasi-ikd', kind: 'resmi' },
  { q: 'aktifin ikd', slug: 'aktivasi-ikd', kind: 'singkatan' },
  {
    q: 'kantor nyuruh pegawai punya ktp digital, sy udh download aplikasinya tp minta scan qr dr petugas, dtg kmn',
    slug: 'aktivasi-ikd',
    kind: 'singkatan',
  },
  { q: 'digital id dukcapil activation', slug: 'aktivasi-ikd', kind: 'campuran' },
  // Asistensi Pelaporan SPT Tahunan
  { q: 'bantu isi spt tahunan', slug: 'asistensi-spt-tahunan', kind: 'kolokial' },
  { q: 'spt 1770 s', slug: 'asistensi-spt-tahunan', kind: 'singkatan' },
  {
    q: 'sy karyawan swasta dpt bukti potong dr kantor, blm pernah lapor pajak tahunan, bs dibantu isi? bawa apa',
    slug: 'asistensi-spt-tahunan',
    kind: 'singkatan',
  },
  { q: 'pelaporan spt tahunan orang pribadi', slug: 'asistensi-spt-tahunan', kind: 'resmi' },
  { q: 'lapor pjak tahunan', slug: 'asistensi-spt-tahunan', kind: 'salah ketik' },
  // Pembayaran Pajak dan Retribusi Daerah (Bank Jateng)
  { q: 'mbayar pbb omah', slug: 'bank-jateng-pajak-daerah', kind: 'kolokial' },
  { q: 'setor bphtb ke bank', slug: 'bank-jateng-pajak-daerah', kind: 'kolokial' },
  {
    q: 'sppt pbb udah dateng, bayarnya bisa di mpp ga? loket bank buka sampai jam brp',
    slug: 'bank-jateng-pajak-daerah',
    kind: 'kolokial',
  },
  { q: 'pay property tax pekalongan', slug: 'bank-jateng-pajak-daerah', kind: 'campuran' },
  { q: 'pembayaran retribusi daerah dengan kode bayar', slug: 'bank-jateng-pajak-daerah', kind: 'resmi' },
  // Pembukaan Rekening Tabungan Bank Jateng
  { q: 'buka tabungan bank jateng', slug: 'bank-jateng-rekening', kind: 'kolokial' },
  { q: 'tabungan pelajar buat anak SD', slug: 'bank-jateng-rekening', kind: 'kolokial' },
  { q: 'ulun handak buka rekening bank jateng, barapa setoran awalnya', slug: 'bank-jateng-rekening', kind: 'kolokial' },
  { q: 'rekning bank jatenk', slug: 'bank-jateng-rekening', kind: 'salah ketik' },
  { q: 'gaji honorer pemkot hrs lwt bank jateng, buka rek dmn jam brp', slug: 'bank-jateng-rekening', kind: 'singkatan' },
  // Validasi BPHTB
  { q: 'validasi sspd bphtb', slug: 'bphtb-validasi', kind: 'resmi' },
  {
    q: 'abis beli rumah, ppat minta sspd bphtb divalidasi dulu sblm balik nama sertifikat, itu di loket mana',
    slug: 'bphtb-validasi',
    kind: 'singkatan',
  },
  { q: 'pajek tuku lemah', slug: 'bphtb-validasi', also: ['bank-jateng-pajak-daerah'], kind: 'kolokial' },
  { q: 'bphtb kurang bayar', slug: 'bphtb-validasi', kind: 'singkatan' },
  { q: 'bphtb validation berapa hari', slug: 'bphtb-validasi', kind: 'campuran' },
  // Pendaftaran Peserta BPJS Kesehatan Mandiri
  { q: 'daftar jkn sekeluarga', slug: 'bpjs-kesehatan-pendaftaran', kind: 'singkatan' },
  {
    q: 'sy pedagang pasar blm punya asuransi kesehatan, mau daftar sm istri & 2 anak, iuran kelas 3 brp',
    slug: 'bpjs-kesehatan-pendaftaran',
    kind: 'singkatan',
  },
  { q: 'kumaha carana daftar bpjs kesehatan mandiri', slug: 'bpjs-kesehatan-pendaftaran', kind: 'kolokial' },
  { q: 'bpjs kesehatn baru', slug: 'bpjs-kesehatan-pendaftaran', kind: 'salah ketik' },
  { q: 'health insurance pemerintah daftar', slug: 'bpjs-kesehatan-pendaftaran', kind: 'campuran' },
  // Perubahan Data Peserta BPJS Kesehatan
  { q: 'tambah bayi ke bpjs', slug: 'bpjs-kesehatan-perubahan-data', kind: 'kolokial' },
  {
    q: 'baru nikah bulan kemarin, suami mau dimasukin ke bpjs saya, bawa buku nikah aja cukup?',
    slug: 'bpjs-kesehatan-perubahan-data',
    kind: 'kolokial',
  },
  { q: 'turun kelas bpjs dari 1 ke 3', slug: 'bpjs-kesehatan-perubahan-data', kind: 'kolokial' },
  { q: 'alamat di bpjs msh alamat lama, ganti gmn', slug: 'bpjs-kesehatan-perubahan-data', kind: 'singkatan' },
  { q: 'update data peserta jkn', slug: 'bpjs-kesehatan-perubahan-data', kind: 'campuran' },
  // Pindah Fasilitas Kesehatan Tingkat Pertama
  { q: 'ganti klinik bpjs ke deket rumah', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'kolokial' },
  { q: 'faskes sy msh puskesmas kampung lama pdhl udh pindah kos, bs ganti?', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'singkatan' },
  { q: 'perubahan fasilitas kesehatan tingkat pertama', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'resmi' },
  { q: 'pindh faskes', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'salah ketik' },
  { q: 'berapa ji lama pindah puskesmas bpjs, di mana ki', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'kolokial' },
  // Pendaftaran Peserta Bukan Penerima Upah (BPU)
  { q: 'jaminan kecelakaan kerja buat driver ojek online', slug: 'bpjs-ketenagakerjaan-bpu', kind: 'campuran' },
  { q: 'aku nelayan, ono asuransi kecelakaan nggo wong kerjo dewe ra?', slug: 'bpjs-ketenagakerjaan-bpu', kind: 'kolokial' },
  { q: 'peserta bukan penerima upah', slug: 'bpjs-ketenagakerjaan-bpu', kind: 'resmi' },
  { q: 'daftar bpjs naker mandiri', slug: 'bpjs-ketenagakerjaan-bpu', kind: 'singkatan' },
  { q: 'perajin batik rumahan mau ikut jkk jkm, iurannya brp sebulan', slug: 'bpjs-ketenagakerjaan-bpu', kind: 'singkatan' },
  // Klaim Jaminan Hari Tua (JHT)
  { q: 'cairin jht', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'kolokial' },
  {
    q: 'habis resign dr pabrik, saldo bpjs tk bs diambil smua? bawa paklaring?',
    slug: 'bpjs-ketenagakerjaan-klaim-jht',
    kind: 'singkatan',
  },
  { q: 'pencairan jaminan hari tua', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'resmi' },
  { q: 'klain jht', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'salah ketik' },
  { q: 'ambo alah baranti karajo, baa caro maambiak pitih jamsostek', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'kolokial' },
  // Konsultasi dan Pengajuan Kredit Usaha Rakyat (KUR)
  { q: 'pinjam modal warung di bri', slug: 'bri-kur', kind: 'kolokial' },
  { q: 'pengajuan kur mikro', slug: 'bri-kur', kind: 'resmi' },
  { q: 'usaha kerupuk udh 2 thn mau nambah modal 50 jt, syaratnya apa, npwp perlu?', slug: 'bri-kur', kind: 'singkatan' },
  { q: 'kur bri bunga brp', slug: 'bri-kur', kind: 'singkatan' },
  { q: 'business loan buat umkm batik bisa?', slug: 'bri-kur', kind: 'campuran' },
  // Pembukaan Rekening Tabungan BRI
  { q: 'bikin atm bri', slug: 'bri-rekening', kind: 'kolokial' },
  { q: 'buka simpedes', slug: 'bri-rekening', kind: 'kolokial' },
  { q: 'bansos sy hrs cair ke rekening bri, blm punya, bukanya dmn', slug: 'bri-rekening', kind: 'singkatan' },
  { q: 'rekeneng bri baru', slug: 'bri-rekening', kind: 'salah ketik' },
  { q: 'open account bri buat terima gaji, minimal deposit brp', slug: 'bri-rekening', kind: 'campuran' },
  // Pendaftaran dan Pembaruan Data Sosial Ekonomi untuk Bantuan Sosial
  { q: 'daftar pkh', slug: 'data-sosial-ekonomi', kind: 'singkatan' },
  {
    q: 'keluarga sy gk pernah dapat bantuan sembako pdhl suami udh gk kerja, cara daftarnya gmn',
    slug: 'data-sosial-ekonomi',
    kind: 'singkatan',
  },
  { q: 'pemutakhiran data sosial ekonomi', slug: 'data-sosial-ekonomi', kind: 'resmi' },
  { q: 'dapet bansos kepiye carane', slug: 'data-sosial-ekonomi', kind: 'kolokial' },
  { q: 'bansos tiba2 berhenti, data hrs diupdate?', slug: 'data-sosial-ekonomi', kind: 'campuran' },
  // Informasi Prosedur Perkara di Pengadilan Agama
  {
    q: 'mau pisah sama suami, ngurusnya ke mana ya',
    slug: 'informasi-perkara-pengadilan-agama',
    also: ['pendampingan-e-court'],
    kind: 'kolokial',
  },
  { q: 'isbat nikah siri', slug: 'informasi-perkara-pengadilan-agama', kind: 'kolokial' },
  {
    q: 'anak perempuan sy baru 17 mau dinikahkan, KUA nolak krn umur, hrs ngurus apa',
    slug: 'informasi-perkara-pengadilan-agama',
    kind: 'singkatan',
  },
  { q: 'penetapan ahli waris muslim', slug: 'informasi-perkara-pengadilan-agama', kind: 'resmi' },
  {
    q: 'sabaraha biaya cerai di pengadilan agama',
    slug: 'informasi-perkara-pengadilan-agama',
    also: ['pendampingan-e-court'],
    kind: 'kolokial',
  },
  // Informasi dan Konsultasi Pertanahan
  { q: 'tanya2 soal ptsl', slug: 'informasi-pertanahan', kind: 'singkatan' },
  {
    q: 'tanah warisan simbah belum bersertifikat, cuma ada letter c, mau disertifikatkan mulai dari mana',
    slug: 'informasi-pertanahan',
    kind: 'kolokial',
  },
  { q: 'info bpn', slug: 'informasi-pertanahan', kind: 'singkatan' },
  { q: 'layanan sertipikat elektronik', slug: 'informasi-pertanahan', kind: 'resmi' },
  { q: 'konsultasi land certificate warisan ortu', slug: 'informasi-pertanahan', kind: 'campuran' },
  // Verifikasi Perizinan Apotek dan Toko Obat
  { q: 'izin buka apotek di ruko', slug: 'izin-apotek', kind: 'kolokial' },
  { q: 'verifikasi perizinan toko obat', slug: 'izin-apotek', kind: 'resmi' },
  { q: 'sy bkn apoteker tp mau modalin apotek, perlu kerja sama apa', slug: 'izin-apotek', kind: 'singkatan' },
  { q: 'izin apotik', slug: 'izin-apotek', kind: 'salah ketik' },
  { q: 'pharmacy license buat apotek baru', slug: 'izin-apotek', kind: 'campuran' },
  // Izin Penyelenggaraan Reklame
  { q: 'pasang baliho promo toko di perempatan', slug: 'izin-reklame', kind: 'kolokial' },
  { q: 'izin billboard pinggir jalan', slug: 'izin-reklame', kind: 'campuran' },
  { q: 'sy mau pasang papan nama gede di depan ruko sewaan, perlu izin apa dan brp hari', slug: 'izin-reklame', kind: 'singkatan' },
  { q: 'izin penyelenggaraan reklame', slug: 'izin-reklame', kind: 'resmi' },
  { q: 'ijin spanduk', slug: 'izin-reklame', kind: 'salah ketik' },
  // Kartu Identitas Anak (KIA)
  { q: 'ktp bocah', slug: 'kartu-identitas-anak', kind: 'kolokial' },
  { q: 'penerbitan kartu identitas anak', slug: 'kartu-identitas-anak', kind: 'resmi' },
  { q: 'anak sy umur 7 thn, bikin kia perlu pas foto ukuran brp', slug: 'kartu-identitas-anak', kind: 'singkatan' },
  { q: 'identitas buat anak dibawah 17', slug: 'kartu-identitas-anak', kind: 'kolokial' },
  { q: 'child id card buat anak tk', slug: 'kartu-identitas-anak', kind: 'campuran' },
  // Kartu Keluarga (KK) Baru
  { q: 'pisah kk dari mertua', slug: 'kartu-keluarga-baru', kind: 'kolokial' },
  { q: 'habis cerai mau bikin kk sendiri sama anak, syaratnya apa aja', slug: 'kartu-keluarga-baru', kind: 'kolokial' },
  { q: 'penerbitan kartu keluarga baru', slug: 'kartu-keluarga-baru', kind: 'resmi' },
  { q: 'nikah siri blm ada buku nikah, bs punya kk sendiri?', slug: 'kartu-keluarga-baru', kind: 'singkatan' },
  { q: 'new family card after wedding', slug: 'kartu-keluarga-baru', kind: 'campuran' },
  // Perubahan Data atau Cetak Ulang Kartu Keluarga
  { q: 'kk sobek', slug: 'kartu-keluarga-perubahan', kind: 'kolokial' },
  {
    q: 'suami meninggal, nama almarhum hrs dicoret dr kk, bawa apa',
    slug: 'kartu-keluarga-perubahan',
    also: ['akta-kematian'],
    kind: 'singkatan',
  },
  { q: 'status kawin di kk msh blm kawin', slug: 'kartu-keluarga-perubahan', kind: 'singkatan' },
  { q: 'pendidikan di kk masih SD padahal udah sarjana, benerinnya gimana', slug: 'kartu-keluarga-perubahan', kind: 'kolokial' },
  { q: 'perubahan elemen data kartu keluarga', slug: 'kartu-keluarga-perubahan', kind: 'resmi' },
  // Kartu Pencari Kerja (Kartu Kuning/AK-I)
  { q: 'bikin ak 1 buat ngelamar', slug: 'kartu-kuning', kind: 'singkatan' },
  { q: 'penerbitan kartu tanda pencari kerja', slug: 'kartu-kuning', kind: 'resmi' },
  { q: 'lulusan smk mau ngelamar ke pabrik diminta kartu kuning, di mpp bisa? foto brp lembar', slug: 'kartu-kuning', kind: 'singkatan' },
  { q: 'kartu kunig', slug: 'kartu-kuning', kind: 'salah ketik' },
  { q: 'yellow card job seeker', slug: 'kartu-kuning', kind: 'campuran' },
  // Konsultasi Hukum Gratis
  { q: 'konsultasi sama jaksa soal warisan', slug: 'konsultasi-hukum', kind: 'kolokial' },
  { q: 'tetangga ngaku-ngaku tanah kami miliknya, bisa minta saran hukum gratis dimana', slug: 'konsultasi-hukum', kind: 'kolokial' },
  { q: 'utang ga dibalikin2, bs tanya jaksa?', slug: 'konsultasi-hukum', kind: 'singkatan' },
  { q: 'butuh legal advice gratis soal sengketa kontrakan', slug: 'konsultasi-hukum', kind: 'campuran' },
  { q: 'bantuan hukum perdata cuma-cuma', slug: 'konsultasi-hukum', kind: 'resmi' },
  // Keterangan Rencana Kota (KRK)
  { q: 'cek peruntukan lahan sebelum bangun', slug: 'krk', kind: 'kolokial' },
  { q: 'tanah sy di pinggir jalan raya, boleh dibangun ruko brp lantai? garis sempadan brp meter', slug: 'krk', kind: 'singkatan' },
  { q: 'krk buat pbg', slug: 'krk', kind: 'singkatan' },
  { q: 'cek zoning tanah sebelum bangun gudang', slug: 'krk', kind: 'campuran' },
  { q: 'keterangan rencana kota lokasi tanah', slug: 'krk', kind: 'resmi' },
  // KTP-el Rusak, Hilang atau Berubah Data
  { q: 'ktp kecuci', slug: 'ktp-el-rusak-hilang', kind: 'kolokial' },
  { q: 'tas dijambret di jalan, ktp & atm raib, ngurus ktp dulu bawa apa', slug: 'ktp-el-rusak-hilang', kind: 'kolokial' },
  { q: 'ktp gue kelindes motor, bikin lagi kudu ape aje', slug: 'ktp-el-rusak-hilang', kind: 'kolokial' },
  { q: 'ktp el buram tdk terbaca', slug: 'ktp-el-rusak-hilang', kind: 'singkatan' },
  { q: 'replace damaged e-ktp', slug: 'ktp-el-rusak-hilang', kind: 'campuran' },
  // KTP-el Baru (Perekaman Pertama)
  { q: 'anakku wis 17 taun, gawe ktp kudu teko dewe ora?', slug: 'ktp-el', kind: 'kolokial' },
  { q: 'penerbitan ktp elektronik pemula', slug: 'ktp-el', kind: 'resmi' },
  { q: 'bikin ktp pemula', slug: 'ktp-el', kind: 'kolokial' },
  { q: 'ktp blm jadi krn blangko habis, dpt surket', slug: 'ktp-el', kind: 'singkatan' },
  { q: 'first time id card', slug: 'ktp-el', kind: 'campuran' },
  // Legalisasi Buku Nikah
  { q: 'legalisir surat nikah buat paspor istri', slug: 'legalisasi-buku-nikah', kind: 'kolokial' },
  { q: 'fotokopi buku nikah dicap kemenag', slug: 'legalisasi-buku-nikah', kind: 'kolokial' },
  {
    q: 'kantor suami minta fc buku nikah yg dilegalisir 3 lembar, nikahnya di kua pekalongan utara',
    slug: 'legalisasi-buku-nikah',
    kind: 'singkatan',
  },
  { q: 'pengesahan salinan buku nikah', slug: 'legalisasi-buku-nikah', kind: 'resmi' },
  { q: 'legalize marriage book buat visa', slug: 'legalisasi-buku-nikah', kind: 'campuran' },
  // Pendampingan Laporan Kegiatan Penanaman Modal (LKPM)
  { q: 'lapor lkpm semester', slug: 'lkpm', kind: 'singkatan' },
  { q: 'laporan kegiatan penanaman modal', slug: 'lkpm', kind: 'resmi' },
  { q: 'dapet email dr oss disuruh lapor realisasi investasi, gk ngerti ngisinya', slug: 'lkpm', kind: 'singkatan' },
  { q: 'lkmp', slug: 'lkpm', kind: 'salah ketik' },
  { q: 'investment report oss per triwulan', slug: 'lkpm', kind: 'campuran' },
  // Nomor Induk Berusaha (NIB) melalui OSS
  { q: 'izin usaha warung kelontong di rumah', slug: 'nib', kind: 'kolokial' },
  { q: 'mau jualan online perlu nib gak? bikinnya lama?', slug: 'nib', kind: 'kolokial' },
  { q: 'bikin nib buat cv', slug: 'nib', kind: 'singkatan' },
  { q: 'ulun handak jualan sasirangan, izin usahanya ngurus di mana', slug: 'nib', kind: 'kolokial' },
  { q: 'nomer induk berusaha', slug: 'nib', kind: 'salah ketik' },
  // Pendaftaran NPWP
  { q: 'bagaimana mi caranya bikin npwp ki', slug: 'npwp', kind: 'kolokial' },
  { q: 'ktp bisa dipake buat npwp? cara aktifinnya', slug: 'npwp', also: ['aktivasi-akun-coretax'], kind: 'kolokial' },
  { q: 'npwp badan cv baru', slug: 'npwp', kind: 'singkatan' },
  { q: 'baru diterima kerja, hrd minta nomor pajak, sy blm punya, ngurusnya dmn', slug: 'npwp', kind: 'singkatan' },
  { q: 'tax id number register', slug: 'npwp', kind: 'campuran' },
  // Pendaftaran Wajib Pajak Daerah (NPWPD)
  { q: 'daftar wajib pajak restoran', slug: 'npwpd', kind: 'resmi' },
  { q: 'buka kafe kecil, katanya hrs punya npwpd, itu apa dan dimana', slug: 'npwpd', kind: 'singkatan' },
  { q: 'npwpd buat hotel melati baru', slug: 'npwpd', kind: 'singkatan' },
  { q: 'pajak parkiran minimarket daftarnya di mana', slug: 'npwpd', kind: 'kolokial' },
  { q: 'npwdp', slug: 'npwpd', kind: 'salah ketik' },
  // Pembayaran Pajak Kendaraan Tahunan dan Pengesahan STNK
  { q: 'pajek motor telat 2 bulan dendanya', slug: 'pajak-kendaraan-tahunan', kind: 'kolokial' },
  { q: 'stnk mati setahun bisa bayar di mpp?', slug: 'pajak-kendaraan-tahunan', kind: 'kolokial' },
  { q: 'pengesahan stnk tahunan', slug: 'pajak-kendaraan-tahunan', kind: 'resmi' },
  { q: 'mobil atas nama kakak, saya yang bayar pajaknya, perlu surat kuasa ga', slug: 'pajak-kendaraan-tahunan', kind: 'kolokial' },
  { q: 'vehicle tax samsat mpp', slug: 'pajak-kendaraan-tahunan', kind: 'campuran' },
  // Penggantian Paspor Hilang atau Rusak
  { q: 'paspor ilang', slug: 'paspor-hilang-rusak', kind: 'kolokial' },
  { q: 'paspor anak kena air, halamannya sobek, dendanya brp', slug: 'paspor-hilang-rusak', kind: 'singkatan' },
  { q: 'penggantian paspor karena rusak', slug: 'paspor-hilang-rusak', kind: 'resmi' },
  { q: 'lost my passport waktu mudik, mau replace bawa apa', slug: 'paspor-hilang-rusak', kind: 'campuran' },
  {
    q: 'paspor saya kebakar bareng rumah, bulan depan mau ke malaysia, bisa ngurus di mpp? berapa hari jadinya',
    slug: 'paspor-hilang-rusak',
    kind: 'kolokial',
  },
  // Penggantian Paspor (Habis Berlaku atau Halaman Penuh)
  { q: 'paspor abis masa berlaku', slug: 'paspor', kind: 'kolokial' },
  { q: 'halaman paspor penuh cap', slug: 'paspor', kind: 'kolokial' },
  { q: 'renew passport istri dan anak', slug: 'paspor', kind: 'campuran' },
  { q: 'paspor 5 thn sy expired, mau umroh, antri m-paspor pilih mpp pekalongan bs?', slug: 'paspor', kind: 'singkatan' },
  { q: 'paspot', slug: 'paspor', kind: 'salah ketik' },
  // Mutasi dan Pembetulan SPPT PBB-P2
  { q: 'nama di sppt masih pemilik lama', slug: 'pbb-mutasi', kind: 'kolokial' },
  { q: 'tanah warisan bapak mau dipecah jadi 3 buat anak2, pbb nya gmn', slug: 'pbb-mutasi', kind: 'singkatan' },
  { q: 'luas tanah di sppt kliru', slug: 'pbb-mutasi', kind: 'kolokial' },
  { q: 'mutasi objek pajak pbb', slug: 'pbb-mutasi', kind: 'resmi' },
  { q: 'sppt msh atas nama almarhum simbah', slug: 'pbb-mutasi', kind: 'singkatan' },
  // Pendaftaran Objek Pajak PBB-P2 Baru
  { q: 'rumah baru blm ada pbb', slug: 'pbb-objek-baru', kind: 'singkatan' },
  { q: 'pendaftaran objek pajak baru', slug: 'pbb-objek-baru', kind: 'resmi' },
  {
    q: 'beli kavling hasil pecahan, belum punya nop sendiri, daftarnya bawa apa',
    slug: 'pbb-objek-baru',
    also: ['pbb-mutasi'],
    kind: 'kolokial',
  },
  { q: 'new property tax number', slug: 'pbb-objek-baru', kind: 'campuran' },
  { q: 'daftar sppt omah anyar', slug: 'pbb-objek-baru', kind: 'kolokial' },
  // Persetujuan Bangunan Gedung (PBG)
  { q: 'ngurus imb', slug: 'pbg', kind: 'kolokial' },
  { q: 'mau nambah lantai 2 di rumah, perlu izin? biayanya brp', slug: 'pbg', kind: 'kolokial' },
  { q: 'persetujuan bangunan gedung', slug: 'pbg', kind: 'resmi' },
  { q: 'simbg daftar akun', slug: 'pbg', also: ['slf'], kind: 'singkatan' },
  { q: 'building permit buat rumah dua lantai', slug: 'pbg', kind: 'campuran' },
  // Balik Nama Pelanggan Air
  { q: 'rekening air masih nama pemilik lama', slug: 'pdam-balik-nama', kind: 'kolokial' },
  { q: 'beli rumah bekas, meteran air msh atas nama org lain, balik nama brp', slug: 'pdam-balik-nama', kind: 'singkatan' },
  { q: 'baliknama pdam', slug: 'pdam-balik-nama', kind: 'salah ketik' },
  { q: 'pengalihan nama pelanggan air minum', slug: 'pdam-balik-nama', kind: 'resmi' },
  { q: 'rumah warisan amak, tagihan aia nak diganti ka namo ambo', slug: 'pdam-balik-nama', kind: 'kolokial' },
  // Pembayaran Tagihan Air
  { q: 'bayar rekening banyu', slug: 'pdam-pembayaran', kind: 'kolokial' },
  {
    q: 'nunggak tagihan air 3 bulan, bisa dilunasi sekaligus di gerai? cukup bawa nomor pelanggan?',
    slug: 'pdam-pembayaran',
    kind: 'kolokial',
  },
  { q: 'pembayaran tagihan air minum', slug: 'pdam-pembayaran', kind: 'resmi' },
  { q: 'byr pdam di mpp ada admin ga', slug: 'pdam-pembayaran', kind: 'singkatan' },
  { q: 'pay water bill tanpa biaya admin', slug: 'pdam-pembayaran', kind: 'campuran' },
  // Pengaduan Gangguan Air dan Tagihan
  { q: 'air pdam mati 2 hari', slug: 'pdam-pengaduan', kind: 'kolokial' },
  { q: 'banyune butek', slug: 'pdam-pengaduan', kind: 'kolokial' },
  { q: 'tagihan air bulan ini naik 3x lipat padahal pemakaian biasa aja, lapor kmn', slug: 'pdam-pengaduan', kind: 'singkatan' },
  { q: 'complain meteran air macet', slug: 'pdam-pengaduan', kind: 'campuran' },
  { q: 'pengaduan gangguan air', slug: 'pdam-pengaduan', kind: 'resmi' },
  // Pemasangan Sambungan Air Baru
  { q: 'pasang air ledeng rumah baru', slug: 'pdam-sambungan-baru', kind: 'kolokial' },
  { q: 'sy ngontrak rumah blm ada air pdam, mau pasang perlu izin pemilik? biaya brp', slug: 'pdam-sambungan-baru', kind: 'singkatan' },
  { q: 'permohonan sambungan air minum', slug: 'pdam-sambungan-baru', kind: 'resmi' },
  { q: 'sambunagn air baru', slug: 'pdam-sambungan-baru', kind: 'salah ketik' },
  { q: 'hoyong masang cai pdam ka imah', slug: 'pdam-sambungan-baru', kind: 'kolokial' },
  // Pencatatan Perjanjian Kerja Waktu Tertentu (PKWT)
  { q: 'lapor kontrak karyawan baru ke disnaker', slug: 'pencatatan-pkwt', kind: 'kolokial' },
  {
    q: 'perusahaan kami baru rekrut 20 org kontrak 1 thn, pkwt nya hrs dicatat ke disnaker? paling lambat kapan',
    slug: 'pencatatan-pkwt',
    kind: 'singkatan',
  },
  { q: 'pencatatan perjanjian kerja waktu tertentu', slug: 'pencatatan-pkwt', kind: 'resmi' },
  { q: 'catat pkwt online', slug: 'pencatatan-pkwt', kind: 'singkatan' },
  { q: 'employment contract registration', slug: 'pencatatan-pkwt', kind: 'campuran' },
  // Pendaftaran Haji Reguler
  { q: 'dapet nomor porsi haji', slug: 'pendaftaran-haji', kind: 'kolokial' },
  { q: 'abah ulun handak daftar haji, sudah setor 25 juta di bank, imbah tu ka mana', slug: 'pendaftaran-haji', kind: 'kolokial' },
  { q: 'pendaftaran calon jemaah haji reguler', slug: 'pendaftaran-haji', kind: 'resmi' },
  { q: 'daftr haji pas foto brp', slug: 'pendaftaran-haji', kind: 'salah ketik' },
  { q: 'hajj registration buat ortu', slug: 'pendaftaran-haji', kind: 'campuran' },
  // Pendampingan Pendaftaran Perkara Elektronik (e-Court)
  { q: 'daftar perkara lewat e-court', slug: 'pendampingan-e-court', kind: 'kolokial' },
  { q: 'mau cerai tapi gak ngerti bikin akun ecourt, bisa dibantu petugas?', slug: 'pendampingan-e-court', kind: 'kolokial' },
  { q: 'pendaftaran perkara secara elektronik', slug: 'pendampingan-e-court', kind: 'resmi' },
  { q: 'bayar panjar perkara virtual account', slug: 'pendampingan-e-court', kind: 'campuran' },
  { q: 'ecourt pa pekalongan', slug: 'pendampingan-e-court', kind: 'singkatan' },
  // Pengecekan Sertifikat Tanah
  { q: 'cek keaslian sertifikat tanah', slug: 'pengecekan-sertifikat', kind: 'kolokial' },
  {
    q: 'mau beli tanah, takut sertifikatnya palsu atau dobel, bisa dicek di bpn mpp? bayar brp',
    slug: 'pengecekan-sertifikat',
    kind: 'kolokial',
  },
  { q: 'pengecekan sertipikat', slug: 'pengecekan-sertifikat', kind: 'resmi' },
  { q: 'cek sertifkat', slug: 'pengecekan-sertifikat', kind: 'salah ketik' },
  { q: 'sertifikat mau dijaminin ke bank, diminta cek bpn dulu', slug: 'pengecekan-sertifikat', kind: 'kolokial' },
  // Peralihan Hak atas Tanah (Balik Nama Sertifikat)
  { q: 'sertifikat warisan mau dibalik nama ke anak', slug: 'peralihan-hak', kind: 'kolokial' },
  { q: 'beli tanah dr tetangga, ajb udh di ppat, trs balik namanya brp lama', slug: 'peralihan-hak', kind: 'singkatan' },
  { q: 'peralihan hak karena hibah', slug: 'peralihan-hak', kind: 'resmi' },
  { q: 'baliknama serifikat', slug: 'peralihan-hak', kind: 'salah ketik' },
  { q: 'land title transfer setelah jual beli', slug: 'peralihan-hak', kind: 'campuran' },
  // Pengiriman Dokumen Hasil Layanan ke Rumah
  { q: 'paspor dikirim ke rumah', slug: 'pos-pengiriman-dokumen', kind: 'kolokial' },
  {
    q: 'sy kerja di semarang gk bs balik ke mpp ambil dokumen, bs dikirim pos? ongkir brp',
    slug: 'pos-pengiriman-dokumen',
    kind: 'singkatan',
  },
  { q: 'pengiriman dokumen hasil layanan', slug: 'pos-pengiriman-dokumen', kind: 'resmi' },
  { q: 'delivery dokumen mpp ke luar kota', slug: 'pos-pengiriman-dokumen', kind: 'campuran' },
  { q: 'titip kirim sk izin lewat pos', slug: 'pos-pengiriman-dokumen', kind: 'kolokial' },
  // Rekomendasi Paspor Haji
  { q: 'rekom paspor haji', slug: 'rekomendasi-paspor-haji', kind: 'singkatan' },
  {
    q: 'tahun ini bapak ibu saya berangkat haji, sudah lunas, buat bikin paspor perlu surat dari kemenag?',
    slug: 'rekomendasi-paspor-haji',
    kind: 'kolokial',
  },
  { q: 'surat rekomendasi paspor jemaah haji', slug: 'rekomendasi-paspor-haji', kind: 'resmi' },
  { q: 'rekomendasi pasport haji', slug: 'rekomendasi-paspor-haji', kind: 'salah ketik' },
  { q: 'rekomendasi kemenag utk paspor haji brp hari', slug: 'rekomendasi-paspor-haji', kind: 'singkatan' },
  // Rekomendasi Peserta PBI Jaminan Kesehatan
  { q: 'bpjs ditanggung pemda', slug: 'rekomendasi-pbi-jk', kind: 'kolokial' },
  { q: 'emak sy lg dirawat di rs, gk mampu bayar iuran bpjs, bs dibantu pemerintah?', slug: 'rekomendasi-pbi-jk', kind: 'singkatan' },
  { q: 'rekomendasi penerima bantuan iuran', slug: 'rekomendasi-pbi-jk', kind: 'resmi' },
  { q: 'pindah bpjs mandiri ke pbi', slug: 'rekomendasi-pbi-jk', kind: 'singkatan' },
  { q: 'free health insurance orang miskin', slug: 'rekomendasi-pbi-jk', kind: 'campuran' },
  // Roya (Penghapusan Hak Tanggungan)
  { q: 'hapus roya sertifikat', slug: 'roya', kind: 'kolokial' },
  {
    q: 'kredit rumah di bank udah lunas, sertifikat udah diambil, tp msh ada catatan hak tanggungan, gmn',
    slug: 'roya',
    kind: 'singkatan',
  },
  { q: 'penghapusan hak tanggungan', slug: 'roya', kind: 'resmi' },
  { q: 'roya sertfikat', slug: 'roya', kind: 'salah ketik' },
  { q: 'mortgage lunas, angkat roya di mana', slug: 'roya', kind: 'campuran' },
  // Pembuatan SIM Baru
  { q: 'bikin sim c pertama', slug: 'sim-baru', kind: 'kolokial' },
  { q: 'anak sy baru 17 mau bikin sim motor, di mpp bisa ujian?', slug: 'sim-baru', kind: 'singkatan' },
  { q: 'penerbitan sim baru', slug: 'sim-baru', kind: 'resmi' },
  { q: 'ujian praktek sim motor di mpp', slug: 'sim-baru', kind: 'kolokial' },
  { q: 'first time driving license, test nya dimana', slug: 'sim-baru', kind: 'campuran' },
  // Perpanjangan SIM A dan SIM C
  { q: 'sim c mau habis', slug: 'sim-perpanjangan', kind: 'kolokial' },
  { q: 'sim sy berlaku sampai minggu depan, perpanjang di mpp bisa sabtu? bawa apa', slug: 'sim-perpanjangan', kind: 'singkatan' },
  { q: 'perpanjangan surat izin mengemudi', slug: 'sim-perpanjangan', kind: 'resmi' },
  { q: 'perpanjangn sim', slug: 'sim-perpanjangan', kind: 'salah ketik' },
  { q: 'renew sim a ongkosnya berapa', slug: 'sim-perpanjangan', kind: 'campuran' },
  // Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan
  { q: 'izin praktek mandiri bidan', slug: 'sip-tenaga-kesehatan', kind: 'kolokial' },
  { q: 'sy perawat baru diterima di klinik pekalongan, str udh ada, sip ngurus dmn', slug: 'sip-tenaga-kesehatan', kind: 'singkatan' },
  { q: 'surat izin praktik dokter gigi', slug: 'sip-tenaga-kesehatan', kind: 'resmi' },
  { q: 'sip apotekr', slug: 'sip-tenaga-kesehatan', kind: 'salah ketik' },
  { q: 'practice license dokter umum praktik sore', slug: 'sip-tenaga-kesehatan', kind: 'campuran' },
  // SKCK Baru
  { q: 'surat catatan polisi buat daftar kerja', slug: 'skck-baru', kind: 'kolokial' },
  { q: 'mau daftar cpns diminta skck, blm pernah bikin, pas foto latar apa', slug: 'skck-baru', kind: 'singkatan' },
  { q: 'penerbitan skck', slug: 'skck-baru', kind: 'resmi' },
  { q: 'skkb', slug: 'skck-baru', kind: 'singkatan' },
  { q: 'police clearance lamaran kerja', slug: 'skck-baru', kind: 'campuran' },
  // Perpanjangan SKCK
  { q: 'skck kadaluarsa', slug: 'skck-perpanjangan', kind: 'kolokial' },
  { q: 'skck sy habis bulan lalu, perpanjang cukup bawa yg lama?', slug: 'skck-perpanjangan', kind: 'singkatan' },
  { q: 'perpanjangan surat keterangan catatan kepolisian', slug: 'skck-perpanjangan', kind: 'resmi' },
  { q: 'perpanjng skck', slug: 'skck-perpanjangan', kind: 'salah ketik' },
  { q: 'renew skck buat perpanjang kontrak kerja', slug: 'skck-perpanjangan', kind: 'campuran' },
  // Sertifikat Laik Fungsi (SLF)
  { q: 'slf ruko', slug: 'slf', kind: 'singkatan' },
  { q: 'gedung sekolah swasta baru selesai dibangun, sebelum dipakai perlu sertifikat apa', slug: 'slf', kind: 'kolokial' },
  { q: 'penerbitan sertifikat laik fungsi bangunan', slug: 'slf', kind: 'resmi' },
  { q: 'sertifikat layak fungsi', slug: 'slf', kind: 'salah ketik' },
  { q: 'building occupancy certificate', slug: 'slf', kind: 'campuran' },
  // Sertifikat Laik Higiene Sanitasi (SLHS)
  { q: 'sertifikat higiene buat usaha katering', slug: 'slhs', kind: 'kolokial' },
  { q: 'depot air isi ulang butuh sertifikat sanitasi, uji lab dmn dan brp lama', slug: 'slhs', kind: 'singkatan' },
  { q: 'sertifikat laik higiene sanitasi', slug: 'slhs', kind: 'resmi' },
  { q: 'slhs rumah makan padang', slug: 'slhs', kind: 'singkatan' },
  { q: 'hygiene certificate dapur restoran', slug: 'slhs', kind: 'campuran' },
  // Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)
  { q: 'izin pirt keripik singkong rumahan', slug: 'spp-irt', kind: 'singkatan' },
  { q: 'ibu2 pkk bikin sambel botolan mau dijual ke toko oleh2, perlu izin apa', slug: 'spp-irt', kind: 'singkatan' },
  { q: 'sertifikat produksi pangan industri rumah tangga', slug: 'spp-irt', kind: 'resmi' },
  { q: 'izin dagang kue kering kemasan', slug: 'spp-irt', also: ['nib'], kind: 'kolokial' },
  { q: 'home food production license', slug: 'spp-irt', kind: 'campuran' },
  // Pindah Keluar dan Pindah Datang
  { q: 'pindah ke luar kota', slug: 'surat-pindah', kind: 'kolokial' },
  {
    q: 'sy dr brebes pindah ikut suami ke pekalongan, sdh bawa skpwni, trs ngapain',
    slug: 'surat-pindah',
    also: ['kartu-keluarga-baru'],
    kind: 'singkatan',
  },
  { q: 'surat keterangan pindah wni', slug: 'surat-pindah', kind: 'resmi' },
  { q: 'mutasi domisili', slug: 'surat-pindah', kind: 'kolokial' },
  { q: 'moving out pekalongan pindah ke jakarta', slug: 'surat-pindah', kind: 'campuran' },
  // Klaim Tabungan Hari Tua dan Pensiun Pertama ASN
  { q: 'ambil tabungan hari tua pns', slug: 'taspen-klaim-pensiun', kind: 'kolokial' },
  {
    q: 'bapak guru pns pensiun bulan depan, berkas taspen bisa diajukan sekarang? perlu skpp',
    slug: 'taspen-klaim-pensiun',
    kind: 'kolokial',
  },
  { q: 'klaim pensiun pertama asn', slug: 'taspen-klaim-pensiun', kind: 'resmi' },
  { q: 'bapak awak baru pensiun pns, kek mana ngurus tht nya lae', slug: 'taspen-klaim-pensiun', kind: 'kolokial' },
  { q: 'retirement claim pns', slug: 'taspen-klaim-pensiun', kind: 'campuran' },
  // Otentikasi Peserta Pensiun
  { q: 'uang pensiun ga masuk', slug: 'taspen-otentikasi', kind: 'kolokial' },
  {
    q: 'ibu saya janda pensiunan, gak bisa scan wajah di aplikasi taspen, pensiunnya nanti berhenti?',
    slug: 'taspen-otentikasi',
    kind: 'kolokial',
  },
  { q: 'autentikasi peserta pensiun', slug: 'taspen-otentikasi', kind: 'resmi' },
  { q: 'verifikasi wajah pensiunan yg gagal terus', slug: 'taspen-otentikasi', kind: 'singkatan' },
  { q: 'face recognition taspen gagal', slug: 'taspen-otentikasi', kind: 'campuran' },
  // Pembayaran Denda dan Pengambilan Barang Bukti Tilang
  { q: 'ambil sim yg ditilang', slug: 'tilang', kind: 'singkatan' },
  { q: 'kena etle kemarin, dendanya berapa dan stnk diambil dimana', slug: 'tilang', kind: 'kolokial' },
  { q: 'pengambilan barang bukti tilang', slug: 'tilang', kind: 'resmi' },
  { q: 'denda tilng', slug: 'tilang', kind: 'salah ketik' },
  { q: 'bayar denda traffic ticket ambil stnk', slug: 'tilang', kind: 'campuran' },
  // Pendaftaran Pengujian Berkala Kendaraan Bermotor (Uji KIR)
  { q: 'kir pikap', slug: 'uji-kir', kind: 'singkatan' },
  { q: 'truk engkel sy kartu uji habis bulan ini, daftar kir di mpp trs ujinya dmn', slug: 'uji-kir', kind: 'singkatan' },
  { q: 'pengujian berkala kendaraan bermotor', slug: 'uji-kir', kind: 'resmi' },
  { q: 'uji kiir', slug: 'uji-kir', kind: 'salah ketik' },
  { q: 'mobil bak terbuka wajib diuji tiap berapa bulan', slug: 'uji-kir', kind: 'kolokial' },
];

export const TENTH_NOT_OFFERED: readonly string[] = [
  'daftar umroh',
  'legalisir ijasah sma buat ngelamar kerja',
  'mau hajatan nikahan pake orgen tunggal sampe malem, izin keramaiannya ngurus dmn',
  'anak sy mau kuliah di jepang, student visa bisa diurus di mpp ga?',
  'tiang lakar ngae sertifikat halal anggen jaja, dija ngurusne',
  'izin edar bpom kosmetik',
  'perpanjang str perawat',
  'izin operasional klinik pratama',
  'mobil pribadi sy mau uji emisi biar gk kena tilang, dmn',
  'pasang listrik pln rumah baru',
  'lae, beli token listrik di mpp bisa rupanya?',
  'surat kehilangan dr polsek',
  'bpkb motor ilang gmn ngurusnya',
  'abis tabrakan motor, biaya rs katanya bisa ditanggung jasa raharja, klaimnya dmn',
  'surat izin penelitian skripsi',
  'daftar merek dagang batik',
  'hoyong ngiring pelatihan jahit di blk',
  'surat keterangan usaha dari kelurahan',
  'perpanjng kitas istri wna',
  'sampah di gang kagak diangkut 2 minggu, ngadu kemane',
  'lampu jalan mati depan rumah',
  'report jalan rusak berlubang',
  'ambo nio manggadaian ameh, di mpp bisa?',
  'pengajuan kpr rumah subsidi',
  'mau kerja di kapal, diminta surat bebas narkoba dr bnn, tes nya dmn',
  'donor darah',
  'daftar nikah di kua kecamatan',
  'surat pindah sekolah anak',
  'usul kenaikan pangkat pns',
  'engkok terro ngurus kartu tani buat pupuk subsidi',
  'rekomendasi bbm solar nelayan',
  'vaksin rabiez anjing',
  'daftar kartu prakerja',
  'pendaftaran cpns',
  'ppdb sd zonasi',
  'surat keterangan sehat buat daftar kuliah',
  'izin trayek angkot',
  'mau ki urus izin tambang pasir, di mana ki',
  'apply credit card',
  'ketipu belanja online, mau lapor polisi bisa di mpp?',
];
