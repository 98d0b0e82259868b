// A twelfth held-out set of resident queries, written and labelled from the sample content
// (content/layanan/, content/gerai/, content/panduan/, content/instansi/) only, and committed
// before any of them was typed into the search. Every service file was read whole (title,
// summary, aliases, requirements and their conditions, steps, time, cost, availability) and
// given five queries in file order: situations rather than document names where a resident
// would describe one, some formal names and acronyms, questions, typos, chat abbreviations,
// English mixes and voices from Java, Sumatra, Kalimantan, Sulawesi, Bali, NTB, NTT, Maluku,
// Papua and Madura. The not-offered lines were checked against every layanan and gerai file.
// The rule of held-out.ts holds: never change the dictionary, stop words or ranking to fix one
// line of this file; fix the general cause and add new examples of it to queries.ts. A label may
// be changed only when it was wrong (the service a careful clerk at the counter would name), never
// to match a result. `also` lists other services a clerk would accept just as well as `slug`.
import type { FreshQuery } from './fresh.ts';

export const TWELFTH: readonly FreshQuery[] = [
  // Akta Kelahiran
  {
    q: 'anak sy baru lahir 2 mgg lalu, ngurus akte nya dmn ya',
    slug: 'akta-kelahiran',
    kind: 'singkatan',
  },
  {
    q: 'lahiran di bidan tp surat ket lahir ilang, msh bisa bikin akta?',
    slug: 'akta-kelahiran',
    kind: 'kolokial',
  },
  { q: 'persyaratan pencatatan kelahiran bayi', slug: 'akta-kelahiran', kind: 'resmi' },
  { q: 'aktee lahir anak pertma', slug: 'akta-kelahiran', kind: 'salah ketik' },
  { q: 'anakku lair wingi, gawe akte lair nang ngendi', slug: 'akta-kelahiran', kind: 'campuran' },

  // Akta Kematian
  {
    q: 'bapak meninggal minggu lalu, surat kematiannya ngurus dimana',
    slug: 'akta-kematian',
    kind: 'kolokial',
  },
  { q: 'pencatatan kematian anggota keluarga syaratnya', slug: 'akta-kematian', kind: 'resmi' },
  {
    q: 'akte kematin almarhumah ibu utk ngurus warisan',
    slug: 'akta-kematian',
    kind: 'salah ketik',
  },
  {
    q: 'mertua wafat, perlu akta meninggal buat klaim asuransi',
    slug: 'akta-kematian',
    kind: 'kolokial',
  },
  {
    q: 'urang gaek ambo alah maningga, baa caro mauruih akta kamatian',
    slug: 'akta-kematian',
    kind: 'campuran',
  },

  // Akta Perkawinan (Non-Muslim)
  {
    q: 'baru nikah di gereja, catatan sipilnya ngurus dimana',
    slug: 'akta-perkawinan',
    kind: 'kolokial',
  },
  { q: 'pencatatan perkawinan umat hindu setelah upacara', slug: 'akta-perkawinan', kind: 'resmi' },
  { q: 'sudah nikah di vihara, bisa dicatat di capil?', slug: 'akta-perkawinan', kind: 'kolokial' },
  { q: 'akte perkawinaan katolik', slug: 'akta-perkawinan', kind: 'salah ketik' },
  {
    q: 'torang so kaweng di gereja, mo urus akta kaweng di mana',
    slug: 'akta-perkawinan',
    kind: 'campuran',
  },

  // Aktivasi Akun Coretax dan Kode Otorisasi
  { q: 'lupa password coretax gmn resetnya', slug: 'aktivasi-akun-coretax', kind: 'singkatan' },
  {
    q: 'cara bikin kode otorisasi djp buat tanda tangan spt',
    slug: 'aktivasi-akun-coretax',
    kind: 'kolokial',
  },
  {
    q: 'email yg terdaftar di pajak udh gk aktif, gk bisa login',
    slug: 'aktivasi-akun-coretax',
    kind: 'singkatan',
  },
  {
    q: 'aktivasi akun wajib pajak pada sistem inti administrasi perpajakan',
    slug: 'aktivasi-akun-coretax',
    kind: 'resmi',
  },
  {
    q: "can't login coretax account, need help to activate",
    slug: 'aktivasi-akun-coretax',
    kind: 'campuran',
  },

  // Aktivasi Identitas Kependudukan Digital (IKD)
  { q: 'ktp digital di hp cara aktifinnya gmn', slug: 'aktivasi-ikd', kind: 'singkatan' },
  { q: 'aktivasi identitas kependudukan digital', slug: 'aktivasi-ikd', kind: 'resmi' },
  { q: 'aplikasi ikd gagal verifikasi wajah terus', slug: 'aktivasi-ikd', kind: 'kolokial' },
  { q: 'pengen ktp masuk hp biar gak usah bawa dompet', slug: 'aktivasi-ikd', kind: 'kolokial' },
  { q: 'aktivsi ikd kode gak masuk email', slug: 'aktivasi-ikd', kind: 'salah ketik' },

  // Asistensi Pelaporan SPT Tahunan
  {
    q: 'minta tolong diisiin spt tahunan karyawan',
    slug: 'asistensi-spt-tahunan',
    kind: 'kolokial',
  },
  { q: 'bantuan pelaporan spt pph orang pribadi', slug: 'asistensi-spt-tahunan', kind: 'resmi' },
  {
    q: 'bukti potong 1721 dr kantor udh ada, lapornya gmn',
    slug: 'asistensi-spt-tahunan',
    kind: 'singkatan',
  },
  { q: 'help me file my annual tax return', slug: 'asistensi-spt-tahunan', kind: 'campuran' },
  { q: 'laporr spt taunan', slug: 'asistensi-spt-tahunan', kind: 'salah ketik' },

  // Pembayaran Pajak dan Retribusi Daerah
  { q: 'setor bphtb pakai kode bayar', slug: 'bank-jateng-pajak-daerah', kind: 'kolokial' },
  {
    q: 'pembayaran pajak bumi dan bangunan perdesaan perkotaan',
    slug: 'bank-jateng-pajak-daerah',
    kind: 'resmi',
  },
  { q: 'sppt pbb udh dtg, mo bayar dmn', slug: 'bank-jateng-pajak-daerah', kind: 'singkatan' },
  {
    q: 'dija tongos mayah pbb, sppt sube teka',
    slug: 'bank-jateng-pajak-daerah',
    kind: 'campuran',
  },
  {
    q: 'bayar retribusi daerah pake kartu debit',
    slug: 'bank-jateng-pajak-daerah',
    kind: 'kolokial',
  },

  // Pembukaan Rekening Tabungan Bank Jateng
  { q: 'buka tabungan pelajar buat anak SD', slug: 'bank-jateng-rekening', kind: 'kolokial' },
  {
    q: 'bikin rekening bank jateng setoran awal brp',
    slug: 'bank-jateng-rekening',
    kind: 'singkatan',
  },
  {
    q: 'pembukaan rekening tabungan perorangan bank pembangunan daerah',
    slug: 'bank-jateng-rekening',
    kind: 'resmi',
  },
  { q: 'tabungan bank jatng', slug: 'bank-jateng-rekening', kind: 'salah ketik' },
  {
    q: 'buka rekening bpd jateng buat gajian honorer',
    slug: 'bank-jateng-rekening',
    kind: 'kolokial',
  },

  // Validasi BPHTB
  {
    q: 'beli rumah, katanya bphtb harus divalidasi dulu sblm balik nama',
    slug: 'bphtb-validasi',
    kind: 'kolokial',
  },
  { q: 'validasi sspd bphtb sebelum ke bpn', slug: 'bphtb-validasi', kind: 'singkatan' },
  {
    q: 'penelitian bea perolehan hak atas tanah dan bangunan',
    slug: 'bphtb-validasi',
    kind: 'resmi',
  },
  { q: 'validasi bphtb brp hari jadinya', slug: 'bphtb-validasi', kind: 'singkatan' },
  { q: 'vaidasi bphtb notaris', slug: 'bphtb-validasi', kind: 'salah ketik' },

  // Pendaftaran Peserta BPJS Kesehatan Mandiri
  {
    q: 'daftar bpjs mandiri sekeluarga, kerja saya ojek',
    slug: 'bpjs-kesehatan-pendaftaran',
    kind: 'kolokial',
  },
  {
    q: 'iuran bpjs kelas 3 brp kalo daftar mandiri',
    slug: 'bpjs-kesehatan-pendaftaran',
    kind: 'singkatan',
  },
  {
    q: 'pendaftaran peserta jaminan kesehatan nasional perorangan',
    slug: 'bpjs-kesehatan-pendaftaran',
    kind: 'resmi',
  },
  {
    q: 'bikin kartu kis mandiri buat pedagang pasar',
    slug: 'bpjs-kesehatan-pendaftaran',
    kind: 'kolokial',
  },
  {
    q: 'abdi teu acan gaduh bpjs, hoyong daftar',
    slug: 'bpjs-kesehatan-pendaftaran',
    kind: 'campuran',
  },

  // Perubahan Data Peserta BPJS Kesehatan
  {
    q: 'nambahin bayi baru lahir ke bpjs ibunya',
    slug: 'bpjs-kesehatan-perubahan-data',
    kind: 'kolokial',
  },
  { q: 'turun kelas bpjs dari 1 ke 3', slug: 'bpjs-kesehatan-perubahan-data', kind: 'kolokial' },
  {
    q: 'ganti no hp di data bpjs kesehatan',
    slug: 'bpjs-kesehatan-perubahan-data',
    kind: 'singkatan',
  },
  {
    q: 'penambahan anggota keluarga peserta jkn suami istri',
    slug: 'bpjs-kesehatan-perubahan-data',
    kind: 'resmi',
  },
  { q: 'upadate data bpjs nama salah', slug: 'bpjs-kesehatan-perubahan-data', kind: 'salah ketik' },

  // Pindah Fasilitas Kesehatan Tingkat Pertama
  {
    q: 'pengen ganti puskesmas bpjs ke yg deket rumah',
    slug: 'bpjs-kesehatan-pindah-faskes',
    kind: 'kolokial',
  },
  {
    q: 'pindah klinik faskes 1, udh 3 bulan',
    slug: 'bpjs-kesehatan-pindah-faskes',
    kind: 'singkatan',
  },
  {
    q: 'perubahan fasilitas kesehatan tingkat pertama peserta jkn',
    slug: 'bpjs-kesehatan-pindah-faskes',
    kind: 'resmi',
  },
  {
    q: 'bah, puskesmas bpjs ku jauh kali, bisa pindah rupanya?',
    slug: 'bpjs-kesehatan-pindah-faskes',
    kind: 'kolokial',
  },
  { q: 'pinda faskes bpjs', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'salah ketik' },

  // Pendaftaran Peserta Bukan Penerima Upah (BPU)
  { q: 'ojol mau daftar bpjs tk sendiri gmn', slug: 'bpjs-ketenagakerjaan-bpu', kind: 'singkatan' },
  {
    q: 'nelayan bisa ikut jaminan kecelakaan kerja?',
    slug: 'bpjs-ketenagakerjaan-bpu',
    kind: 'kolokial',
  },
  {
    q: 'pendaftaran peserta bukan penerima upah jkk jkm',
    slug: 'bpjs-ketenagakerjaan-bpu',
    kind: 'resmi',
  },
  {
    q: 'perajin batik rumahan pengen ada asuransi kerja',
    slug: 'bpjs-ketenagakerjaan-bpu',
    kind: 'kolokial',
  },
  {
    q: 'supir pete-pete mau daftar bpjs tenaga kerja bisaji?',
    slug: 'bpjs-ketenagakerjaan-bpu',
    kind: 'kolokial',
  },

  // Klaim Jaminan Hari Tua (JHT)
  {
    q: 'resign dari pabrik, mau cairin jht',
    slug: 'bpjs-ketenagakerjaan-klaim-jht',
    kind: 'kolokial',
  },
  {
    q: 'klaim jaminan hari tua setelah berhenti bekerja',
    slug: 'bpjs-ketenagakerjaan-klaim-jht',
    kind: 'resmi',
  },
  {
    q: 'paklaring udh ada, cairin jht brp hri',
    slug: 'bpjs-ketenagakerjaan-klaim-jht',
    kind: 'singkatan',
  },
  {
    q: 'ambil saldo jamsostek 10 persen padahal masih kerja',
    slug: 'bpjs-ketenagakerjaan-klaim-jht',
    kind: 'kolokial',
  },
  {
    q: 'kena phk, duit bpjs tenaga kerja bisa diambil?',
    slug: 'bpjs-ketenagakerjaan-klaim-jht',
    kind: 'kolokial',
  },

  // Konsultasi dan Pengajuan Kredit Usaha Rakyat (KUR)
  { q: 'pinjam modal buat warung kelontong di bri', slug: 'bri-kur', kind: 'kolokial' },
  { q: 'kredit usaha rakyat syarat nib atau sku', slug: 'bri-kur', kind: 'singkatan' },
  { q: 'pengajuan KUR mikro untuk UMKM', slug: 'bri-kur', kind: 'resmi' },
  { q: 'petani mau pinjem kur buat beli bibit', slug: 'bri-kur', kind: 'kolokial' },
  { q: 'ulun handak minjam duit gasan modal bajualan', slug: 'bri-kur', kind: 'campuran' },

  // Pembukaan Rekening Tabungan BRI
  { q: 'buka rekening bri buat nerima bansos', slug: 'bri-rekening', kind: 'kolokial' },
  { q: 'bikin atm bri baru, syarat ktp aja?', slug: 'bri-rekening', kind: 'singkatan' },
  { q: 'pembukaan rekening tabungan simpedes', slug: 'bri-rekening', kind: 'resmi' },
  { q: 'open bank account BRI for salary', slug: 'bri-rekening', kind: 'campuran' },
  { q: 'buka rekning britama', slug: 'bri-rekening', kind: 'salah ketik' },

  // Pendaftaran dan Pembaruan Data Sosial Ekonomi untuk Bantuan Sosial
  {
    q: 'gmn caranya biar dapet bansos, blm pernah terdaftar',
    slug: 'data-sosial-ekonomi',
    kind: 'singkatan',
  },
  { q: 'daftar dtks keluarga miskin', slug: 'data-sosial-ekonomi', kind: 'singkatan' },
  {
    q: 'pendaftaran data tunggal sosial ekonomi nasional',
    slug: 'data-sosial-ekonomi',
    kind: 'resmi',
  },
  {
    q: 'nama sy ilang dr penerima pkh, mau update data',
    slug: 'data-sosial-ekonomi',
    kind: 'singkatan',
  },
  {
    q: 'sa pu keluarga belum dapat bantuan sembako, daftar di mana kah',
    slug: 'data-sosial-ekonomi',
    kind: 'campuran',
  },

  // Informasi Prosedur Perkara di Pengadilan Agama
  {
    q: 'mau gugat cerai suami, syaratnya apa aja',
    slug: 'informasi-perkara-pengadilan-agama',
    kind: 'kolokial',
  },
  {
    q: 'isbat nikah buat nikah siri dulu',
    slug: 'informasi-perkara-pengadilan-agama',
    kind: 'kolokial',
  },
  {
    q: 'dispensasi kawin anak belum 19 tahun',
    slug: 'informasi-perkara-pengadilan-agama',
    kind: 'kolokial',
  },
  {
    q: 'prosedur perkara perwalian anak di pengadilan agama',
    slug: 'informasi-perkara-pengadilan-agama',
    kind: 'resmi',
  },
  {
    q: 'biaya cerai di PA brp, ada yg gratis?',
    slug: 'informasi-perkara-pengadilan-agama',
    kind: 'singkatan',
    also: ['pendampingan-e-court'],
  },

  // Informasi dan Konsultasi Pertanahan
  {
    q: 'tanah warisan blm bersertifikat, gmn daftarnya',
    slug: 'informasi-pertanahan',
    kind: 'singkatan',
  },
  { q: 'tanya2 soal ptsl sertifikat gratis', slug: 'informasi-pertanahan', kind: 'singkatan' },
  { q: 'konsultasi pendaftaran tanah pertama kali', slug: 'informasi-pertanahan', kind: 'resmi' },
  { q: 'sertifikat elektronik bpn itu apa', slug: 'informasi-pertanahan', kind: 'kolokial' },
  { q: 'masih pegang letter c, bisa jadi shm?', slug: 'informasi-pertanahan', kind: 'kolokial' },

  // Verifikasi Perizinan Apotek dan Toko Obat
  { q: 'mau buka apotek, perizinannya lewat mana', slug: 'izin-apotek', kind: 'kolokial' },
  { q: 'sertifikat standar toko obat', slug: 'izin-apotek', kind: 'resmi' },
  {
    q: 'pemodal bukan apoteker, kerja sama buat buka apotik',
    slug: 'izin-apotek',
    kind: 'kolokial',
  },
  { q: 'izin apotk baru', slug: 'izin-apotek', kind: 'salah ketik' },
  { q: 'pharmacy license requirements', slug: 'izin-apotek', kind: 'campuran' },

  // Izin Penyelenggaraan Reklame
  { q: 'pasang baliho promo toko di pinggir jalan', slug: 'izin-reklame', kind: 'kolokial' },
  { q: 'izin papan nama usaha gede di depan ruko', slug: 'izin-reklame', kind: 'kolokial' },
  { q: 'izin penyelenggaraan reklame billboard', slug: 'izin-reklame', kind: 'resmi' },
  { q: 'spanduk jualan perlu izin gk', slug: 'izin-reklame', kind: 'singkatan' },
  { q: 'ijin reklame neon box', slug: 'izin-reklame', kind: 'salah ketik' },

  // Kartu Identitas Anak (KIA)
  { q: 'ktp anak buat anak 8 tahun', slug: 'kartu-identitas-anak', kind: 'kolokial' },
  { q: 'kia syarat pas foto ukuran brp', slug: 'kartu-identitas-anak', kind: 'singkatan' },
  { q: 'penerbitan kartu identitas anak', slug: 'kartu-identitas-anak', kind: 'resmi' },
  {
    q: 'anak sekolah diminta kartu identitas, kan blm 17',
    slug: 'kartu-identitas-anak',
    kind: 'kolokial',
  },
  { q: 'budak abdi hoyong didamelkeun kartu anak', slug: 'kartu-identitas-anak', kind: 'campuran' },

  // Kartu Keluarga (KK) Baru
  { q: 'baru nikah pengen pisah kk dari ortu', slug: 'kartu-keluarga-baru', kind: 'singkatan' },
  { q: 'habis cerai bikin kk sendiri', slug: 'kartu-keluarga-baru', kind: 'kolokial' },
  {
    q: 'penerbitan kartu keluarga untuk keluarga baru',
    slug: 'kartu-keluarga-baru',
    kind: 'resmi',
  },
  { q: 'pecah kk, syaratnya apa', slug: 'kartu-keluarga-baru', kind: 'kolokial' },
  { q: 'la akabin, terro aghabay kk dhibi', slug: 'kartu-keluarga-baru', kind: 'campuran' },

  // Perubahan Data atau Cetak Ulang Kartu Keluarga
  { q: 'kk hilang kena banjir, cetak ulang', slug: 'kartu-keluarga-perubahan', kind: 'kolokial' },
  {
    q: 'ganti pekerjaan di kk dari pelajar jd karyawan',
    slug: 'kartu-keluarga-perubahan',
    kind: 'kolokial',
  },
  { q: 'perubahan elemen data kartu keluarga', slug: 'kartu-keluarga-perubahan', kind: 'resmi' },
  {
    q: 'ngapus nama bapak di kk krn udh meninggal',
    slug: 'kartu-keluarga-perubahan',
    kind: 'singkatan',
    also: ['akta-kematian'],
  },
  { q: 'kartu kelurga sobek mau cetak lg', slug: 'kartu-keluarga-perubahan', kind: 'salah ketik' },

  // Kartu Pencari Kerja (Kartu Kuning/AK-I)
  { q: 'beta mau lamar kerja, dong minta kartu kuning', slug: 'kartu-kuning', kind: 'campuran' },
  { q: 'ak1 syarat ijazah terakhir', slug: 'kartu-kuning', kind: 'singkatan' },
  { q: 'kartu tanda pencari kerja disnaker', slug: 'kartu-kuning', kind: 'resmi' },
  {
    q: 'fresh graduate need yellow card for job application',
    slug: 'kartu-kuning',
    kind: 'campuran',
  },
  { q: 'kartu kunig pencaker', slug: 'kartu-kuning', kind: 'salah ketik' },

  // Konsultasi Hukum Gratis
  {
    q: 'sengketa batas tanah sama tetangga, mau tanya jaksa',
    slug: 'konsultasi-hukum',
    kind: 'kolokial',
  },
  {
    q: 'utang gak dibayar2, bisa konsultasi hukum gratis?',
    slug: 'konsultasi-hukum',
    kind: 'singkatan',
  },
  {
    q: 'layanan konsultasi hukum perdata dan tata usaha negara',
    slug: 'konsultasi-hukum',
    kind: 'resmi',
  },
  { q: 'butuh pengacara tapi gak ada duit', slug: 'konsultasi-hukum', kind: 'kolokial' },
  { q: 'aye ade masalah warisan, mau nanya ame jaksa', slug: 'konsultasi-hukum', kind: 'campuran' },

  // Keterangan Rencana Kota (KRK)
  { q: 'cek peruntukan lahan sebelum bangun ruko', slug: 'krk', kind: 'kolokial' },
  { q: 'keterangan rencana kota syarat pbg', slug: 'krk', kind: 'resmi' },
  { q: 'garis sempadan bangunan rumah saya brp meter', slug: 'krk', kind: 'singkatan' },
  { q: 'tanah ini masuk zona apa di tata ruang', slug: 'krk', kind: 'kolokial' },
  { q: 'krk brp hari jd', slug: 'krk', kind: 'singkatan' },

  // KTP-el Rusak, Hilang atau Berubah Data
  { q: 'e-ktp patah jadi dua', slug: 'ktp-el-rusak-hilang', kind: 'kolokial' },
  {
    q: 'status di ktp masih belum kawin padahal udh nikah',
    slug: 'ktp-el-rusak-hilang',
    kind: 'kolokial',
  },
  { q: 'penggantian ktp elektronik karena rusak', slug: 'ktp-el-rusak-hilang', kind: 'resmi' },
  { q: 'ktp gk kebaca di mesin bank, chip rusak', slug: 'ktp-el-rusak-hilang', kind: 'singkatan' },
  { q: 'ktpku ilang, kudu lapor polisi disik ora', slug: 'ktp-el-rusak-hilang', kind: 'campuran' },

  // KTP-el Baru (Perekaman Pertama)
  { q: 'anak udh 17 taun mau rekam ktp', slug: 'ktp-el', kind: 'singkatan' },
  { q: 'perekaman ktp elektronik pertama kali', slug: 'ktp-el', kind: 'resmi' },
  { q: 'bikin ektp baru, blangko kosong gimana', slug: 'ktp-el', kind: 'singkatan' },
  { q: 'baru nikah umur 16, bisa punya ktp?', slug: 'ktp-el', kind: 'kolokial' },
  { q: 'anakku sudah 17 tahun, mau bikin ktp di mana ki?', slug: 'ktp-el', kind: 'kolokial' },

  // Legalisasi Buku Nikah
  {
    q: 'legalisir fotokopi buku nikah buat syarat visa',
    slug: 'legalisasi-buku-nikah',
    kind: 'kolokial',
  },
  { q: 'pengesahan salinan buku nikah kua', slug: 'legalisasi-buku-nikah', kind: 'resmi' },
  {
    q: 'kantor minta fc surat nikah dilegalisir',
    slug: 'legalisasi-buku-nikah',
    kind: 'singkatan',
  },
  { q: 'legalisasi buku nkh utk paspor istri', slug: 'legalisasi-buku-nikah', kind: 'singkatan' },
  { q: 'legalisir bku nikah', slug: 'legalisasi-buku-nikah', kind: 'salah ketik' },

  // Pendampingan Laporan Kegiatan Penanaman Modal (LKPM)
  { q: 'lapor realisasi investasi per semester di oss', slug: 'lkpm', kind: 'kolokial' },
  { q: 'laporan kegiatan penanaman modal usaha kecil', slug: 'lkpm', kind: 'resmi' },
  { q: 'dapet peringatan blm lapor lkpm', slug: 'lkpm', kind: 'singkatan' },
  { q: 'isi lkpm triwulan dibantu petugas', slug: 'lkpm', kind: 'kolokial' },
  { q: 'lkmp oss', slug: 'lkpm', kind: 'salah ketik' },

  // Nomor Induk Berusaha (NIB) melalui OSS
  { q: 'buka usaha laundry kiloan izin pertama apa', slug: 'nib', kind: 'kolokial' },
  { q: 'pendaftaran nomor induk berusaha lewat oss', slug: 'nib', kind: 'resmi' },
  { q: 'siup sama tdp skrg diganti apa', slug: 'nib', kind: 'singkatan' },
  { q: 'kode kbli buat toko online', slug: 'nib', kind: 'kolokial' },
  { q: 'aku nak buka usaha, galak ngurus izin usaha cak mano', slug: 'nib', kind: 'campuran' },

  // Pendaftaran NPWP
  { q: 'baru kerja, hrd minta npwp', slug: 'npwp', kind: 'singkatan' },
  { q: 'pendaftaran nomor pokok wajib pajak orang pribadi', slug: 'npwp', kind: 'resmi' },
  { q: 'nik sudah jadi npwp, perlu daftar lagi?', slug: 'npwp', kind: 'kolokial' },
  { q: 'bikin npwp buat PT yang baru berdiri', slug: 'npwp', kind: 'kolokial' },
  { q: 'beta baru dapa karja, mau bikin npwp di mana', slug: 'npwp', kind: 'campuran' },

  // Pendaftaran Wajib Pajak Daerah (NPWPD)
  { q: 'buka rumah makan, katanya harus daftar pajak restoran', slug: 'npwpd', kind: 'kolokial' },
  { q: 'nomor pokok wajib pajak daerah hotel', slug: 'npwpd', kind: 'resmi' },
  { q: 'usaha parkir wajib setor pajak daerah tiap bulan', slug: 'npwpd', kind: 'kolokial' },
  { q: 'npwpd buat kafe baru buka', slug: 'npwpd', kind: 'singkatan' },
  { q: 'daftar wajib pjk daerah tempat karaoke', slug: 'npwpd', kind: 'singkatan' },

  // Pembayaran Pajak Kendaraan Tahunan dan Pengesahan STNK
  {
    q: 'bayar pajak motor tahunan telat 3 bln dendanya',
    slug: 'pajak-kendaraan-tahunan',
    kind: 'singkatan',
  },
  { q: 'pengesahan stnk tahunan', slug: 'pajak-kendaraan-tahunan', kind: 'resmi' },
  { q: 'pajak mobil plat G', slug: 'pajak-kendaraan-tahunan', kind: 'kolokial' },
  { q: 'bayar pkb sama swdkllj', slug: 'pajak-kendaraan-tahunan', kind: 'singkatan' },
  { q: 'mbayar pajek montor nang mpp iso ra', slug: 'pajak-kendaraan-tahunan', kind: 'campuran' },

  // Penggantian Paspor Hilang atau Rusak
  { q: 'paspor ilang di terminal, gmn gantinya', slug: 'paspor-hilang-rusak', kind: 'singkatan' },
  { q: 'paspor kena air sobek halamannya', slug: 'paspor-hilang-rusak', kind: 'kolokial' },
  {
    q: 'penggantian paspor karena hilang berita acara',
    slug: 'paspor-hilang-rusak',
    kind: 'resmi',
  },
  { q: 'anak nyobek2 paspor sy', slug: 'paspor-hilang-rusak', kind: 'singkatan' },
  { q: 'lost passport replacement', slug: 'paspor-hilang-rusak', kind: 'campuran' },

  // Penggantian Paspor (Habis Berlaku atau Halaman Penuh)
  { q: 'mau balik kerja ke taiwan, paspor udh mau mati', slug: 'paspor', kind: 'kolokial' },
  { q: 'halaman paspor penuh cap, ganti baru', slug: 'paspor', kind: 'kolokial' },
  { q: 'penggantian paspor biasa habis masa berlaku', slug: 'paspor', kind: 'resmi' },
  { q: 'renew passport at mpp pekalongan', slug: 'paspor', kind: 'campuran' },
  { q: 'paspr habis bulan depan mau umroh', slug: 'paspor', kind: 'salah ketik' },

  // Mutasi dan Pembetulan SPPT PBB-P2
  { q: 'sppt masih atas nama pemilik lama rumah', slug: 'pbb-mutasi', kind: 'kolokial' },
  { q: 'pecah pbb tanah warisan jadi 3', slug: 'pbb-mutasi', kind: 'kolokial' },
  { q: 'luas tanah di sppt salah, lebih kecil', slug: 'pbb-mutasi', kind: 'kolokial' },
  { q: 'mutasi objek pajak pbb-p2', slug: 'pbb-mutasi', kind: 'resmi' },
  { q: 'ganti nm wajib pajak di sppt pbb', slug: 'pbb-mutasi', kind: 'singkatan' },

  // Pendaftaran Objek Pajak PBB-P2 Baru
  { q: 'rumah baru dibangun blm ada sppt pbb', slug: 'pbb-objek-baru', kind: 'singkatan' },
  { q: 'pendaftaran objek pajak baru spop lspop', slug: 'pbb-objek-baru', kind: 'resmi' },
  { q: 'tanah kosong blm pernah kena pbb', slug: 'pbb-objek-baru', kind: 'kolokial' },
  { q: 'rumah baru siap, macam mane nak daftar pbb', slug: 'pbb-objek-baru', kind: 'campuran' },
  {
    q: 'mau bayar pajak rumah tapi gak ada tagihannya sama sekali',
    slug: 'pbb-objek-baru',
    kind: 'kolokial',
  },

  // Persetujuan Bangunan Gedung (PBG)
  { q: 'imb sekarang namanya apa', slug: 'pbg', kind: 'kolokial' },
  { q: 'persetujuan bangunan gedung simbg', slug: 'pbg', kind: 'resmi' },
  { q: 'renov rumah nambah lantai perlu izin?', slug: 'pbg', kind: 'kolokial' },
  { q: 'retribusi pbg rumah 36 brp', slug: 'pbg', kind: 'singkatan' },
  { q: 'building permit for warehouse', slug: 'pbg', kind: 'campuran' },

  // Balik Nama Pelanggan Air
  { q: 'langganan air masih nama pemilik rumah lama', slug: 'pdam-balik-nama', kind: 'kolokial' },
  { q: 'ganti nama pelanggan pdam rumah warisan', slug: 'pdam-balik-nama', kind: 'kolokial' },
  { q: 'balik nama sambungan air minum', slug: 'pdam-balik-nama', kind: 'resmi' },
  {
    q: 'beli rumah second, tagihan air atas nama org lain',
    slug: 'pdam-balik-nama',
    kind: 'singkatan',
  },
  { q: 'balikk nama pdam', slug: 'pdam-balik-nama', kind: 'salah ketik' },

  // Pembayaran Tagihan Air
  { q: 'bayar tagihan air bulan ini', slug: 'pdam-pembayaran', kind: 'kolokial' },
  { q: 'nunggak air 3 bulan mau lunasin', slug: 'pdam-pembayaran', kind: 'kolokial' },
  { q: 'pembayaran rekening air minum bulanan', slug: 'pdam-pembayaran', kind: 'resmi' },
  { q: 'byr pdam dmn ada biaya admin gk', slug: 'pdam-pembayaran', kind: 'singkatan' },
  { q: 'bade mayar cai ledeng', slug: 'pdam-pembayaran', kind: 'campuran' },

  // Pengaduan Gangguan Air dan Tagihan
  { q: 'air mati udah 2 hari', slug: 'pdam-pengaduan', kind: 'kolokial' },
  { q: 'air pdam keruh kuning bau', slug: 'pdam-pengaduan', kind: 'kolokial' },
  { q: 'tagihan air tiba2 bengkak', slug: 'pdam-pengaduan', kind: 'singkatan' },
  { q: 'pengaduan kebocoran pipa distribusi', slug: 'pdam-pengaduan', kind: 'resmi' },
  { q: 'banyu ledeng ora metu blas', slug: 'pdam-pengaduan', kind: 'campuran' },

  // Pemasangan Sambungan Air Baru
  { q: 'pasang air pdam rumah baru', slug: 'pdam-sambungan-baru', kind: 'kolokial' },
  { q: 'permohonan sambungan baru air minum', slug: 'pdam-sambungan-baru', kind: 'resmi' },
  { q: 'ngontrak rumah mau pasang ledeng', slug: 'pdam-sambungan-baru', kind: 'kolokial' },
  { q: 'biaya pasang pdam brp', slug: 'pdam-sambungan-baru', kind: 'singkatan' },
  { q: 'new water connection for my house', slug: 'pdam-sambungan-baru', kind: 'campuran' },

  // Pencatatan Perjanjian Kerja Waktu Tertentu (PKWT)
  { q: 'perusahaan wajib lapor kontrak kerja karyawan', slug: 'pencatatan-pkwt', kind: 'kolokial' },
  { q: 'pencatatan perjanjian kerja waktu tertentu', slug: 'pencatatan-pkwt', kind: 'resmi' },
  { q: 'hrd: pkwt karyawan baru dicatat dmn', slug: 'pencatatan-pkwt', kind: 'singkatan' },
  { q: 'daftarin kontrak kerja pegawai ke disnaker', slug: 'pencatatan-pkwt', kind: 'kolokial' },
  { q: 'pencatatn kontrak kerja', slug: 'pencatatan-pkwt', kind: 'salah ketik' },

  // Pendaftaran Haji Reguler
  { q: 'daftar haji biar dapet nomor porsi', slug: 'pendaftaran-haji', kind: 'kolokial' },
  { q: 'setoran awal haji 25 juta udah, lanjut apa', slug: 'pendaftaran-haji', kind: 'kolokial' },
  { q: 'pendaftaran calon jemaah haji reguler', slug: 'pendaftaran-haji', kind: 'resmi' },
  { q: 'mau naik haji antri brp taun', slug: 'pendaftaran-haji', kind: 'singkatan' },
  { q: 'lon keuneuk jak haji, pat daftar', slug: 'pendaftaran-haji', kind: 'campuran' },

  // Pendampingan Pendaftaran Perkara Elektronik (e-Court)
  { q: 'daftar gugatan cerai online dibantu', slug: 'pendampingan-e-court', kind: 'kolokial' },
  { q: 'bikin akun ecourt pengadilan agama', slug: 'pendampingan-e-court', kind: 'singkatan' },
  { q: 'pendaftaran perkara secara elektronik', slug: 'pendampingan-e-court', kind: 'resmi' },
  {
    q: 'bayar panjar biaya perkara virtual account',
    slug: 'pendampingan-e-court',
    kind: 'kolokial',
  },
  { q: 'e-cort gugatan', slug: 'pendampingan-e-court', kind: 'salah ketik' },

  // Pengecekan Sertifikat Tanah
  {
    q: 'cek keaslian sertifikat tanah sblm beli',
    slug: 'pengecekan-sertifikat',
    kind: 'singkatan',
  },
  {
    q: 'sertifikat mau dijaminin ke bank, dicek dulu',
    slug: 'pengecekan-sertifikat',
    kind: 'kolokial',
  },
  {
    q: 'pengecekan sertipikat hak milik pada buku tanah',
    slug: 'pengecekan-sertifikat',
    kind: 'resmi',
  },
  {
    q: 'takut sertifikat tanah yg mau sy beli palsu',
    slug: 'pengecekan-sertifikat',
    kind: 'singkatan',
  },
  { q: 'cek sertifkat bpn biaya 50rb', slug: 'pengecekan-sertifikat', kind: 'salah ketik' },

  // Peralihan Hak atas Tanah (Balik Nama Sertifikat)
  { q: 'balik nama sertifikat tanah beli dari saudara', slug: 'peralihan-hak', kind: 'kolokial' },
  { q: 'sertifikat rumah warisan mau diganti nama anak2', slug: 'peralihan-hak', kind: 'kolokial' },
  { q: 'pendaftaran peralihan hak karena hibah', slug: 'peralihan-hak', kind: 'resmi' },
  { q: 'ganti nama shm setelah ajb', slug: 'peralihan-hak', kind: 'singkatan' },
  {
    q: 'sertifikat tanah kamek maseh name mak, nak balik name',
    slug: 'peralihan-hak',
    kind: 'campuran',
  },

  // Pengiriman Dokumen Hasil Layanan ke Rumah
  { q: 'paspor jadi bisa dikirim ke rumah?', slug: 'pos-pengiriman-dokumen', kind: 'kolokial' },
  {
    q: 'pengiriman dokumen hasil layanan ke alamat pemohon',
    slug: 'pos-pengiriman-dokumen',
    kind: 'resmi',
  },
  {
    q: 'males balik lagi ambil berkas, bisa dianter pos',
    slug: 'pos-pengiriman-dokumen',
    kind: 'kolokial',
  },
  { q: 'ongkir kirim dokumen ke luar kota brp', slug: 'pos-pengiriman-dokumen', kind: 'singkatan' },
  { q: 'deliver my documents home', slug: 'pos-pengiriman-dokumen', kind: 'campuran' },

  // Rekomendasi Paspor Haji
  {
    q: 'jemaah haji berangkat tahun ini bikin paspor perlu surat kemenag',
    slug: 'rekomendasi-paspor-haji',
    kind: 'kolokial',
  },
  {
    q: 'pengantar kementerian agama pembuatan paspor calon haji',
    slug: 'rekomendasi-paspor-haji',
    kind: 'resmi',
  },
  { q: 'udh lunas bpih, rekom paspor dmn', slug: 'rekomendasi-paspor-haji', kind: 'singkatan' },
  {
    q: 'imigrasi minta rekom dr kemenag buat haji',
    slug: 'rekomendasi-paspor-haji',
    kind: 'singkatan',
  },
  { q: 'rekomndasi paspor haji', slug: 'rekomendasi-paspor-haji', kind: 'salah ketik' },

  // Rekomendasi Peserta PBI Jaminan Kesehatan
  { q: 'bpjs gratis buat org gk mampu', slug: 'rekomendasi-pbi-jk', kind: 'singkatan' },
  {
    q: 'iuran bpjs ditanggung pemerintah daftarnya dmn',
    slug: 'rekomendasi-pbi-jk',
    kind: 'singkatan',
  },
  {
    q: 'rekomendasi penerima bantuan iuran jaminan kesehatan',
    slug: 'rekomendasi-pbi-jk',
    kind: 'resmi',
  },
  {
    q: 'ibu lagi dirawat di rs blm punya bpjs, gk mampu bayar',
    slug: 'rekomendasi-pbi-jk',
    kind: 'singkatan',
  },
  { q: 'bpjs mandiri nunggak, mau pindah ke pbi', slug: 'rekomendasi-pbi-jk', kind: 'kolokial' },

  // Roya (Penghapusan Hak Tanggungan)
  { q: 'kpr udah lunas, sertifikat masih ada catatan bank', slug: 'roya', kind: 'singkatan' },
  { q: 'hapus hak tanggungan setelah kredit lunas', slug: 'roya', kind: 'resmi' },
  { q: 'cara angkat roya sertifikat', slug: 'roya', kind: 'kolokial' },
  { q: 'surat lunas dari bank udh dapet, trus ke bpn?', slug: 'roya', kind: 'singkatan' },
  { q: 'royya sertifikat', slug: 'roya', kind: 'salah ketik' },

  // Pembuatan SIM Baru
  { q: 'bikin sim c pertama kali', slug: 'sim-baru', kind: 'kolokial' },
  { q: 'ujian praktik sim motor dimana', slug: 'sim-baru', kind: 'kolokial' },
  { q: 'penerbitan surat izin mengemudi baru', slug: 'sim-baru', kind: 'resmi' },
  { q: 'umur 17 mau punya sim a', slug: 'sim-baru', kind: 'kolokial' },
  { q: 'blm punya sim, mau bikin di mpp bisa?', slug: 'sim-baru', kind: 'singkatan' },

  // Perpanjangan SIM A dan SIM C
  { q: 'sim c mau habis bulan depan', slug: 'sim-perpanjangan', kind: 'kolokial' },
  {
    q: 'perpanjangan surat izin mengemudi yang masih berlaku',
    slug: 'sim-perpanjangan',
    kind: 'resmi',
  },
  { q: 'tiang mele perpanjang sim c, pire bayahne', slug: 'sim-perpanjangan', kind: 'campuran' },
  {
    q: 'sim motor expired minggu depan, perpanjang di mpp',
    slug: 'sim-perpanjangan',
    kind: 'campuran',
  },
  { q: 'perpanjng sim a', slug: 'sim-perpanjangan', kind: 'salah ketik' },

  // Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan
  {
    q: 'bidan baru kerja di klinik, izin praktiknya',
    slug: 'sip-tenaga-kesehatan',
    kind: 'kolokial',
  },
  { q: 'surat izin praktik perawat', slug: 'sip-tenaga-kesehatan', kind: 'resmi' },
  { q: 'sip dokter gigi praktik kedua', slug: 'sip-tenaga-kesehatan', kind: 'singkatan' },
  { q: 'str udh ada, skrg urus sip', slug: 'sip-tenaga-kesehatan', kind: 'singkatan' },
  { q: 'ijin praktek apoteker', slug: 'sip-tenaga-kesehatan', kind: 'salah ketik' },

  // SKCK Baru
  { q: 'surat kelakuan baik dari polisi', slug: 'skck-baru', kind: 'kolokial' },
  { q: 'penerbitan surat keterangan catatan kepolisian', slug: 'skck-baru', kind: 'resmi' },
  { q: 'skck pertama kali, kartu sidik jari blm punya', slug: 'skck-baru', kind: 'singkatan' },
  { q: 'syarat skck buat tes cpns', slug: 'skck-baru', kind: 'kolokial' },
  { q: 'kita mo bekeng skck for melamar kerja', slug: 'skck-baru', kind: 'campuran' },

  // Perpanjangan SKCK
  { q: 'skck habis bulan lalu, perpanjang', slug: 'skck-perpanjangan', kind: 'kolokial' },
  {
    q: 'perpanjangan surat keterangan catatan kepolisian',
    slug: 'skck-perpanjangan',
    kind: 'resmi',
  },
  { q: 'skck lama expired mau diperbarui', slug: 'skck-perpanjangan', kind: 'campuran' },
  { q: 'perpanjang skck bawa apa aja', slug: 'skck-perpanjangan', kind: 'kolokial' },
  { q: 'perpanjng skck', slug: 'skck-perpanjangan', kind: 'salah ketik' },

  // Sertifikat Laik Fungsi (SLF)
  { q: 'gedung udah selesai dibangun, sertifikat layak pakainya', slug: 'slf', kind: 'kolokial' },
  { q: 'sertifikat laik fungsi bangunan', slug: 'slf', kind: 'resmi' },
  { q: 'slf ruko baru', slug: 'slf', kind: 'singkatan' },
  { q: 'as built drawing buat slf', slug: 'slf', kind: 'campuran' },
  { q: 'bangunan selesai mau dipake usaha, surat layak fungsi', slug: 'slf', kind: 'kolokial' },

  // Sertifikat Laik Higiene Sanitasi (SLHS)
  { q: 'izin katering nasi kotak', slug: 'slhs', kind: 'kolokial' },
  { q: 'sertifikat laik higiene sanitasi rumah makan', slug: 'slhs', kind: 'resmi' },
  { q: 'depot air isi ulang perlu sertifikat apa', slug: 'slhs', kind: 'kolokial' },
  { q: 'slhs jasa boga', slug: 'slhs', kind: 'singkatan' },
  { q: 'sertifikat higine sanitasi warung makan', slug: 'slhs', kind: 'salah ketik' },

  // Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)
  { q: 'izin pirt keripik singkong', slug: 'spp-irt', kind: 'singkatan' },
  { q: 'sertifikat produksi pangan industri rumah tangga', slug: 'spp-irt', kind: 'resmi' },
  { q: 'jualan sambel kemasan perlu izin apa', slug: 'spp-irt', kind: 'kolokial' },
  { q: 'penyuluhan keamanan pangan buat dapet p-irt', slug: 'spp-irt', kind: 'kolokial' },
  { q: 'gawe kue garing didol online, izine opo', slug: 'spp-irt', kind: 'campuran' },

  // Pindah Keluar dan Pindah Datang
  { q: 'pindah ke kota lain, bikin surat pindah', slug: 'surat-pindah', kind: 'kolokial' },
  {
    q: 'pindah datang dari jakarta ke pekalongan',
    slug: 'surat-pindah',
    kind: 'kolokial',
    also: ['kartu-keluarga-baru'],
  },
  { q: 'penerbitan skpwni pindah keluar', slug: 'surat-pindah', kind: 'resmi' },
  { q: 'mutasi ktp ke luar kota', slug: 'surat-pindah', kind: 'kolokial' },
  { q: 'pindh domisili ikut suami', slug: 'surat-pindah', kind: 'salah ketik' },

  // Klaim Tabungan Hari Tua dan Pensiun Pertama ASN
  {
    q: 'pns pensiun bulan depan, urus tht taspen',
    slug: 'taspen-klaim-pensiun',
    kind: 'singkatan',
  },
  { q: 'klaim tabungan hari tua asn', slug: 'taspen-klaim-pensiun', kind: 'resmi' },
  {
    q: 'guru pns mau pensiun, pensiun pertama gimana',
    slug: 'taspen-klaim-pensiun',
    kind: 'kolokial',
  },
  { q: 'skpp gaji udah ada, ngajuin pensiun', slug: 'taspen-klaim-pensiun', kind: 'kolokial' },
  { q: 'klaim taspn', slug: 'taspen-klaim-pensiun', kind: 'salah ketik' },

  // Otentikasi Peserta Pensiun
  { q: 'uang pensiun gk masuk bulan ini', slug: 'taspen-otentikasi', kind: 'singkatan' },
  { q: 'otentikasi wajah aplikasi taspen gagal', slug: 'taspen-otentikasi', kind: 'kolokial' },
  { q: 'pembaruan data berkala pensiunan', slug: 'taspen-otentikasi', kind: 'resmi' },
  { q: 'mbah pensiunan guru disuruh verifikasi data', slug: 'taspen-otentikasi', kind: 'kolokial' },
  { q: 'pensiunku mandeg, jarene kudu otentikasi', slug: 'taspen-otentikasi', kind: 'campuran' },

  // Pembayaran Denda dan Pengambilan Barang Bukti Tilang
  { q: 'ambil sim yg ditilang', slug: 'tilang', kind: 'kolokial' },
  { q: 'stnk ditahan polisi, bayar dendanya', slug: 'tilang', kind: 'kolokial' },
  { q: 'pembayaran denda tilang putusan pengadilan', slug: 'tilang', kind: 'resmi' },
  { q: 'kena etle, cek denda dmn', slug: 'tilang', kind: 'singkatan' },
  { q: 'tilag motor ambil stnk', slug: 'tilang', kind: 'salah ketik' },

  // Pendaftaran Pengujian Berkala Kendaraan Bermotor (Uji KIR)
  { q: 'kir mobil pick up habis', slug: 'uji-kir', kind: 'kolokial' },
  { q: 'pengujian berkala kendaraan angkutan barang', slug: 'uji-kir', kind: 'resmi' },
  { q: 'daftar uji kir truk', slug: 'uji-kir', kind: 'kolokial' },
  { q: 'perpanjang buku kir angkot', slug: 'uji-kir', kind: 'kolokial' },
  { q: 'uji kri mobil box', slug: 'uji-kir', kind: 'salah ketik' },
];

