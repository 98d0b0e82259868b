// A seventh held-out set of resident queries, written and labelled from the sample content
// (content/layanan/, content/gerai/, content/panduan/) only, and committed before any of them
// was typed into the search. Its author saw neither the search code nor the lines of the
// earlier sets, so it measures the search on queries nobody has seen while tuning: plain and
// official wording, everyday chat with Javanese, Sundanese and Betawi words, English words
// mixed in, slips of the thumb, SMS shorthand, and long questions that say who it is for (a
// baby, a wife, a late parent, an employee, an elderly parent), the situation (the vehicle,
// the shop, the job, the place it was lost) and whether it is new, renewed, lost, damaged or
// changed, or that ask about cost, time, place and what to bring. The rule of held-out.ts
// holds: never change the dictionary, stop words or ranking to fix one line of this file; fix
// the general cause and add new examples of it to queries.ts. A label may be changed only when
// it was wrong (the service a careful clerk at the counter would name), never to match a
// result. `also` lists other services a clerk would accept just as well as `slug`.
import type { FreshQuery } from './fresh.ts';

export const SEVENTH: readonly FreshQuery[] = [
  // KTP-el: first recording
  { q: 'anak saya bulan depan genap 17 tahun, kapan bisa rekam e ktp', slug: 'ktp-el', kind: 'kolokial' },
  { q: 'persyaratan perekaman ktp-el bagi pemula', slug: 'ktp-el', kind: 'resmi' },
  { q: 'bocah wis umur pitulas pengin gawe ktp kudu nggowo opo', slug: 'ktp-el', kind: 'kolokial' },
  { q: 'rekam ktp hrs dtg sndiri ato bs diwakilin ortu', slug: 'ktp-el', kind: 'singkatan' },
  { q: 'bikn ektp perdana brp lama jdinya', slug: 'ktp-el', kind: 'salah ketik' },
  { q: 'first time rekam biometrik ktp, bring kk only?', slug: 'ktp-el', kind: 'campuran' },
  { q: 'foto sidik jari iris mata buat ktp di loket mana', slug: 'ktp-el', kind: 'kolokial' },
  {
    q: 'blangko ktp katanya kosong terus dikasih surat pengganti, itu sah gak buat identitas',
    slug: 'ktp-el',
    also: ['ktp-el-rusak-hilang'],
    kind: 'kolokial',
  },
  // KTP-el: damaged, lost or changed
  { q: 'ktp kecuci di mesin cuci sampe melengkung', slug: 'ktp-el-rusak-hilang', kind: 'kolokial' },
  {
    q: 'ktp ilang pas mudik naik bus, sekarang udah balik, gimana ngurus yang baru',
    slug: 'ktp-el-rusak-hilang',
    kind: 'kolokial',
  },
  { q: 'penggantian ktp elektronik yang hilang', slug: 'ktp-el-rusak-hilang', kind: 'resmi' },
  { q: 'e-ktp ane retak kelindes motor, kudu rekam ulang kagak', slug: 'ktp-el-rusak-hilang', kind: 'kolokial' },
  { q: 'ktpku ilang neng sepur, piye carane gawe maneh', slug: 'ktp-el-rusak-hilang', kind: 'kolokial' },
  { q: 'lost my ktp, need replacement asap', slug: 'ktp-el-rusak-hilang', kind: 'campuran' },
  { q: 'ktp rusqk cetak ulamg', slug: 'ktp-el-rusak-hilang', kind: 'salah ketik' },
  { q: 'ktp hilsng perlu surat polsek ga', slug: 'ktp-el-rusak-hilang', kind: 'salah ketik' },
  {
    q: 'ibu saya sudah sepuh 70 tahun, ktp-nya hilang, bisa diwakilkan anaknya?',
    slug: 'ktp-el-rusak-hilang',
    kind: 'kolokial',
  },
  {
    q: 'status di ktp msh blm kawin pdhl udh nikah 2 thn',
    slug: 'ktp-el-rusak-hilang',
    also: ['kartu-keluarga-perubahan'],
    kind: 'singkatan',
  },
  {
    q: 'pindah rumah masih satu kota, alamat di ktp mau diganti',
    slug: 'ktp-el-rusak-hilang',
    also: ['kartu-keluarga-perubahan'],
    kind: 'kolokial',
  },
  // Kartu Keluarga: new family card
  { q: 'baru nikah pengin pisah kk dari mertua', slug: 'kartu-keluarga-baru', kind: 'kolokial' },
  {
    q: 'penerbitan kartu keluarga baru bagi pasangan yang baru menikah',
    slug: 'kartu-keluarga-baru',
    kind: 'resmi',
  },
  {
    q: 'abis cerai mau bikin kk sendiri bareng 2 anak, bawa akta cerai aja cukup?',
    slug: 'kartu-keluarga-baru',
    kind: 'kolokial',
  },
  { q: 'nikah siri blm pny buku nikah bs bikin kk bareng?', slug: 'kartu-keluarga-baru', kind: 'singkatan' },
  { q: 'mau pecah kk syrat nya apa aj', slug: 'kartu-keluarga-baru', kind: 'salah ketik' },
  { q: 'new family card after wedding, formulir f-1.01', slug: 'kartu-keluarga-baru', kind: 'campuran' },
  // Kartu Keluarga: changes, reprint
  {
    q: 'tambahin nama anak angkat ke kk',
    slug: 'kartu-keluarga-perubahan',
    kind: 'kolokial',
  },
  {
    q: 'pekerjaan di kk masih pelajar padahal udah kerja di pabrik',
    slug: 'kartu-keluarga-perubahan',
    kind: 'kolokial',
  },
  { q: 'kk sobek kena air ujan, mau cetak lagu', slug: 'kartu-keluarga-perubahan', kind: 'salah ketik' },
  { q: 'perubahan data pendidikan terakhir pada kartu keluarga', slug: 'kartu-keluarga-perubahan', kind: 'resmi' },
  {
    q: 'coret nama bapak dari kk soalnya udah meninggal',
    slug: 'kartu-keluarga-perubahan',
    also: ['akta-kematian'],
    kind: 'kolokial',
  },
  { q: 'golongan darah di kk salah tulis', slug: 'kartu-keluarga-perubahan', kind: 'kolokial' },
  { q: 'updte kk pndidikan s1', slug: 'kartu-keluarga-perubahan', kind: 'salah ketik' },
  { q: 'kk ilang cetak ulg hrs bw apa', slug: 'kartu-keluarga-perubahan', kind: 'singkatan' },
  { q: 'punten, kk abdi leungit, kumaha nyitak deui', slug: 'kartu-keluarga-perubahan', kind: 'kolokial' },
  // Akta kelahiran
  { q: 'bayi baru lahir di bidan, urus akta lahirnya di mana', slug: 'akta-kelahiran', kind: 'kolokial' },
  { q: 'syarat penerbitan kutipan akta kelahiran', slug: 'akta-kelahiran', kind: 'resmi' },
  {
    q: 'akte lahir anak ketiga udah lewat 60 hari, ada dendanya gak',
    slug: 'akta-kelahiran',
    kind: 'kolokial',
  },
  {
    q: 'istri lahiran di rumah dibantu dukun, gak ada surat keterangan lahir, bisa bikin akta?',
    slug: 'akta-kelahiran',
    kind: 'kolokial',
  },
  { q: 'akta klahiran anak', slug: 'akta-kelahiran', kind: 'salah ketik' },
  { q: 'akt lhr bayi brp hr jadinya', slug: 'akta-kelahiran', kind: 'singkatan' },
  { q: 'birth certificate for my newborn', slug: 'akta-kelahiran', kind: 'campuran' },
  { q: 'orok kakara lahir, nyieun akta di mana', slug: 'akta-kelahiran', kind: 'kolokial' },
  { q: 'saksi akta lahir harus 2 orang ya', slug: 'akta-kelahiran', kind: 'kolokial' },
  { q: 'lahiran di rs kemarin, akte anak bisa diurus suami aja?', slug: 'akta-kelahiran', kind: 'kolokial' },
  // Akta kematian
  {
    q: 'bapak meninggal minggu lalu di rumah, surat kematiannya ngurus di mana',
    slug: 'akta-kematian',
    kind: 'kolokial',
  },
  { q: 'pelaporan kematian warga untuk penerbitan akta', slug: 'akta-kematian', kind: 'resmi' },
  { q: 'akte kmatian buat klaim asuransi', slug: 'akta-kematian', kind: 'salah ketik' },
  { q: 'mbah wis sedo, akta kematiane piye', slug: 'akta-kematian', kind: 'kolokial' },
  { q: 'death certificate almarhumah ibu', slug: 'akta-kematian', kind: 'campuran' },
  { q: 'akta kematian bayar gak sih', slug: 'akta-kematian', kind: 'kolokial' },
  // Akta perkawinan (non-Muslim)
  { q: 'pencatatan perkawinan agama kristen di dukcapil', slug: 'akta-perkawinan', kind: 'resmi' },
  {
    q: 'abis pemberkatan di gereja minggu kemarin, akta nikahnya ngurus di mpp?',
    slug: 'akta-perkawinan',
    kind: 'kolokial',
  },
  { q: 'akta kawin katolik pas foto berdampingan 4x6', slug: 'akta-perkawinan', kind: 'kolokial' },
  { q: 'akta perkawinn hindu', slug: 'akta-perkawinan', kind: 'salah ketik' },
  // Kartu Identitas Anak
  { q: 'kia anak tk perlu pas foto gak', slug: 'kartu-identitas-anak', kind: 'singkatan' },
  { q: 'kartu identitas anak untuk syarat daftar sd', slug: 'kartu-identitas-anak', kind: 'resmi' },
  { q: 'ktp buat anak umur 10 taun', slug: 'kartu-identitas-anak', kind: 'kolokial' },
  { q: 'kartu identitaa anak smp', slug: 'kartu-identitas-anak', kind: 'salah ketik' },
  // IKD
  { q: 'aktivasi ktp digital di hp gagal verifikasi wajah', slug: 'aktivasi-ikd', kind: 'kolokial' },
  { q: 'aktivasi identitas kependudukan digital', slug: 'aktivasi-ikd', kind: 'resmi' },
  { q: 'ktp digital gk dpt kode aktivasi di email', slug: 'aktivasi-ikd', kind: 'singkatan' },
  { q: 'ikd activation butuh scan qr code dari petugas?', slug: 'aktivasi-ikd', kind: 'campuran' },
  // Pindah keluar / pindah datang
  { q: 'mau pindah ke semarang ikut suami, surat pindahnya gimana', slug: 'surat-pindah', kind: 'kolokial' },
  { q: 'pindah datang dari luar daerah ke kota pekalongan', slug: 'surat-pindah', kind: 'resmi' },
  { q: 'skpwni utk pindah ke luar kota', slug: 'surat-pindah', kind: 'singkatan' },
  { q: 'pindh domisli sekeluarga', slug: 'surat-pindah', kind: 'salah ketik' },
  { q: 'aye baru pindahan dari bekasi, ktp masih bekasi', slug: 'surat-pindah', kind: 'kolokial' },
  { q: 'moving out of town, need surat pindah for whole family', slug: 'surat-pindah', kind: 'campuran' },
  // SIM: renewal
  { q: 'perpanjang sim c yang mau abis bulan depan', slug: 'sim-perpanjangan', kind: 'kolokial' },
  { q: 'sim a abis minggu depan bs perpanjang di mal pelayanan?', slug: 'sim-perpanjangan', kind: 'singkatan' },
  { q: 'perpanjangan surat izin mengemudi', slug: 'sim-perpanjangan', kind: 'resmi' },
  { q: 'prpanjang sim c', slug: 'sim-perpanjangan', kind: 'salah ketik' },
  {
    q: 'sim mati 2 hari masih bisa diperpanjang di mpp gak',
    slug: 'sim-perpanjangan',
    also: ['sim-baru'],
    kind: 'kolokial',
  },
  { q: 'renew sim motor, perlu tes psikologi juga?', slug: 'sim-perpanjangan', kind: 'campuran' },
  { q: 'mau perpanjang sim mobil harus bawa kartu bpjs aktif?', slug: 'sim-perpanjangan', kind: 'kolokial' },
  { q: 'nganyari sim c sing meh entek', slug: 'sim-perpanjangan', kind: 'kolokial' },
  // SIM: new
  { q: 'bikin sim c pertama kali umur 17', slug: 'sim-baru', kind: 'kolokial' },
  { q: 'ujian praktik sim bisa di mpp?', slug: 'sim-baru', kind: 'kolokial' },
  { q: 'pembuatan sim a baru', slug: 'sim-baru', kind: 'resmi' },
  { q: 'sim bru motor syratnya', slug: 'sim-baru', kind: 'salah ketik' },
  // SKCK: new
  { q: 'skck buat ngelamar kerja di pabrik garmen', slug: 'skck-baru', kind: 'kolokial' },
  { q: 'bikin skck pertama kali bawa apa aja', slug: 'skck-baru', kind: 'kolokial' },
  { q: 'penerbitan surat keterangan catatan kepolisian', slug: 'skck-baru', kind: 'resmi' },
  { q: 'skck utk daftar cpns foto latar merah?', slug: 'skck-baru', kind: 'singkatan' },
  { q: 'surat kelakuan baik buat daftar kuliah', slug: 'skck-baru', kind: 'kolokial' },
  { q: 'skck for job application, how much', slug: 'skck-baru', kind: 'campuran' },
  { q: 'belum punya kartu tik sidik jari, bisa bikin skck?', slug: 'skck-baru', kind: 'kolokial' },
  { q: 'ponakan mau kerja jadi satpam, skck ngurusnya berapa hari', slug: 'skck-baru', kind: 'kolokial' },
  // SKCK: renewal
  { q: 'skck udah expired 3 bulan mau perpanjang', slug: 'skck-perpanjangan', kind: 'campuran' },
  {
    q: 'perpanjangan skck yang sudah habis masa berlakunya',
    slug: 'skck-perpanjangan',
    kind: 'resmi',
  },
  { q: 'prpnjg skck lama', slug: 'skck-perpanjangan', kind: 'singkatan' },
  { q: 'skck kadaluarsa, bawa lembar yang lama', slug: 'skck-perpanjangan', kind: 'kolokial' },
  { q: 'perpanjng skck biaya', slug: 'skck-perpanjangan', kind: 'salah ketik' },
  // Paspor: expired or full
  { q: 'paspor habis masa berlaku padahal mau umroh bulan depan', slug: 'paspor', kind: 'kolokial' },
  { q: 'penggantian paspor karena halaman penuh', slug: 'paspor', kind: 'resmi' },
  { q: 'di m paspor pilih lokasi mpp pekalongan bisa?', slug: 'paspor', kind: 'kolokial' },
  { q: 'renew passport di mpp', slug: 'paspor', kind: 'campuran' },
  {
    q: 'paspor anak 5 tahun mau diperpanjang, harus dateng sama ayah ibunya?',
    slug: 'paspor',
    kind: 'kolokial',
  },
  { q: 'pasport abis', slug: 'paspor', kind: 'salah ketik' },
  { q: 'bikin paspor baru pertama kali di mpp bisa?', slug: 'paspor', kind: 'kolokial' },
  // Paspor: lost or damaged
  { q: 'paspor ilang di bandara pas pulang kerja dari malaysia', slug: 'paspor-hilang-rusak', kind: 'kolokial' },
  { q: 'paspor kena banjir halamannya lengket semua', slug: 'paspor-hilang-rusak', kind: 'kolokial' },
  { q: 'penggantian paspor yang hilang', slug: 'paspor-hilang-rusak', kind: 'resmi' },
  { q: 'paspor robek dikit msh bs dipake gk', slug: 'paspor-hilang-rusak', kind: 'singkatan' },
  { q: 'pasport rusak digigit tikus', slug: 'paspor-hilang-rusak', kind: 'salah ketik' },
  // BPJS Kesehatan: registration
  { q: 'daftar bpjs mandiri sekelurga satu kk', slug: 'bpjs-kesehatan-pendaftaran', kind: 'salah ketik' },
  {
    q: 'pendaftaran peserta jkn pekerja bukan penerima upah',
    slug: 'bpjs-kesehatan-pendaftaran',
    kind: 'resmi',
  },
  { q: 'bikin kis mandiri kelas 3 iurannya brp', slug: 'bpjs-kesehatan-pendaftaran', kind: 'singkatan' },
  {
    q: 'saya tukang bakso keliling, pengin punya bpjs kesehatan buat anak istri',
    slug: 'bpjs-kesehatan-pendaftaran',
    kind: 'kolokial',
  },
  { q: 'bpjs kesehtan daftar baru', slug: 'bpjs-kesehatan-pendaftaran', kind: 'salah ketik' },
  { q: 'health insurance pemerintah buat freelancer', slug: 'bpjs-kesehatan-pendaftaran', kind: 'campuran' },
  { q: 'bpjs kes kpn aktifnya stlh daftar', slug: 'bpjs-kesehatan-pendaftaran', kind: 'singkatan' },
  // BPJS Kesehatan: change of data
  { q: 'anak baru 2 minggu mau didaftarin ke bpjs keluarga', slug: 'bpjs-kesehatan-perubahan-data', kind: 'kolokial' },
  { q: 'naik kelas bpjs dari kelas 3 ke kelas 2', slug: 'bpjs-kesehatan-perubahan-data', kind: 'kolokial' },
  {
    q: 'istri baru dinikahi mau ditambahin ke bpjs saya',
    slug: 'bpjs-kesehatan-perubahan-data',
    kind: 'kolokial',
  },
  { q: 'perubahan alamat peserta jkn', slug: 'bpjs-kesehatan-perubahan-data', kind: 'resmi' },
  { q: 'no hp di bpjs udh gk aktif mau ganti', slug: 'bpjs-kesehatan-perubahan-data', kind: 'singkatan' },
  // BPJS Kesehatan: change of primary clinic
  { q: 'pindah puskesmaa bpjs ke yang deket rumah', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'salah ketik' },
  { q: 'ganti klinik faskes 1 baru 2 bulan boleh?', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'kolokial' },
  {
    q: 'perpindahan fasilitas kesehatan tingkat pertama',
    slug: 'bpjs-kesehatan-pindah-faskes',
    kind: 'resmi',
  },
  { q: 'pndah faskes bpjs', slug: 'bpjs-kesehatan-pindah-faskes', kind: 'salah ketik' },
  // BPJS Ketenagakerjaan: self-employed (BPU)
  { q: 'bpjs ketenagakerjaan buat driver ojol', slug: 'bpjs-ketenagakerjaan-bpu', kind: 'kolokial' },
  {
    q: 'nelayan daftar jaminan kecelakaan kerja dan jaminan kematian',
    slug: 'bpjs-ketenagakerjaan-bpu',
    kind: 'resmi',
  },
  { q: 'bpjs tk mandiri pedagang pasar iuran brp', slug: 'bpjs-ketenagakerjaan-bpu', kind: 'singkatan' },
  { q: 'kulo pengrajin batik pengin melu bpjs naker', slug: 'bpjs-ketenagakerjaan-bpu', kind: 'kolokial' },
  // BPJS Ketenagakerjaan: JHT claim
  { q: 'resign dari pabrik mau cairin jht', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'campuran' },
  { q: 'pengajuan pencairan saldo jaminan hari tua peserta', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'resmi' },
  { q: 'klaim jht 10 persen pas masih kerja', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'kolokial' },
  { q: 'kartu jamsostek lama masih bisa dicairin?', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'kolokial' },
  { q: 'cair bpjs tk hrs ada paklaring?', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'singkatan' },
  {
    q: 'kena phk dari toko bangunan, saldo bpjs ketenagakerjaan bisa diambil semua?',
    slug: 'bpjs-ketenagakerjaan-klaim-jht',
    kind: 'kolokial',
  },
  { q: 'klaim jht lwt jmo gagal trs', slug: 'bpjs-ketenagakerjaan-klaim-jht', kind: 'singkatan' },
  // BRI: KUR
  { q: 'pinjam modal kur bri buat warung sembako', slug: 'bri-kur', kind: 'kolokial' },
  { q: 'syarat pengajuan kredit usaha rakyat', slug: 'bri-kur', kind: 'resmi' },
  { q: 'kur bri bunga brp persen', slug: 'bri-kur', kind: 'singkatan' },
  { q: 'butuh modal buat nambah gerobak angkringan', slug: 'bri-kur', kind: 'kolokial' },
  // BRI: savings account
  { q: 'buka tabungan bri buat terima gajii', slug: 'bri-rekening', kind: 'salah ketik' },
  { q: 'bikin rekening simpedes', slug: 'bri-rekening', kind: 'kolokial' },
  { q: 'rekning bri bru', slug: 'bri-rekening', kind: 'salah ketik' },
  { q: 'open account bri buat bansos', slug: 'bri-rekening', kind: 'campuran' },
  // Bank Jateng: savings account
  { q: 'buka rekening bank jateng untuk anak sekolah', slug: 'bank-jateng-rekening', kind: 'kolokial' },
  { q: 'pembukaan tabungan perorangan di bank jateng', slug: 'bank-jateng-rekening', kind: 'resmi' },
  { q: 'rek bank jateng setoran awal brp', slug: 'bank-jateng-rekening', kind: 'singkatan' },
  { q: 'tabungan pelajar anak smp pakai kia bisa?', slug: 'bank-jateng-rekening', kind: 'kolokial' },
  // Bank Jateng: PBB and local taxes payment
  { q: 'bayar pbb tahun ini di mpp bisa?', slug: 'bank-jateng-pajak-daerah', kind: 'kolokial' },
  { q: 'nyetor pbb cukup bawa sppt', slug: 'bank-jateng-pajak-daerah', kind: 'kolokial' },
  { q: 'pembayaran pajak bumi dan bangunan', slug: 'bank-jateng-pajak-daerah', kind: 'resmi' },
  { q: 'byr pbb p2', slug: 'bank-jateng-pajak-daerah', kind: 'singkatan' },
  { q: 'bayar retribusi pakai kode bayar', slug: 'bank-jateng-pajak-daerah', kind: 'kolokial' },
  // PBB: change of name or correction
  { q: 'sppt masih atas nama pemilik lama rumahnya', slug: 'pbb-mutasi', kind: 'kolokial' },
  { q: 'balik nama pbb warisan almarhum bapak', slug: 'pbb-mutasi', kind: 'kolokial' },
  { q: 'luas tanah di sppt salah, kegedean', slug: 'pbb-mutasi', kind: 'kolokial' },
  { q: 'pecah nop pbb tanah kavling', slug: 'pbb-mutasi', kind: 'singkatan' },
  { q: 'permohonan mutasi nama wajib pajak pada sppt', slug: 'pbb-mutasi', kind: 'resmi' },
  // PBB: new tax object
  { q: 'rumah baru dibangun belum ada sppt pbb', slug: 'pbb-objek-baru', kind: 'kolokial' },
  { q: 'pendataan objek pajak baru untuk bangunan yang belum terdaftar', slug: 'pbb-objek-baru', kind: 'resmi' },
  { q: 'ngisi spop lspop buat nop baru', slug: 'pbb-objek-baru', kind: 'singkatan' },
  { q: 'pbb bru rmh perumahan', slug: 'pbb-objek-baru', kind: 'salah ketik' },
  // BPHTB validation
  { q: 'validasi bphtb sebelum balik nama sertifikat', slug: 'bphtb-validasi', kind: 'resmi' },
  {
    q: 'pajak pembeli rumah bekas itu apa',
    slug: 'bphtb-validasi',
    also: ['bank-jateng-pajak-daerah'],
    kind: 'kolokial',
  },
  { q: 'sspd bphtb divalidasi di gerai mana', slug: 'bphtb-validasi', kind: 'singkatan' },
  { q: 'bphtb jual beli tanah kurang bayar', slug: 'bphtb-validasi', kind: 'singkatan' },
  // NPWPD
  { q: 'buka rumah makan wajib daftar pajak daerah?', slug: 'npwpd', kind: 'kolokial' },
  { q: 'daftar pajak restoran buat kafe baru', slug: 'npwpd', kind: 'kolokial' },
  { q: 'pendaftaran wajib pajak daerah usaha hotel', slug: 'npwpd', kind: 'resmi' },
  { q: 'npwpd usaha parkir', slug: 'npwpd', kind: 'singkatan' },
  // NPWP
  { q: 'hrd minta npwp, bikinnya di mana', slug: 'npwp', kind: 'kolokial' },
  { q: 'npwp badan untuk cv baru', slug: 'npwp', kind: 'kolokial' },
  { q: 'pendaftaran nomor pokok wajib pajak', slug: 'npwp', kind: 'resmi' },
  { q: 'nik udah jadi npwp, masih perlu daftar lagi?', slug: 'npwp', kind: 'kolokial' },
  { q: 'register tax number pribadi', slug: 'npwp', kind: 'campuran' },
  // Coretax
  { q: 'lupa password coretax', slug: 'aktivasi-akun-coretax', kind: 'campuran' },
  { q: 'aktivasi akun coretax djp', slug: 'aktivasi-akun-coretax', kind: 'resmi' },
  { q: 'cara bikin kode otorisasi pajak', slug: 'aktivasi-akun-coretax', kind: 'kolokial' },
  { q: 'email akun pajak udah mati, gak bisa login', slug: 'aktivasi-akun-coretax', kind: 'kolokial' },
  // SPT Tahunan
  { q: 'lapor spt tahunan karyawan dibantuin petugas', slug: 'asistensi-spt-tahunan', kind: 'kolokial' },
  { q: 'ngisi spt 1770 s', slug: 'asistensi-spt-tahunan', kind: 'singkatan' },
  { q: 'penyampaian spt tahunan pph orang pribadi', slug: 'asistensi-spt-tahunan', kind: 'resmi' },
  { q: 'bukti potong 1721 dari kantor buat lapor spt', slug: 'asistensi-spt-tahunan', kind: 'kolokial' },
  { q: 'spt tahunn', slug: 'asistensi-spt-tahunan', kind: 'salah ketik' },
  // Annual vehicle tax (Samsat)
  { q: 'bayar pajak motor vario tahunn', slug: 'pajak-kendaraan-tahunan', kind: 'salah ketik' },
  { q: 'pajak avanza telat 3 bulan dendanya brp', slug: 'pajak-kendaraan-tahunan', kind: 'singkatan' },
  { q: 'pelunasan pkb tahunan sepeda motor', slug: 'pajak-kendaraan-tahunan', kind: 'resmi' },
  { q: 'mbayar pajek motor nang mpp iso?', slug: 'pajak-kendaraan-tahunan', kind: 'kolokial' },
  {
    q: 'stnk motor beat udah mati setahun, bayarnya masih bisa di sini?',
    slug: 'pajak-kendaraan-tahunan',
    kind: 'kolokial',
  },
  { q: 'byr pkb bs diwakilin adik?', slug: 'pajak-kendaraan-tahunan', kind: 'singkatan' },
  { q: 'perpanjang stnk 5 tahun ganti plat', slug: 'pajak-kendaraan-tahunan', kind: 'kolokial' },
  { q: 'pay motorcycle tax samsat', slug: 'pajak-kendaraan-tahunan', kind: 'campuran' },
  { q: 'samsat di mpp lantai berapa', slug: 'pajak-kendaraan-tahunan', kind: 'kolokial' },
  // Traffic tickets (tilang)
  { q: 'ambil sim yg ditilangg', slug: 'tilang', kind: 'salah ketik' },
  { q: 'denda tilang gak pake helm berapa', slug: 'tilang', kind: 'kolokial' },
  { q: 'kena etle bayar dmn', slug: 'tilang', kind: 'singkatan' },
  { q: 'pengambilan stnk sitaan setelah sidang tilang', slug: 'tilang', kind: 'resmi' },
  { q: 'stnk disita pas razia kemarin', slug: 'tilang', kind: 'kolokial' },
  // Uji KIR
  { q: 'kir mobil pickup buat usaha', slug: 'uji-kir', kind: 'kolokial' },
  { q: 'pengujian berkala kendaraan angkutan umum', slug: 'uji-kir', kind: 'resmi' },
  { q: 'kir truk engkel 6 bulan sekali daftar di mana', slug: 'uji-kir', kind: 'kolokial' },
  { q: 'ujikir angkot', slug: 'uji-kir', kind: 'salah ketik' },
  // Land: information
  { q: 'tanya tanya soal ptsl', slug: 'informasi-pertanahan', kind: 'kolokial' },
  { q: 'tanah masih letter c mau disertifikatkan', slug: 'informasi-pertanahan', kind: 'kolokial' },
  { q: 'layanan informasi pertanahan', slug: 'informasi-pertanahan', kind: 'resmi' },
  // Land: certificate check
  { q: 'cek keaslian sertifikay sebelum beli tanah', slug: 'pengecekan-sertifikat', kind: 'salah ketik' },
  { q: 'permohonan pengecekan sertipikat di kantor pertanahan', slug: 'pengecekan-sertifikat', kind: 'resmi' },
  { q: 'cek srtifikat ke bpn', slug: 'pengecekan-sertifikat', kind: 'salah ketik' },
  // Land: transfer of title
  { q: 'balik nama sertifikat rumah yang saya beli', slug: 'peralihan-hak', kind: 'kolokial' },
  {
    q: 'sertifikat tanah warisan mau diganti nama ahli waris',
    slug: 'peralihan-hak',
    kind: 'kolokial',
  },
  { q: 'hibah tanah dr ortu ke anak', slug: 'peralihan-hak', kind: 'singkatan' },
  { q: 'peralihan hak atas tanah karena jual beli', slug: 'peralihan-hak', kind: 'resmi' },
  // Land: roya
  {
    q: 'kpr udah lunas tapi sertifikat masih ada catatan bank',
    slug: 'roya',
    kind: 'kolokial',
  },
  { q: 'pencoretan hak tanggungan pada sertipikat', slug: 'roya', kind: 'resmi' },
  { q: 'angkat roya abis lunas kredit', slug: 'roya', kind: 'kolokial' },
  // KRK
  { q: 'keterangan rencana kota untuk syarat pbg', slug: 'krk', kind: 'resmi' },
  { q: 'cek peruntukan lahan zona kuning apa hijau', slug: 'krk', kind: 'kolokial' },
  { q: 'garis sempadan bangunan rumah berapa meter', slug: 'krk', kind: 'kolokial' },
  // PBG
  { q: 'izin bangun rumh 2 lantai', slug: 'pbg', kind: 'salah ketik' },
  { q: 'imb sekarang ganti pbg ya', slug: 'pbg', kind: 'singkatan' },
  { q: 'renovasi ruko perlu izin gak', slug: 'pbg', kind: 'kolokial' },
  { q: 'permohonan persetujuan bangunan gedung rumah tinggal', slug: 'pbg', kind: 'resmi' },
  { q: 'berapa lama pbg rumah tinggal jadi', slug: 'pbg', kind: 'kolokial' },
  // SLF
  { q: 'sertifikat laik fungsi ruko', slug: 'slf', kind: 'resmi' },
  { q: 'slf gedung sekolah baru jadi', slug: 'slf', kind: 'singkatan' },
  { q: 'bangunan udah selesai dibangun, butuh sertifikat apa lagi', slug: 'slf', kind: 'kolokial' },
  // Reklame
  { q: 'pasang baliho promo toko', slug: 'izin-reklame', kind: 'kolokial' },
  { q: 'izin neon box di depan toko', slug: 'izin-reklame', kind: 'campuran' },
  { q: 'izin penyelenggaraan reklame', slug: 'izin-reklame', kind: 'resmi' },
  { q: 'izin spanduk acara', slug: 'izin-reklame', kind: 'kolokial' },
  // NIB / OSS
  { q: 'daftar oss buat nib usaha laundry', slug: 'nib', kind: 'kolokial' },
  { q: 'bikin izin usaha warung kelontong', slug: 'nib', kind: 'kolokial' },
  { q: 'nomor induk berusaha perorangan', slug: 'nib', kind: 'resmi' },
  { q: 'nib umkm bayar gak', slug: 'nib', kind: 'kolokial' },
  { q: 'izin usaha jualan online di rumah', slug: 'nib', kind: 'kolokial' },
  { q: 'kbli utk usaha fotokopi', slug: 'nib', kind: 'singkatan' },
  { q: 'business license for small shop', slug: 'nib', kind: 'campuran' },
  { q: 'gmn cara dpt nib buat usaha batik rumahan', slug: 'nib', kind: 'singkatan' },
  // LKPM
  { q: 'laporan lkpm triwulan', slug: 'lkpm', kind: 'singkatan' },
  { q: 'lapor realisasi investasi di oss', slug: 'lkpm', kind: 'kolokial' },
  { q: 'laporan kegiatan penanaman modal usaha kecil', slug: 'lkpm', kind: 'resmi' },
  // PKWT
  { q: 'lapor kontrak karyawan ke disnaker', slug: 'pencatatan-pkwt', kind: 'kolokial' },
  { q: 'pencatatan perjanjian kerja waktu tertentu', slug: 'pencatatan-pkwt', kind: 'resmi' },
  { q: 'pkwt karyawan baru hrs dicatat?', slug: 'pencatatan-pkwt', kind: 'singkatan' },
  {
    q: 'karyawan toko saya kontrak setahun, perjanjiannya dicatat ke mana',
    slug: 'pencatatan-pkwt',
    kind: 'kolokial',
  },
  // Kartu kuning
  { q: 'bikin kartu kuning buat lamar kerja', slug: 'kartu-kuning', kind: 'kolokial' },
  { q: 'ak1 disnaker', slug: 'kartu-kuning', kind: 'singkatan' },
  { q: 'penerbitan kartu tanda pencari kerja ak/i', slug: 'kartu-kuning', kind: 'resmi' },
  { q: 'kartu kuninh', slug: 'kartu-kuning', kind: 'salah ketik' },
  // SIP tenaga kesehatan
  { q: 'sip bidan praktik mandiri', slug: 'sip-tenaga-kesehatan', kind: 'singkatan' },
  { q: 'surat izin praktik drg di klinik swasta', slug: 'sip-tenaga-kesehatan', kind: 'singkatan' },
  {
    q: 'perawat baru masuk kerja di klinik, perlu izin praktik?',
    slug: 'sip-tenaga-kesehatan',
    kind: 'kolokial',
  },
  // Apotek
  { q: 'buka apotek izinnya apa aja', slug: 'izin-apotek', kind: 'kolokial' },
  { q: 'perizinan toko obat', slug: 'izin-apotek', kind: 'resmi' },
  { q: 'izin apotik baru apoteker penanggung jawab', slug: 'izin-apotek', kind: 'salah ketik' },
  // SLHS
  { q: 'izin ketring nasi kotak', slug: 'slhs', kind: 'salah ketik' },
  { q: 'depot isi ulang air minum butuh sertifikat apa', slug: 'slhs', kind: 'kolokial' },
  { q: 'sertifikat laik higiene sanitasi rumah makan', slug: 'slhs', kind: 'resmi' },
  // SPP-IRT
  { q: 'pirt buat usaha keripik tempe', slug: 'spp-irt', kind: 'singkatan' },
  { q: 'jualan sambal bawang botolan di marketplace perlu izin apa', slug: 'spp-irt', kind: 'kolokial' },
  { q: 'penerbitan sertifikat produksi pangan rumahan', slug: 'spp-irt', kind: 'resmi' },
  { q: 'p-irt kue kering lebaran', slug: 'spp-irt', kind: 'singkatan' },
  // Data sosial ekonomi (bansos)
  { q: 'dftr pkh sm bpnt', slug: 'data-sosial-ekonomi', kind: 'singkatan' },
  { q: 'cara masuk dtks', slug: 'data-sosial-ekonomi', kind: 'kolokial' },
  { q: 'keluarga miskin belum dapat bantuan sembako', slug: 'data-sosial-ekonomi', kind: 'kolokial' },
  { q: 'pembaruan data penerima bantuan sosial', slug: 'data-sosial-ekonomi', kind: 'resmi' },
  // PBI JK recommendation
  { q: 'bpjs gratis dari pemerintah buat warga gak mampu', slug: 'rekomendasi-pbi-jk', kind: 'kolokial' },
  { q: 'iuran bpjs nunggak, mau pindah ke pbi', slug: 'rekomendasi-pbi-jk', kind: 'kolokial' },
  {
    q: 'ibu lagi dirawat di rs, belum punya bpjs dan gak mampu bayar',
    slug: 'rekomendasi-pbi-jk',
    kind: 'kolokial',
  },
  { q: 'rekomendasi pbi jk dinsos', slug: 'rekomendasi-pbi-jk', kind: 'singkatan' },
  // Pengadilan Agama: information
  { q: 'mau gugat cerai suami syaratny apa', slug: 'informasi-perkara-pengadilan-agama', kind: 'salah ketik' },
  {
    q: 'isbat nikah orang tua dulu nikah siri',
    slug: 'informasi-perkara-pengadilan-agama',
    kind: 'kolokial',
  },
  { q: 'dispensasi kawin anak umur 18', slug: 'informasi-perkara-pengadilan-agama', kind: 'kolokial' },
  { q: 'perwalian anak di pengadilan agama', slug: 'informasi-perkara-pengadilan-agama', kind: 'resmi' },
  // Pengadilan Agama: e-Court
  {
    q: 'daftar gugatan cerai online lewat e-court',
    slug: 'pendampingan-e-court',
    also: ['informasi-perkara-pengadilan-agama'],
    kind: 'kolokial',
  },
  { q: 'bikin akun ecourt dibantu', slug: 'pendampingan-e-court', kind: 'singkatan' },
  { q: 'pendaftaran gugatan secara elektronik di pengadilan agama', slug: 'pendampingan-e-court', kind: 'resmi' },
  // Konsultasi hukum
  { q: 'sengketa tanah sama tetangga mau konsultasi', slug: 'konsultasi-hukum', kind: 'kolokial' },
  { q: 'utang gak dibayar2 temen, bisa tanya jaksa?', slug: 'konsultasi-hukum', kind: 'kolokial' },
  { q: 'konsultasi hukum perdata gratis', slug: 'konsultasi-hukum', kind: 'resmi' },
  { q: 'free legal advice pekalongan', slug: 'konsultasi-hukum', kind: 'campuran' },
  // Kemenag: legalisation of marriage book
  { q: 'legalisir fotokopi buku nikah buat paspor', slug: 'legalisasi-buku-nikah', kind: 'kolokial' },
  { q: 'pengesahan fotokopi buku nikah', slug: 'legalisasi-buku-nikah', kind: 'resmi' },
  { q: 'legalisir surat nikah buat visa', slug: 'legalisasi-buku-nikah', kind: 'kolokial' },
  // Kemenag: haji registration
  { q: 'daftar haji reguler biar dapat nomor porsi', slug: 'pendaftaran-haji', kind: 'kolokial' },
  {
    q: 'setoran awal haji udah di bank, terus daftarnya di mana',
    slug: 'pendaftaran-haji',
    kind: 'kolokial',
  },
  { q: 'pendaftaran jemaah haji', slug: 'pendaftaran-haji', kind: 'resmi' },
  { q: 'dftr haji bawa apa aj', slug: 'pendaftaran-haji', kind: 'singkatan' },
  // Kemenag: haji passport recommendation
  { q: 'rekom paspor haji berangkat tahun ini', slug: 'rekomendasi-paspor-haji', kind: 'singkatan' },
  {
    q: 'surat rekomendasi kemenag buat bikin paspor haji',
    slug: 'rekomendasi-paspor-haji',
    kind: 'kolokial',
  },
  { q: 'rekomendasi pembuatan paspor jemaah haji', slug: 'rekomendasi-paspor-haji', kind: 'resmi' },
  // Pos: delivery of documents
  { q: 'paspor dikirim ke rumah lewat pos', slug: 'pos-pengiriman-dokumen', kind: 'kolokial' },
  { q: 'gak sempet ambil dokumen, bisa dianter?', slug: 'pos-pengiriman-dokumen', kind: 'kolokial' },
  { q: 'ongkir kirim dokumen ke luar kota', slug: 'pos-pengiriman-dokumen', kind: 'singkatan' },
  // PDAM: change of name
  { q: 'ganti nama pelanggan pdam, rumahnya baru dibeli', slug: 'pdam-balik-nama', kind: 'kolokial' },
  { q: 'balik nama meteran air', slug: 'pdam-balik-nama', kind: 'kolokial' },
  { q: 'rek air msh atas nama almarhum', slug: 'pdam-balik-nama', kind: 'singkatan' },
  // PDAM: payment
  { q: 'bayar tagihan air bulan ini', slug: 'pdam-pembayaran', kind: 'kolokial' },
  { q: 'tunggakan pdam 3 bulan', slug: 'pdam-pembayaran', kind: 'kolokial' },
  { q: 'pembayaran rekening air minum', slug: 'pdam-pembayaran', kind: 'resmi' },
  { q: 'byr pdam', slug: 'pdam-pembayaran', kind: 'singkatan' },
  // PDAM: complaints
  { q: 'air pdam mati dari kemarn', slug: 'pdam-pengaduan', kind: 'salah ketik' },
  { q: 'tagihan air tiba2 naik banget', slug: 'pdam-pengaduan', kind: 'kolokial' },
  {
    q: 'meteran air muter terus padahal keran ditutup semua',
    slug: 'pdam-pengaduan',
    kind: 'kolokial',
  },
  { q: 'banyu ledeng buthek kaya kopi', slug: 'pdam-pengaduan', kind: 'kolokial' },
  // PDAM: new connection
  { q: 'pasanf pdam rumah baru', slug: 'pdam-sambungan-baru', kind: 'salah ketik' },
  { q: 'permohonan sambungan baru air minum', slug: 'pdam-sambungan-baru', kind: 'resmi' },
  { q: 'biaya pasang air ledeng', slug: 'pdam-sambungan-baru', kind: 'kolokial' },
  { q: 'psng air pdam utk kontrakan', slug: 'pdam-sambungan-baru', kind: 'singkatan' },
  // Taspen: retirement claim
  { q: 'pns mau pensiun tahun depan urus tht', slug: 'taspen-klaim-pensiun', kind: 'singkatan' },
  { q: 'klaim taspen pensiun pertama', slug: 'taspen-klaim-pensiun', kind: 'kolokial' },
  { q: 'pengajuan tabungan hari tua asn', slug: 'taspen-klaim-pensiun', kind: 'resmi' },
  { q: 'guru pns pensiun bulan depan, berkas taspen apa aja', slug: 'taspen-klaim-pensiun', kind: 'kolokial' },
  // Taspen: authentication
  { q: 'gaji pensiun bapak berhenti, katanya belum otentikasi', slug: 'taspen-otentikasi', kind: 'kolokial' },
  { q: 'otentikasi wajah taspen gagal di aplikasi', slug: 'taspen-otentikasi', kind: 'kolokial' },
  { q: 'verifikasi data pensiunan taspen', slug: 'taspen-otentikasi', kind: 'resmi' },
  {
    q: 'mertua pensiunan guru udah sepuh, otentikasi taspen bisa dibantu petugas?',
    slug: 'taspen-otentikasi',
    kind: 'kolokial',
  },
];

