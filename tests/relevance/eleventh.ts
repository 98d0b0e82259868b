// An eleventh held-out set of resident queries, written and labelled from the sample content
// (content/layanan/, content/gerai/, content/panduan/, content/instansi/) only, and committed
// before any of them was typed into the search. Each service file was read in full (summary,
// requirements, conditions, steps, time, cost, availability) and five queries were written per
// service in the voice of residents from Java, Sumatra, Kalimantan, Sulawesi, Bali, NTT, Papua
// and Madura, many describing the situation (new, renewed, lost, damaged, changed, who it is
// for) instead of naming the document. The not-offered lines ask for things no service file or
// gerai covers, several sharing words with an offered service but for a different licence or office.
// The rule of held-out.ts holds: never change the dictionary, stop words or ranking to fix one
// line of this file; fix the general cause and add new examples of it to queries.ts. A label may
// be changed only when it was wrong (the service a careful clerk at the counter would name), never
// to match a result. `also` lists other services a clerk would accept just as well as `slug`.
import type { FreshQuery } from './fresh.ts';

export const ELEVENTH: readonly FreshQuery[] = [
  // Akta Kelahiran
  { q: 'akte lair', slug: 'akta-kelahiran', kind: 'kolokial' },
  {
    q: 'anak sy baru lahir minggu lalu di bidan, ngurus surat2nya gmn, brp lama jadi dan bayar gk?',
    slug: 'akta-kelahiran',
    kind: 'singkatan',
  },
  { q: 'pencatatan kelahiran bayi di dukcapil', slug: 'akta-kelahiran', kind: 'resmi' },
  {
    q: 'kulo nembe nglairke, badhe ndamel akte kagem anak, napa kedah wonten surat saking bidan? pinten dinten dadosipun',
    slug: 'akta-kelahiran',
    kind: 'kolokial',
  },
  { q: 'birth certificate anak umur 2 bulan', slug: 'akta-kelahiran', kind: 'campuran' },

  // Akta Kematian
  { q: 'ngurus akte almarhum', slug: 'akta-kematian', kind: 'kolokial' },
  { q: 'bapak sy meninggal kmrn, hrs lapor kmn utk surat resminya', slug: 'akta-kematian', kind: 'singkatan' },
  { q: 'penerbitan kutipan akta kematian', slug: 'akta-kematian', kind: 'resmi' },
  {
    q: 'suami sy wafat di rumah bkn di rs, surat ket dr kelurahan cukup kah buat bikin aktenya? saksinya brp org',
    slug: 'akta-kematian',
    kind: 'singkatan',
  },
  { q: 'death certificate for my late mother', slug: 'akta-kematian', kind: 'campuran' },

  // Akta Perkawinan (Non-Muslim)
  { q: 'catat nikah gereja', slug: 'akta-perkawinan', kind: 'kolokial' },
  {
    q: 'kita dua baru kaweng di gereja, mo catat di capil musti bawa apa kwa? foto berdua ukuran berapa',
    slug: 'akta-perkawinan',
    kind: 'kolokial',
  },
  { q: 'tiang sampun mewidhi widana, ngurus akta nikahnya di capil nggih?', slug: 'akta-perkawinan', kind: 'kolokial' },
  { q: 'marriage certificate catholic couple civil registry', slug: 'akta-perkawinan', kind: 'campuran' },
  { q: 'akta kawin buddhis udh lwt 60 hr dr upacara msh bs?', slug: 'akta-perkawinan', kind: 'singkatan' },

  // Aktivasi Akun Coretax dan Kode Otorisasi
  { q: 'lupa pasword djp online', slug: 'aktivasi-akun-coretax', kind: 'salah ketik' },
  {
    q: 'sy diminta kode otorisasi buat tanda tangan elektronik pajak tp blm pny, bs dibikinin di mpp? lama gk?',
    slug: 'aktivasi-akun-coretax',
    kind: 'singkatan',
  },
  {
    q: 'email lama sudah tidak aktif jadi tidak bisa masuk akun pajak, bisa dibantu ganti di kpp? berapa lama',
    slug: 'aktivasi-akun-coretax',
    kind: 'resmi',
  },
  { q: 'core tax activation', slug: 'aktivasi-akun-coretax', kind: 'campuran' },
  { q: 'gk bs login akun pajak', slug: 'aktivasi-akun-coretax', kind: 'singkatan' },

  // Aktivasi Identitas Kependudukan Digital (IKD)
  { q: 'ktp versi hape', slug: 'aktivasi-ikd', kind: 'kolokial' },
  { q: 'mengaktifkan kartu identitas digital di ponsel', slug: 'aktivasi-ikd', kind: 'resmi' },
  { q: 'kode aktivasi ikd gk masuk ke email pdhl emailnya aktif, hrs dtg ke gerai?', slug: 'aktivasi-ikd', kind: 'singkatan' },
  { q: 'sa mo pasang ktp digital di hp, bawa apa saja ka? hp harus sa pu sendiri kah', slug: 'aktivasi-ikd', kind: 'kolokial' },
  { q: 'digital id dukcapil setup', slug: 'aktivasi-ikd', kind: 'campuran' },

  // Asistensi Pelaporan SPT Tahunan
  { q: 'bantu isi spt', slug: 'asistensi-spt-tahunan', kind: 'kolokial' },
  { q: 'bukti potong 1721 dr kantor udh ada, mau lapor tp gk ngerti', slug: 'asistensi-spt-tahunan', kind: 'singkatan' },
  { q: 'pelaporan spt tahunan orang pribadi dibantu petugas', slug: 'asistensi-spt-tahunan', kind: 'resmi' },
  { q: 'annual tax return help', slug: 'asistensi-spt-tahunan', kind: 'campuran' },
  {
    q: 'ambo karyawan swasta, baru partamo kali malapor pajak taun ko, baa caronyo dan bawa apo sajo?',
    slug: 'asistensi-spt-tahunan',
    kind: 'kolokial',
  },

  // Pembayaran Pajak dan Retribusi Daerah
  { q: 'bayr pbbp2', slug: 'bank-jateng-pajak-daerah', kind: 'salah ketik' },
  { q: 'setor retribusi pake kode bayar', slug: 'bank-jateng-pajak-daerah', kind: 'kolokial' },
  { q: 'bayar sppt tanah di mpp bisa?', slug: 'bank-jateng-pajak-daerah', kind: 'kolokial' },
  {
    q: 'mo bayar pajak tanah sm bangunan taun ini, loketnya yg mana trs jam brp tutup',
    slug: 'bank-jateng-pajak-daerah',
    kind: 'singkatan',
  },
  { q: 'pay land tax pbb', slug: 'bank-jateng-pajak-daerah', kind: 'campuran' },

  // Pembukaan Rekening Tabungan Bank Jateng
  { q: 'atm bpd jateng', slug: 'bank-jateng-rekening', kind: 'kolokial' },
  { q: 'buka rek tabungan pelajar', slug: 'bank-jateng-rekening', kind: 'singkatan' },
  { q: 'pembukaan tabungan perorangan di bank jateng', slug: 'bank-jateng-rekening', kind: 'resmi' },
  { q: 'open new savings account bpd', slug: 'bank-jateng-rekening', kind: 'campuran' },
  {
    q: 'anak saya kelas 5 disuruh gurunya punya buku tabungan pelajar sendiri, yang dibawa apa saja dan setoran pertamanya berapa',
    slug: 'bank-jateng-rekening',
    kind: 'kolokial',
  },

  // Validasi BPHTB
  { q: 'validsi bhptb', slug: 'bphtb-validasi', kind: 'salah ketik' },
  { q: 'sspd udh dibayar trs diapain, brp hr', slug: 'bphtb-validasi', kind: 'singkatan' },
  {
    q: 'habis beli rumah, notaris minta ngesahin bukti bayar pajak pembelinya dulu sebelum balik nama sertifikat, itu di loket mana',
    slug: 'bphtb-validasi',
    kind: 'kolokial',
  },
  { q: 'bea perolehan hak tanah', slug: 'bphtb-validasi', kind: 'resmi' },
  { q: 'verify land acquisition tax jual beli rumah', slug: 'bphtb-validasi', kind: 'campuran' },

  // Pendaftaran Peserta BPJS Kesehatan Mandiri
  { q: 'daftar kis mandiri sekeluarga', slug: 'bpjs-kesehatan-pendaftaran', kind: 'kolokial' },
  { q: 'sy pedagang blm punya bpjs sm sekali, iuran kls 3 brp sebulan', slug: 'bpjs-kesehatan-pendaftaran', kind: 'singkatan' },
  { q: 'pendaftaran peserta jkn perorangan', slug: 'bpjs-kesehatan-pendaftaran', kind: 'resmi' },
  { q: 'health insurance jkn buat freelancer', slug: 'bpjs-kesehatan-pendaftaran', kind: 'campuran' },
  {
    q: 'engkok tak andik bpjs, anak bini jugan, daftarnya bisa langsung di mpp? kartunya bisa dipake kapan',
    slug: 'bpjs-kesehatan-pendaftaran',
    kind: 'kolokial',
  },

  // Perubahan Data Peserta BPJS Kesehatan
  { q: 'masukin bayi ke bpjs ibunya', slug: 'bpjs-kesehatan-perubahan-data', kind: 'kolokial' },
  { q: 'turun kls bpjs dr 1 ke 3', slug: 'bpjs-kesehatan-perubahan-data', kind: 'singkatan' },
  { q: 'update no hp di jkn', slug: 'bpjs-kesehatan-perubahan-data', kind: 'campuran' },
  {
    q: 'kami baru nikah, istri mau ditambahkan ke bpjs suami yang mandiri, syaratnya apa dan bisa selesai hari itu?',
    slug: 'bpjs-kesehatan-perubahan-data',
    kind: 'resmi',
  },
  { q: 'nami di kartu bpjs lepat', slug: 'bpjs-kesehatan-perubahan-data', kind: 'kolokial' },

  // Pindah Fasilitas Kesehatan Tingkat Pertama
  { q: 'faskes satu kejauhan', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'kolokial' },
  { q: 'ganti dokter keluarga bpjs', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'kolokial' },
  { q: 'mutasi faskes tingkat pertama peserta jkn', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'resmi' },
  {
    q: 'aku wes pindah omah, puskesmase isih sing lawas adoh banget, iso diganti nang klinik cedhak omah? kapan berlakune',
    slug: 'bpjs-kesehatan-pindah-faskes',
    kind: 'kolokial',
  },
  { q: 'change clinic bpjs', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'campuran' },

  // Pendaftaran Peserta Bukan Penerima Upah (BPU)
  { q: 'bpjs tk tukang ojek', slug: 'bpjs-ketenagakerjaan-bpu', kind: 'kolokial' },
  { q: 'pengrajin batik daftar jaminan kecelakaan kerja sendiri', slug: 'bpjs-ketenagakerjaan-bpu', kind: 'resmi' },
  { q: 'iuran bpu sbulan brp', slug: 'bpjs-ketenagakerjaan-bpu', kind: 'singkatan' },
  { q: 'asuransi kerja buat driver ojol', slug: 'bpjs-ketenagakerjaan-bpu', kind: 'campuran' },
  {
    q: 'ulun pedagang di pasar, handak bedaftar jaminan kecelakaan lawan kematian, kaya apa caranya wan berapa duit tiap bulan?',
    slug: 'bpjs-ketenagakerjaan-bpu',
    kind: 'kolokial',
  },

  // Klaim Jaminan Hari Tua (JHT)
  { q: 'cairin jht', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'kolokial' },
  { q: 'aye udeh kagak kerja di pabrik, duit bpjs tk bisa diambil semua?', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'kolokial' },
  { q: 'pencairan jaminan hari tua karena berhenti bekerja', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'resmi' },
  {
    q: 'paklaring udh ada, mau ambil duit jamsostek, butuh buku tabungan jg? brp hari masuk rekening',
    slug: 'bpjs-ketenagakerjaan-klaim-jht',
    kind: 'singkatan',
  },
  { q: 'withdraw jht 10 persen masih kerja', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'campuran' },

  // Konsultasi dan Pengajuan Kredit Usaha Rakyat (KUR)
  { q: 'pinjem modal bri', slug: 'bri-kur', kind: 'kolokial' },
  { q: 'kredit buat warung kelontong bunganya brp', slug: 'bri-kur', kind: 'singkatan' },
  { q: 'pengajuan kur mikro', slug: 'bri-kur', kind: 'resmi' },
  { q: 'loan for small business bri', slug: 'bri-kur', kind: 'campuran' },
  {
    q: 'aku ado usaha konveksi baru jalan setaun, galak nambah modal dari bank pemerintah, syaratnyo apo bae dan berapo lamo cairnyo',
    slug: 'bri-kur',
    kind: 'kolokial',
  },

  // Pembukaan Rekening Tabungan BRI
  { q: 'rekening buat nerima bansos di bri', slug: 'bri-rekening', kind: 'kolokial' },
  { q: 'buka tabungan bank rakyat', slug: 'bri-rekening', kind: 'kolokial' },
  { q: 'pembukaan rekening perorangan bri', slug: 'bri-rekening', kind: 'resmi' },
  { q: 'bkin buku tabngan bri', slug: 'bri-rekening', kind: 'salah ketik' },
  {
    q: 'kantor baru sy minta rekening bri buat transfer gaji, setoran awalnya brp dan bs langsung dpt kartu atm?',
    slug: 'bri-rekening',
    kind: 'singkatan',
  },

  // Pendaftaran dan Pembaruan Data Sosial Ekonomi untuk Bantuan Sosial
  { q: 'masuk dtsen', slug: 'data-sosial-ekonomi', kind: 'resmi' },
  { q: 'kok keluarga sy gk dpt pkh lg taun ini pdhl msh susah, datanya diupdate dmn?', slug: 'data-sosial-ekonomi', kind: 'singkatan' },
  { q: 'data bansos salah alamat', slug: 'data-sosial-ekonomi', kind: 'kolokial' },
  {
    q: 'kitong pu keluarga susah, mau didata supaya bisa dapat bantuan sembako, bawa apa saja? lama kah',
    slug: 'data-sosial-ekonomi',
    kind: 'kolokial',
  },
  { q: 'register for social assistance', slug: 'data-sosial-ekonomi', kind: 'campuran' },

  // Informasi Prosedur Perkara di Pengadilan Agama
  { q: 'syarat gugat cerai', slug: 'informasi-perkara-pengadilan-agama', kind: 'kolokial' },
  { q: 'isbat nikah siri', slug: 'informasi-perkara-pengadilan-agama', kind: 'kolokial' },
  {
    q: 'anak prempuan sy msh 17 thn udh dilamar org, kata kua hrs minta dispensasi dulu, gmn caranya & biayanya brp',
    slug: 'informasi-perkara-pengadilan-agama',
    kind: 'singkatan',
  },
  {
    q: 'mau ka cerai sama suamiku, apa-apa mi syaratnya, ada keringanan biaya ka kalau tidak mampu?',
    slug: 'informasi-perkara-pengadilan-agama',
    kind: 'kolokial',
  },
  { q: 'divorce procedure muslim', slug: 'informasi-perkara-pengadilan-agama', kind: 'campuran' },

  // Informasi dan Konsultasi Pertanahan
  { q: 'tanya2 ptsl', slug: 'informasi-pertanahan', kind: 'singkatan' },
  { q: 'sertifikat elektronik tanah itu apa', slug: 'informasi-pertanahan', kind: 'kolokial' },
  { q: 'konsultasi pendaftaran tanah pertama kali', slug: 'informasi-pertanahan', kind: 'resmi' },
  { q: 'how to get land title first time', slug: 'informasi-pertanahan', kind: 'campuran' },
  {
    q: 'lon punya tanah peninggalan ayah belum ada sertifikat, kiban caranya urus dan kira2 biaya berapa',
    slug: 'informasi-pertanahan',
    kind: 'kolokial',
  },

  // Verifikasi Perizinan Apotek dan Toko Obat
  { q: 'izin buka apotik', slug: 'izin-apotek', kind: 'salah ketik' },
  { q: 'sertifikat standar toko obat', slug: 'izin-apotek', kind: 'resmi' },
  { q: 'sy bkn apoteker tp mau modalin apotek, perlu kerja sama apoteker ya?', slug: 'izin-apotek', kind: 'singkatan' },
  { q: 'pharmacy license oss', slug: 'izin-apotek', kind: 'campuran' },
  {
    q: 'mau buka warung obat kecil di depan rumah, izinnya diurus lewat mana, ada cek lokasi nggak, berapa lama?',
    slug: 'izin-apotek',
    kind: 'kolokial',
  },

  // Izin Penyelenggaraan Reklame
  { q: 'pasang baliho toko', slug: 'izin-reklame', kind: 'kolokial' },
  { q: 'izin papan nama usaha gede', slug: 'izin-reklame', kind: 'kolokial' },
  { q: 'ijin spanduk promo', slug: 'izin-reklame', kind: 'salah ketik' },
  { q: 'billboard permit pekalongan', slug: 'izin-reklame', kind: 'campuran' },
  { q: 'sy mau pasang neon box di atas ruko sewaan, izin pemilik ruko perlu? pajaknya dibyr dmn', slug: 'izin-reklame', kind: 'singkatan' },

  // Kartu Identitas Anak (KIA)
  { q: 'ktp bocah', slug: 'kartu-identitas-anak', kind: 'kolokial' },
  { q: 'kartu identitas buat anak tk', slug: 'kartu-identitas-anak', kind: 'resmi' },
  { q: 'kia anak umur 6 thn pake foto gk', slug: 'kartu-identitas-anak', kind: 'singkatan' },
  { q: 'child id card', slug: 'kartu-identitas-anak', kind: 'campuran' },
  {
    q: 'anak abdi umurna 10 taun, hoyong didamelkeun kartu sapertos ktp kanggo budak, naon wae syaratna',
    slug: 'kartu-identitas-anak',
    kind: 'kolokial',
  },

  // Kartu Keluarga (KK) Baru
  { q: 'numpang kk mertua, mau misah', slug: 'kartu-keluarga-baru', kind: 'kolokial' },
  { q: 'abis nikah mau pny kk sndiri', slug: 'kartu-keluarga-baru', kind: 'singkatan' },
  { q: 'penerbitan kk untuk keluarga baru', slug: 'kartu-keluarga-baru', kind: 'resmi' },
  { q: 'new family card after wedding', slug: 'kartu-keluarga-baru', kind: 'campuran' },
  {
    q: 'aku baru cerai, mau bikin kartu keluarga sendiri sama anak2, bawa akta cerai aja cukup? brp hari jadinya',
    slug: 'kartu-keluarga-baru',
    kind: 'singkatan',
  },

  // Perubahan Data atau Cetak Ulang Kartu Keluarga
  { q: 'kk sobek', slug: 'kartu-keluarga-perubahan', kind: 'kolokial' },
  { q: 'ganti pendidikan di kk, baru lulus s1', slug: 'kartu-keluarga-perubahan', kind: 'kolokial' },
  { q: 'golongan darah di kk salah', slug: 'kartu-keluarga-perubahan', kind: 'resmi' },
  {
    q: 'mamak sy udh meninggal, namanya mau dicoret dr kk, akta kematian udh ada. bs jadi sehari?',
    slug: 'kartu-keluarga-perubahan',
    kind: 'singkatan',
  },
  { q: 'update status kawin di kk', slug: 'kartu-keluarga-perubahan', kind: 'campuran' },

  // Kartu Pencari Kerja (Kartu Kuning/AK-I)
  { q: 'kartu ak 1 lamaran', slug: 'kartu-kuning', kind: 'kolokial' },
  { q: 'bikin kartu pencaker buat ngelamar', slug: 'kartu-kuning', kind: 'kolokial' },
  { q: 'syarat kartu kuning disnaker', slug: 'kartu-kuning', kind: 'resmi' },
  { q: 'job seeker card', slug: 'kartu-kuning', kind: 'campuran' },
  {
    q: 'sa baru tamat smk, perusahaan minta kartu dari dinas tenaga kerja, sa harus daftar online dulu kah? pas foto ukuran berapa',
    slug: 'kartu-kuning',
    kind: 'kolokial',
  },

  // Konsultasi Hukum Gratis
  { q: 'curhat masalah hukum', slug: 'konsultasi-hukum', kind: 'kolokial' },
  {
    q: 'sengketa batas tanah sama tetangga udah bertahun2, bisa minta saran hukum tanpa bayar?',
    slug: 'konsultasi-hukum',
    kind: 'kolokial',
  },
  { q: 'utg piutang mau tny jaksa', slug: 'konsultasi-hukum', kind: 'singkatan' },
  { q: 'free legal advice', slug: 'konsultasi-hukum', kind: 'campuran' },
  {
    q: 'lae, aku ditipu kawan soal utang, mau tanya hukumnya tapi tak ada duit bayar pengacara, kek mana?',
    slug: 'konsultasi-hukum',
    kind: 'kolokial',
  },

  // Keterangan Rencana Kota (KRK)
  { q: 'peruntukn lahan', slug: 'krk', kind: 'salah ketik' },
  { q: 'garis sempadan bangunan lokasi rumah', slug: 'krk', kind: 'resmi' },
  { q: 'sebelum urus pbg butuh keterangan rencana kota dulu ya', slug: 'krk', kind: 'kolokial' },
  { q: 'zoning info for my land', slug: 'krk', kind: 'campuran' },
  {
    q: 'mau bangun ruko di tanah sendiri, pingin tahu boleh berapa lantai dan kdb nya berapa, suratnya ngurus di dpupr?',
    slug: 'krk',
    kind: 'kolokial',
  },

  // KTP-el Rusak, Hilang atau Berubah Data
  { q: 'e ktp retak gk kebaca', slug: 'ktp-el-rusak-hilang', kind: 'singkatan' },
  { q: 'ktp ku hilang di pete2, apa mi mau dibawa', slug: 'ktp-el-rusak-hilang', kind: 'kolokial' },
  { q: 'udah nikah, status di ktp masih belum kawin', slug: 'ktp-el-rusak-hilang', kind: 'kolokial' },
  { q: 'penggantian ktp elektronik yang hilang', slug: 'ktp-el-rusak-hilang', kind: 'resmi' },
  {
    q: 'ktp ku kecuci sampe melengkung, apa harus rekam ulang lagi? trus bawa apa aja, sehari jadi?',
    slug: 'ktp-el-rusak-hilang',
    kind: 'kolokial',
  },

  // KTP-el Baru (Perekaman Pertama)
  {
    q: 'adik sy umur 16 tp udh nikah, katanya boleh rekam ktp, bawa buku nikah aja cukup? hrs dtg sndiri?',
    slug: 'ktp-el',
    kind: 'singkatan',
  },
  { q: 'perekaman e-ktp pertama kali', slug: 'ktp-el', kind: 'resmi' },
  { q: 'anakku wis 17 taun, durung duwe ktp, kudu teko dewe po iso diwakili? gowo opo wae', slug: 'ktp-el', kind: 'kolokial' },
  { q: 'first time id card', slug: 'ktp-el', kind: 'campuran' },
  { q: 'bkin ktp bru', slug: 'ktp-el', kind: 'salah ketik' },

  // Legalisasi Buku Nikah
  { q: 'cap fotokopi surat nikah', slug: 'legalisasi-buku-nikah', kind: 'kolokial' },
  { q: 'pengesahan fc surat nikah kua utk paspor', slug: 'legalisasi-buku-nikah', kind: 'singkatan' },
  { q: 'legalize marriage book copy', slug: 'legalisasi-buku-nikah', kind: 'campuran' },
  {
    q: 'nikah di kua kecamatan, kantor suami minta fotokopi buku nikah yg dilegalisir, bisa di mpp? sehari jadi?',
    slug: 'legalisasi-buku-nikah',
    kind: 'kolokial',
  },
  { q: 'legalisr kutipan nikah', slug: 'legalisasi-buku-nikah', kind: 'salah ketik' },

  // Pendampingan Laporan Kegiatan Penanaman Modal (LKPM)
  { q: 'lapor realisasi investasi semester', slug: 'lkpm', kind: 'resmi' },
  { q: 'laporan oss tiap 3 bulan', slug: 'lkpm', kind: 'kolokial' },
  { q: 'investment report oss', slug: 'lkpm', kind: 'campuran' },
  { q: 'usaha sy kecil, kata org wajib lapor tiap 6 bln di oss, sy gk ngerti isinya, bs dibantu?', slug: 'lkpm', kind: 'singkatan' },
  { q: 'lkmp', slug: 'lkpm', kind: 'salah ketik' },

  // Nomor Induk Berusaha (NIB) melalui OSS
  { q: 'ngurus izin dagang warung', slug: 'nib', kind: 'kolokial' },
  { q: 'kode kbli buat usaha jahit', slug: 'nib', kind: 'kolokial' },
  { q: 'bisnis license umkm', slug: 'nib', kind: 'campuran' },
  {
    q: 'awak nak buka warung sarapan, kato urang harus ado nomor induk usaho dulu, di ma mangurusnyo, bayia ndak?',
    slug: 'nib',
    kind: 'kolokial',
  },
  { q: 'nomer induk brusaha', slug: 'nib', kind: 'salah ketik' },

  // Pendaftaran NPWP
  { q: 'nomor pajak pribadi', slug: 'npwp', kind: 'kolokial' },
  { q: 'nik jadi npwp hrs daftar lg?', slug: 'npwp', kind: 'singkatan' },
  { q: 'pendaftaran nomor pokok wajib pajak badan cv', slug: 'npwp', kind: 'resmi' },
  { q: 'tax id number', slug: 'npwp', kind: 'campuran' },
  {
    q: 'baru kerja di pabrik, hrd minta nomor pajak, sy blm punya. bs dibuat hr ini? perlu bawa apa selain ktp',
    slug: 'npwp',
    kind: 'singkatan',
  },

  // Pendaftaran Wajib Pajak Daerah (NPWPD)
  { q: 'daftar pajak karaoke', slug: 'npwpd', kind: 'kolokial' },
  { q: 'daftar wajib pajak hotel melati', slug: 'npwpd', kind: 'resmi' },
  { q: 'buka rumah makan, katanya harus punya nomor pajak daerah', slug: 'npwpd', kind: 'kolokial' },
  { q: 'local tax registration parking business', slug: 'npwpd', kind: 'campuran' },
  { q: 'sy pny kafe kecil, tiap bln hrs setor pajak 10% ke pemkot, daftarnya dmn dan bawa apa', slug: 'npwpd', kind: 'singkatan' },

  // Pembayaran Pajak Kendaraan Tahunan dan Pengesahan STNK
  { q: 'pajek motor', slug: 'pajak-kendaraan-tahunan', kind: 'kolokial' },
  { q: 'stnk mati setaun', slug: 'pajak-kendaraan-tahunan', kind: 'kolokial' },
  { q: 'pengesahan stnk tahunan plat g', slug: 'pajak-kendaraan-tahunan', kind: 'resmi' },
  { q: 'pay motorcycle tax', slug: 'pajak-kendaraan-tahunan', kind: 'campuran' },
  {
    q: 'pajak mobil ku telat 3 bulan, bs bayar di mpp? dendanya dihitung dmn, ktp hrs pemilik asli?',
    slug: 'pajak-kendaraan-tahunan',
    kind: 'singkatan',
  },

  // Penggantian Paspor Hilang atau Rusak
  { q: 'paspor dimakan tikus', slug: 'paspor-hilang-rusak', kind: 'kolokial' },
  { q: 'passport lost', slug: 'paspor-hilang-rusak', kind: 'campuran' },
  { q: 'paspor ilang pas pindahan, dendanya brp', slug: 'paspor-hilang-rusak', kind: 'singkatan' },
  { q: 'penggantian paspor yang rusak terkena air', slug: 'paspor-hilang-rusak', kind: 'resmi' },
  {
    q: 'beta pung paspor hilang waktu pulang dari kupang, sonde tau di mana. mau ganti harus bawa surat dari polisi ka? bayar berapa',
    slug: 'paspor-hilang-rusak',
    kind: 'kolokial',
  },

  // Penggantian Paspor (Habis Berlaku atau Halaman Penuh)
  { q: 'paspor expired', slug: 'paspor', kind: 'campuran' },
  { q: 'lembar paspor udh penuh cap', slug: 'paspor', kind: 'singkatan' },
  { q: 'perpanjang pasport', slug: 'paspor', kind: 'salah ketik' },
  { q: 'penggantian paspor yang masa berlakunya habis', slug: 'paspor', kind: 'resmi' },
  { q: 'paspor sy abis bln depan, mau umroh, antrian m-paspor pilih mpp bs? bayar 650rb ya?', slug: 'paspor', kind: 'singkatan' },

  // Mutasi dan Pembetulan SPPT PBB-P2
  { q: 'gabung 2 sppt jd satu', slug: 'pbb-mutasi', kind: 'singkatan' },
  { q: 'luas tanah di pbb salah', slug: 'pbb-mutasi', kind: 'kolokial' },
  { q: 'pecah sppt tanah warisan', slug: 'pbb-mutasi', kind: 'kolokial' },
  { q: 'pembetulan data objek pajak bumi dan bangunan', slug: 'pbb-mutasi', kind: 'resmi' },
  {
    q: 'rumah udh kebeli 2 th lalu tp tagihan pajak bumi msh atas nama pemilik lama, gmn gantinya, bawa ajb?',
    slug: 'pbb-mutasi',
    kind: 'singkatan',
  },

  // Pendaftaran Objek Pajak PBB-P2 Baru
  { q: 'tanah blm pny sppt', slug: 'pbb-objek-baru', kind: 'singkatan' },
  { q: 'ngajuin nop utk tanah kapling', slug: 'pbb-objek-baru', kind: 'kolokial' },
  { q: 'formulir spop lspop', slug: 'pbb-objek-baru', kind: 'resmi' },
  { q: 'new property tax registration', slug: 'pbb-objek-baru', kind: 'campuran' },
  {
    q: 'ulun baru tuntung bangun rumah di tanah kapling, balum suah dapat tagihan pajak bumi, kaya apa mandaftarakannya, wayah apa jadinya?',
    slug: 'pbb-objek-baru',
    kind: 'kolokial',
  },

  // Persetujuan Bangunan Gedung (PBG)
  { q: 'ijin bangun rmh', slug: 'pbg', kind: 'salah ketik' },
  { q: 'mau renovasi tambah lantai perlu izin?', slug: 'pbg', kind: 'kolokial' },
  { q: 'building permit simbg', slug: 'pbg', kind: 'campuran' },
  { q: 'persetujuan bangunan untuk gedung usaha', slug: 'pbg', kind: 'resmi' },
  {
    q: 'kami mo bangun rumah dua lantai, dengar2 skrg bukan imb lagi tp ada penggantinya, retribusinya berapa dan berapa lama prosesnya?',
    slug: 'pbg',
    kind: 'kolokial',
  },

  // Balik Nama Pelanggan Air
  { q: 'langganan banyu masih atas nama urang lain', slug: 'pdam-balik-nama', kind: 'kolokial' },
  { q: 'ganti nama rek air', slug: 'pdam-balik-nama', kind: 'singkatan' },
  { q: 'transfer water account name', slug: 'pdam-balik-nama', kind: 'campuran' },
  { q: 'balik nama pelanggan perumda tirtayasa', slug: 'pdam-balik-nama', kind: 'resmi' },
  {
    q: 'sy beli rumah bekas, tagihan ledeng msh atas nama org lain, mau diganti ke nama sy, biayanya brp, bawa apa?',
    slug: 'pdam-balik-nama',
    kind: 'singkatan',
  },

  // Pembayaran Tagihan Air
  { q: 'bayar ledeng', slug: 'pdam-pembayaran', kind: 'kolokial' },
  { q: 'nunggak air 3 bulan bayar dmn', slug: 'pdam-pembayaran', kind: 'singkatan' },
  { q: 'pay water bill', slug: 'pdam-pembayaran', kind: 'campuran' },
  { q: 'bayr tagihn pdam', slug: 'pdam-pembayaran', kind: 'salah ketik' },
  {
    q: 'ibu sy mau bayar air tiap bulan di mpp aja biar sekalian, ada biaya admin ga? cukup sebut nomor sambungan?',
    slug: 'pdam-pembayaran',
    kind: 'singkatan',
  },

  // Pengaduan Gangguan Air dan Tagihan
  { q: 'air mati 3 hari', slug: 'pdam-pengaduan', kind: 'kolokial' },
  { q: 'banyu buthek', slug: 'pdam-pengaduan', kind: 'kolokial' },
  { q: 'tagihan air tiba2 mahal bgt', slug: 'pdam-pengaduan', kind: 'singkatan' },
  { q: 'water pipe leaking report', slug: 'pdam-pengaduan', kind: 'campuran' },
  {
    q: 'kenapa aer ledeng di rumah kecil sekali keluarnya, sudah seminggu, lapor ke mana dan brp lama ditangani?',
    slug: 'pdam-pengaduan',
    kind: 'kolokial',
  },

  // Pemasangan Sambungan Air Baru
  { q: 'pasang ledeng rumah baru', slug: 'pdam-sambungan-baru', kind: 'kolokial' },
  { q: 'permohonan sambungan air minum untuk rumah', slug: 'pdam-sambungan-baru', kind: 'resmi' },
  { q: 'biaya psg meteran air', slug: 'pdam-sambungan-baru', kind: 'singkatan' },
  { q: 'new water connection cost', slug: 'pdam-sambungan-baru', kind: 'campuran' },
  {
    q: 'kamek ngontrak rumah, sumur kering bah, mau langganan air bersih, perlu izin yang punya rumah kah? berapa hari dipasang?',
    slug: 'pdam-sambungan-baru',
    kind: 'kolokial',
  },

  // Pencatatan Perjanjian Kerja Waktu Tertentu (PKWT)
  { q: 'daftar kontrak buruh pabrik', slug: 'pencatatan-pkwt', kind: 'kolokial' },
  { q: 'catat kontrak kerja pegawai baru', slug: 'pencatatan-pkwt', kind: 'kolokial' },
  { q: 'register employment contract', slug: 'pencatatan-pkwt', kind: 'campuran' },
  {
    q: 'hrd mau daftarin perjanjian kerja kontrak ke disnaker, akun wajib lapor udh ada, bs dibantu di gerai?',
    slug: 'pencatatan-pkwt',
    kind: 'singkatan',
  },
  { q: 'pencatatn perjnjian kerja waktu tertentu', slug: 'pencatatan-pkwt', kind: 'salah ketik' },

  // Pendaftaran Haji Reguler
  { q: 'dapet nomor porsi', slug: 'pendaftaran-haji', kind: 'kolokial' },
  {
    q: 'setoran awal haji 25 juta udah masuk di bank syariah, terus buat dapat nomor antrian berangkat ngurusnya kemana?',
    slug: 'pendaftaran-haji',
    kind: 'kolokial',
  },
  { q: 'hajj registration', slug: 'pendaftaran-haji', kind: 'campuran' },
  {
    q: 'kaulah mau daftar haji sama bini, setoran awal sudah di bank, syaratnya apa beih? pas foto ukuran berapa?',
    slug: 'pendaftaran-haji',
    kind: 'kolokial',
  },
  { q: 'dftr haji reguler', slug: 'pendaftaran-haji', kind: 'singkatan' },

  // Pendampingan Pendaftaran Perkara Elektronik (e-Court)
  { q: 'daftar perkara lewat internet', slug: 'pendampingan-e-court', kind: 'kolokial' },
  { q: 'bikin akun ecourt dibantu', slug: 'pendampingan-e-court', kind: 'kolokial' },
  { q: 'file divorce online pengadilan agama', slug: 'pendampingan-e-court', kind: 'campuran' },
  {
    q: 'sy sdh punya surat gugatan cerai, mau daftar elektronik, panjar bayar dmn, sidang dikabari lwt apa',
    slug: 'pendampingan-e-court',
    kind: 'singkatan',
  },
  { q: 'pendaftaran perkara elektronik', slug: 'pendampingan-e-court', kind: 'resmi' },

  // Pengecekan Sertifikat Tanah
  { q: 'cek keaslian sertifikat tanah sebelum beli', slug: 'pengecekan-sertifikat', kind: 'kolokial' },
  { q: 'sertifikat mau dijaminkan ke bank dicek dulu', slug: 'pengecekan-sertifikat', kind: 'kolokial' },
  { q: 'check land certificate', slug: 'pengecekan-sertifikat', kind: 'campuran' },
  { q: 'biaya ngecek srtifikat', slug: 'pengecekan-sertifikat', kind: 'salah ketik' },
  {
    q: 'tetangga mau jual tanahnya ke kami, takut sertifikatnya palsu atau lagi diagunkan, bisa dicocokkan di bpn mpp? biayanya 50 ribu ya?',
    slug: 'pengecekan-sertifikat',
    kind: 'kolokial',
  },

  // Peralihan Hak atas Tanah (Balik Nama Sertifikat)
  { q: 'balik nama serifikat', slug: 'peralihan-hak', kind: 'salah ketik' },
  { q: 'tanah hibah dari ortu mau diganti nama', slug: 'peralihan-hak', kind: 'kolokial' },
  {
    q: 'kakek sudah meninggal, sertifikat sawah masih atas namanya, kami ahli waris mau ganti nama, selain surat waris apa lagi yg dibawa dan berapa biayanya',
    slug: 'peralihan-hak',
    kind: 'kolokial',
  },
  { q: 'land title transfer after buying', slug: 'peralihan-hak', kind: 'campuran' },
  { q: 'pendaftaran peralihan hak karena jual beli', slug: 'peralihan-hak', kind: 'resmi' },

  // Pengiriman Dokumen Hasil Layanan ke Rumah
  { q: 'paspor dikirim ke rumah', slug: 'pos-pengiriman-dokumen', kind: 'kolokial' },
  { q: 'ongkir dokumen dari mpp', slug: 'pos-pengiriman-dokumen', kind: 'kolokial' },
  { q: 'deliver my documents home', slug: 'pos-pengiriman-dokumen', kind: 'campuran' },
  {
    q: 'rumah sy jauh di luar kota, males bolak balik ambil dokumen yg udh jadi, bs dianter? brp ongkosnya',
    slug: 'pos-pengiriman-dokumen',
    kind: 'singkatan',
  },
  { q: 'kirim sertifikat izin lewat pos', slug: 'pos-pengiriman-dokumen', kind: 'kolokial' },

  // Rekomendasi Paspor Haji
  { q: 'surat rekom kemenag buat paspor', slug: 'rekomendasi-paspor-haji', kind: 'kolokial' },
  { q: 'jemaah haji berangkat tahun ini bikin paspor', slug: 'rekomendasi-paspor-haji', kind: 'kolokial' },
  { q: 'hajj passport recommendation', slug: 'rekomendasi-paspor-haji', kind: 'campuran' },
  {
    q: 'mbah kulo sampun lunas haji taun niki, badhe damel paspor, surat saking kemenag pripun carane?',
    slug: 'rekomendasi-paspor-haji',
    kind: 'kolokial',
  },
  { q: 'rekomendasi pasport haji', slug: 'rekomendasi-paspor-haji', kind: 'salah ketik' },

  // Rekomendasi Peserta PBI Jaminan Kesehatan
  { q: 'bpjs dibayarin pemerintah', slug: 'rekomendasi-pbi-jk', kind: 'kolokial' },
  { q: 'gak mampu bayar iuran bpjs', slug: 'rekomendasi-pbi-jk', kind: 'kolokial' },
  { q: 'rekomendasi penerima bantuan iuran jaminan kesehatan', slug: 'rekomendasi-pbi-jk', kind: 'resmi' },
  { q: 'free bpjs for poor family', slug: 'rekomendasi-pbi-jk', kind: 'campuran' },
  {
    q: 'bapak sy lg dirawat di rs, blm punya bpjs, kami gk mampu, bs diurus cepat biar ditanggung pemerintah? bawa apa',
    slug: 'rekomendasi-pbi-jk',
    kind: 'singkatan',
  },

  // Roya (Penghapusan Hak Tanggungan)
  { q: 'hapus catatan bank di sertifikat', slug: 'roya', kind: 'kolokial' },
  { q: 'kredit udh lunas, sertifikat hrs diapain', slug: 'roya', kind: 'singkatan' },
  { q: 'remove mortgage from land certificate', slug: 'roya', kind: 'campuran' },
  { q: 'penghapusan hak tanggungan', slug: 'roya', kind: 'resmi' },
  {
    q: 'pinjaman di bank sudah lunas dan sertifikat sudah dikembalikan, tapi katanya masih ada catatan tanggungannya. ngurusnya di mana, biaya berapa, berapa hari?',
    slug: 'roya',
    kind: 'kolokial',
  },

  // Pembuatan SIM Baru
  { q: 'baru 17 mau punya sim motor', slug: 'sim-baru', kind: 'kolokial' },
  { q: 'ujian praktek sim c', slug: 'sim-baru', kind: 'kolokial' },
  { q: 'driving license first time', slug: 'sim-baru', kind: 'campuran' },
  { q: 'syarat sim a baru, tes psikologi dmn', slug: 'sim-baru', kind: 'singkatan' },
  { q: 'anak sy udah 17 taun mau bikin sim, bisa di mpp atau harus ke satpas? biaya sim c brp', slug: 'sim-baru', kind: 'singkatan' },

  // Perpanjangan SIM A dan SIM C
  { q: 'perpanjng sim c', slug: 'sim-perpanjangan', kind: 'salah ketik' },
  { q: 'sim a mau abis bln dpn', slug: 'sim-perpanjangan', kind: 'singkatan' },
  { q: 'renew driving license', slug: 'sim-perpanjangan', kind: 'campuran' },
  { q: 'perpanjangan sim sebelum masa berlaku habis', slug: 'sim-perpanjangan', kind: 'resmi' },
  {
    q: 'sim abdi nu motor masih hirup dugi minggu payun, tiasa diperpanjang dinten sabtu? kedah nyandak surat sehat sareng psikologi?',
    slug: 'sim-perpanjangan',
    kind: 'kolokial',
  },

  // Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan
  { q: 'izin praktek bidan mandiri', slug: 'sip-tenaga-kesehatan', kind: 'kolokial' },
  { q: 'izin praktik dokter umum di klinik swasta', slug: 'sip-tenaga-kesehatan', kind: 'resmi' },
  { q: 'medical practice license', slug: 'sip-tenaga-kesehatan', kind: 'campuran' },
  {
    q: 'sy apoteker baru pindah tugas ke pekalongan, sip dr kabupaten lain msh bs dipake? atau bikin lg, brp hari',
    slug: 'sip-tenaga-kesehatan',
    kind: 'singkatan',
  },
  { q: 'izn prakter nakes', slug: 'sip-tenaga-kesehatan', kind: 'salah ketik' },

  // SKCK Baru
  { q: 'surat kelakuan baik buat ngelamar', slug: 'skck-baru', kind: 'kolokial' },
  { q: 'skck pertama kali utk daftar cpns', slug: 'skck-baru', kind: 'singkatan' },
  { q: 'police clearance kerja di jakarta', slug: 'skck-baru', kind: 'campuran' },
  { q: 'belum punya kartu sidik jari, mau bikin catatan kepolisian, harus ke polres dulu?', slug: 'skck-baru', kind: 'kolokial' },
  {
    q: 'anakku arep daftar sekolah polisi, butuh surat soko polisi, fotone latar abang ya? biayane piro',
    slug: 'skck-baru',
    kind: 'kolokial',
  },

  // Perpanjangan SKCK
  { q: 'skck expired', slug: 'skck-perpanjangan', kind: 'campuran' },
  { q: 'skck mati 2 bulan', slug: 'skck-perpanjangan', kind: 'kolokial' },
  { q: 'memperbarui surat catatan kepolisian yang habis masa berlaku', slug: 'skck-perpanjangan', kind: 'resmi' },
  { q: 'perpanjng skk', slug: 'skck-perpanjangan', kind: 'salah ketik' },
  {
    q: 'skck sy abis 3 bln lalu, mau dipake lg buat lamaran, lembar lamanya hrs dibawa? brp lama nunggunya',
    slug: 'skck-perpanjangan',
    kind: 'singkatan',
  },

  // Sertifikat Laik Fungsi (SLF)
  { q: 'sertifikat layak fungsi gedung', slug: 'slf', kind: 'resmi' },
  { q: 'bangunan udah jadi izin pakenya apa', slug: 'slf', kind: 'kolokial' },
  { q: 'building occupancy certificate', slug: 'slf', kind: 'campuran' },
  {
    q: 'gedung sekolah baru selesai dibangun sesuai pbg, sebelum dipakai butuh surat layak pakai, diurus lewat simbg juga? brp hari',
    slug: 'slf',
    kind: 'kolokial',
  },
  { q: 'slf ruko', slug: 'slf', kind: 'kolokial' },

  // Sertifikat Laik Higiene Sanitasi (SLHS)
  { q: 'sertifikat higienis rumah makan', slug: 'slhs', kind: 'kolokial' },
  {
    q: 'sy mau buka depot air isi ulang di depan gang, katanya butuh sertifikat dari dinkes, sampel airnya diuji di mana?',
    slug: 'slhs',
    kind: 'kolokial',
  },
  { q: 'hygiene certificate catering', slug: 'slhs', kind: 'campuran' },
  {
    q: 'usaha katering nasi kotak, diminta sertifikat kebersihan dapur, uji lab sampel makanan bayar sendiri? berapa lama keluar',
    slug: 'slhs',
    kind: 'kolokial',
  },
  { q: 'slhs warung makan', slug: 'slhs', kind: 'kolokial' },

  // Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)
  { q: 'nomer p irt bwt label', slug: 'spp-irt', kind: 'singkatan' },
  { q: 'jualan sambel botolan butuh izin apa', slug: 'spp-irt', kind: 'kolokial' },
  { q: 'home food production permit', slug: 'spp-irt', kind: 'campuran' },
  { q: 'jadwal penyuluhan keamanan pangan', slug: 'spp-irt', kind: 'resmi' },
  {
    q: 'ibu2 di kampung bikin kue kering kemasan mau dititip di minimarket, katanya harus ada izin dari dinkes, syarat dan lamanya gmn',
    slug: 'spp-irt',
    kind: 'singkatan',
  },

  // Pindah Keluar dan Pindah Datang
  { q: 'pindah ke luar kota urus surat', slug: 'surat-pindah', kind: 'kolokial' },
  { q: 'boyongan ke kalimantan', slug: 'surat-pindah', kind: 'kolokial' },
  { q: 'moving out of town documents', slug: 'surat-pindah', kind: 'campuran' },
  {
    q: 'sa pu keluarga baru datang dari jayapura, mau jadi warga sini, surat pindah dari sana su ada, trus bikin kk sama ktp baru di mana?',
    slug: 'surat-pindah',
    kind: 'kolokial',
    also: ['kartu-keluarga-baru'],
  },
  { q: 'srt pindah kluar kota', slug: 'surat-pindah', kind: 'salah ketik' },

  // Klaim Tabungan Hari Tua dan Pensiun Pertama ASN
  { q: 'pns mau pensiun bulan depan', slug: 'taspen-klaim-pensiun', kind: 'kolokial' },
  { q: 'tabungan hari tua guru pns', slug: 'taspen-klaim-pensiun', kind: 'resmi' },
  { q: 'civil servant retirement claim', slug: 'taspen-klaim-pensiun', kind: 'campuran' },
  {
    q: 'bapak sy guru sd sk pensiunnya udh turun, skpp jg ada, gaji pensiun pertama diurus di taspen mpp? brp hari cair',
    slug: 'taspen-klaim-pensiun',
    kind: 'singkatan',
  },
  { q: 'purna tugas pns ngurus duitnya', slug: 'taspen-klaim-pensiun', kind: 'kolokial' },

  // Otentikasi Peserta Pensiun
  { q: 'verifikasi wajah taspen gagal', slug: 'taspen-otentikasi', kind: 'kolokial' },
  { q: 'uang pensiun tdk cair bln ini', slug: 'taspen-otentikasi', kind: 'singkatan' },
  { q: 'face verification pensioner app', slug: 'taspen-otentikasi', kind: 'campuran' },
  {
    q: 'ibuku pensiunan janda pns, tiap mau verifikasi wajah di hp gagal terus, takut uang pensiunnya distop. bisa dibantu di mpp? bawa apa aja',
    slug: 'taspen-otentikasi',
    kind: 'kolokial',
  },
  { q: 'otentiksi pensiunan', slug: 'taspen-otentikasi', kind: 'salah ketik' },

  // Pembayaran Denda dan Pengambilan Barang Bukti Tilang
  { q: 'ambil stnk ditilang', slug: 'tilang', kind: 'kolokial' },
  { q: 'kena etle bayar denda', slug: 'tilang', kind: 'kolokial' },
  { q: 'traffic ticket fine', slug: 'tilang', kind: 'campuran' },
  {
    q: 'sim sy disita polisi pas razia, udh bayar lwt bank, ambilnya di kejaksaan lt 2 ya? bs diwakilin?',
    slug: 'tilang',
    kind: 'singkatan',
  },
  { q: 'dnda tilang brp', slug: 'tilang', kind: 'salah ketik' },

  // Pendaftaran Pengujian Berkala Kendaraan Bermotor (Uji KIR)
  { q: 'kir pikap', slug: 'uji-kir', kind: 'kolokial' },
  { q: 'uji berkala angkot', slug: 'uji-kir', kind: 'resmi' },
  { q: 'truck inspection schedule', slug: 'uji-kir', kind: 'campuran' },
  { q: 'buku kir truk sy udh 6 bln, daftar ujinya di mpp trs bawa kendaraan kmn? retribusi brp', slug: 'uji-kir', kind: 'singkatan' },
  { q: 'kier mobil bak', slug: 'uji-kir', kind: 'salah ketik' },
];