export const TWELFTH_NOT_OFFERED: readonly string[] = [
  'hoyong masang listrik pln ka bumi anyar',
  'token listrik sonde masuk padahal su bayar',
  'tambah daya pln dari 900 ke 2200 va',
  'mo pasang wifi indihome di rumah, kase tau kwa',
  'daftar ppdb smp jalur zonasi',
  'legalisir ijazah sma buat daftar kuliah',
  'sertifikat halal gratis buat umkm keripik',
  'perpanjang kitas istri warga negara asing',
  'apply visa korea for holiday',
  'njaluk izin keramaian kanggo orkes dangdut nduwe gawe',
  'motor ambo dicilok urang, lapor kama',
  'perpanjang str perawat yg udh kadaluarsa',
  'izin trayek angkot jurusan baru',
  'pengajuan kpr rumah subsidi lewat bri',
  'handak menggadai emas di pegadaian',
  'aye mau bikin kartu kredit bri',
  'kirim paket oleh2 ke saudara di malaysia lewat pos',
  'izin edar bpom md buat minuman pabrikan',
  'macam mana daftar kartu prakerja, lae',
  'kursus menjahit gratis di blk',
  'pendaftaran cpns formasi guru tahun ini',
  'usul kenaikan pangkat guru pns golongan 3',
  'klaim pensiun asabri bapak purnawirawan tni',
  'uji emisi mobil pribadi dmn',
  'bikin sim internasional buat nyetir di jepang',
  'terro majar zakat mal ka baznas',
  'sampah di gang udah seminggu gak diangkut petugas',
  'lapor jalan berlubang sama lampu jalan mati',
  'izin ngebor sumur dalam buat pabrik',
  'daftar merek dagang biar gk dijiplak',
  'mau ka urus pas kecil perahu, nelayan ja',
  'tiang petani, ngidih kartu tani apang maan pupuk subsidi',
  'minta surat mutasi siswa, anak pindah sekolah sd',
  'sewa ambulans bawa jenazah ke kampung',
  'izin penelitian skripsi dari kesbangpol',
  'tukar uang pecahan baru buat lebaran',
  'surat bebas narkoba tes urine buat lamaran',
  'buka rekening bca di mpp bisa?',
  'sa pu anak belum imunisasi bcg, di mana kah',
  'bikin kartu anggota perpustakaan daerah',
];