// Requests this MPP does not offer: another office's work (kelurahan, puskesmas, notary, other
// ministries), a bank's or company's own business, or city services with no counter here. A
// good search says so instead of offering a near-miss service.
export const SEVENTH_NOT_OFFERED: readonly string[] = [
  'surat pengantar rt rw buat nikah',
  'minta surat keterangan belum menikah dari kelurahan',
  'jadwal imunisasi bayi di puskesmas',
  'daftar kartu prakerja gelombang terbaru',
  'ajukan kpr rumah subsidi',
  'gadai emas di pegadaian',
  'tukar uang baru pecahan 2000 buat lebaran',
  'bkin kartu kredit bri',
  'kartu atm ketelen mesin atm',
  'surat keterangan sehat dokter buat daftar kerja',
  'legalisir ijazah s1 buat daftar kerja',
  'daftar nikah di kua syaratnya apa',
  'bikin visa jepang buat liburan',
  'izin keramaian hajatan dari polsek',
  'bikin surat laporan kehilangan dompet di polisi',
  'sertifikat halal buat keripik',
  'daftarin merek dagang ke djki',
  'bikin akta pendirian pt di notaris',
  'pasang listrik baru pln 1300 va',
  'token listrik gak masuk',
  'daftar ppdb smp zonasi',
  'lapor jalan bolong depan rmh',
  'lampu jalan mati udah seminggu',
  'truk sampah gak lewat lewat gang kami',
  'minta fogging demam berdarah di rt',
  'lapor pinjol ilegal nagih ke kontak',
  'perpanjang kitas suami wna',
  'izin trayek angkot baru',
  'servis motor beat ganti oli',
  'klaim jasa raharja kecelakaan motor',
  'ambil bpkb di leasing udah lunas',
  'daftar cpns 2026 formasi guru',
  'bikin kartu perpustakaan daerah',
  'surat izin penelitian skripsi kesbangpol',
  'pengesahan badan hukum yayasan kemenkumham',
  'lapor kdrt ke unit ppa',
  'medical check up buat calon karyawan',
  'cek kuota internet telkomsel',
  'daftr asuransi jiwa prudentail',
  'sewa gedung pertemuan buat resepsi',
];