export const ELEVENTH_NOT_OFFERED: readonly string[] = [
  'izin trayek angkot',
  'sertifikat halal keripik',
  'izin edar bpom md sambal',
  'legalisir ijazah sma',
  'daftar ppdb smp negeri',
  'kartu prakerja',
  'pasang listrik baru pln',
  'token listrik gk masuk',
  'izin keramaian buat hajatan nikahan',
  'lapor kehilangan hp ke polisi',
  'perpanjang kitas wna',
  'visa kerja ke jepang',
  'daftar umroh di kemenag',
  'pendaftaran nikah di kua kecamatan',
  'ukl upl izin lingkungan pabrik',
  'perpanjang str perawat',
  'izin operasional klinik pratama',
  'kartu tani pupuk subsidi',
  'klaim santunan jasa raharja kecelakaan',
  'gadai emas',
  'kirim paket oleh2 lewat pos',
  'surat izin penelitian kesbangpol',
  'lampu jalan mati lapor kemana',
  'tera ulang timbangan pasar',
  'sim internasional buat nyetir di luar negri',
  'daftar merek dagang haki',
  'pengukuhan pkp buat faktur pajak',
  'surat bebas narkoba tes urin',
  'pelatihan kerja blk gratis',
  'izin usaha tambang pasir',
  'izin galian kabel di pinggir jalan',
  'surat keterangan sehat dari dokter buat lamaran',
  'jadwal imunisasi balita',
  'beasiswa kuliah dari pemkot',
  'pas kecil kapal nelayan',
  'langganan angkut sampah rumah',
  'surat pengantar nikah n1 dari kelurahan',
  'pasang gas pgn ke rumah',
  'ajukan kpr rumah subsidi',
  'cek gula darah gratis',
];
