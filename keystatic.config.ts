// The one definition of the portal's content model. Types for the data layer are
// derived from it (see src/data/types.ts); nothing else restates the schema.
// Labels and descriptions are in Indonesian because DPMPTSP editors read them.
import { collection, config, fields, singleton } from '@keystatic/core';
import { runtimeEnv, storageFromEnv } from './src/lib/cms-storage.ts';
import {
  AGREEMENT_STAGES,
  ANNOUNCEMENT_KINDS,
  AVAILABILITY_KINDS,
  CONTENT_ROOT,
  DAYS,
  DAY_LABELS,
  DOCUMENT_FORMS,
  DURATION_QUALIFIERS,
  DURATION_UNITS,
  INDONESIA_BOUNDS,
  INSTANSI_KINDS,
  INTERNAL_HELP_PREFIX,
  LIFE_EVENTS,
  MAX_NAME_CHARS,
  MEDIA_PUBLIC_PATH,
  PRESENCE_KINDS,
  SERVED_ELSEWHERE,
  SERVED_IN_FULL,
  SERVED_WITH_LIMITS,
  SERVICE_CATEGORIES,
  SLUG_PATTERN,
  TIMEZONES,
} from './src/lib/vocabulary.ts';

// The vocabularies are re-exported so the schema stays the one place to look them up.
export * from './src/lib/vocabulary.ts';

const dir = <Name extends string>(name: Name) => `${CONTENT_ROOT}/${name}` as const;
const media = (name: string) => ({
  directory: `${CONTENT_ROOT}/media/${name}`,
  publicPath: `${MEDIA_PUBLIC_PATH}/${name}/`,
});

const timeText = (label: string) =>
  fields.text({
    label,
    description: 'Format JJ.MM, 24 jam, misalnya 08.00 atau 15.30.',
    validation: {
      isRequired: true,
      pattern: { regex: /^([01]\d|2[0-3])[.:][0-5]\d$|^24[.:]00$/, message: 'Gunakan format JJ.MM, misalnya 08.00' },
    },
  });

const intervals = (label: string) =>
  fields.array(fields.object({ mulai: timeText('Mulai'), selesai: timeText('Selesai') }), {
    label,
    description: 'Kosongkan bila tutup. Tambahkan lebih dari satu rentang untuk jeda, misalnya istirahat salat Jumat.',
    itemLabel: (item) => `${item.fields.mulai.value}–${item.fields.selesai.value}`,
  });

const weeklySchedule = () =>
  fields.object(
    Object.fromEntries(DAYS.map((day) => [day, intervals(DAY_LABELS[day])])) as Record<(typeof DAYS)[number], ReturnType<typeof intervals>>,
    { label: 'Jadwal mingguan' },
  );

const optionalUrl = (label: string, description?: string) => fields.url({ label, description });

/**
 * Explains the slug under every slug field: it is generated from the name, it is the file
 * name, it becomes the URL (when the entry has a page), and renaming it changes that URL.
 */
const slugHelp = (noun: string, url: string | null) => ({
  label: 'Alamat (URL)',
  validation: { pattern: { regex: SLUG_PATTERN, message: 'Alamat hanya boleh huruf kecil, angka dan tanda hubung, misalnya ktp-el-baru' } },
  description: [
    `Alamat adalah nama berkas ${noun}, dibuat otomatis dari nama: hanya huruf kecil, angka dan tanda hubung.`,
    url
      ? `Alamat ini menjadi alamat halamannya di portal, misalnya ${url}. Menggantinya mengubah alamat itu: tautan lama tidak berlaku lagi.`
      : `Entri lain merujuk ${noun} ini lewat alamat ini. Menggantinya memutus rujukan itu: pilih ulang di entri yang merujuknya.`,
  ].join(' '),
});
const name = (label: string, slug: ReturnType<typeof slugHelp>, description?: string, max = MAX_NAME_CHARS) =>
  fields.slug({ name: { label, description, validation: { length: { max } } }, slug });
const NOT_BLANK = { regex: /\S/, message: 'Tidak boleh kosong atau hanya spasi' };
const PHONE = { regex: /^(\+?[\d\s().-]{6,20})?$/, message: 'Tulis nomor dengan angka, misalnya (0285) 421000' };
const WHATSAPP = { regex: /^(\+?[\d\s-]{9,20})?$/, message: 'Tulis nomor WhatsApp dengan kode negara, misalnya 6281234567890' };

export default config({
  // Indonesian admin: the id-ID table comes from the pinned patch (src/keystatic-id/).
  locale: 'id-ID',
  // Local files unless PUBLIC_MPP_KEYSTATIC_STORAGE=github (docs/editor.md: "Mode GitHub").
  storage: storageFromEnv(runtimeEnv()),
  ui: {
    brand: { name: 'Portal MPP' },
    navigation: {
      'Profil dan jam': ['profil', 'jamLayanan', 'libur'],
      Layanan: ['layanan', 'gerai', 'instansi', 'kerjaSama'],
      Publikasi: ['pengumuman', 'halaman'],
      Panduan: ['panduan'],
    },
  },
  singletons: {
    profil: singleton({
      label: 'Profil MPP',
      path: dir('profil'),
      previewUrl: '/pratinjau/',
      format: { data: 'yaml' },
      schema: {
        nama: fields.text({ label: 'Nama MPP', validation: { isRequired: true, length: { min: 3, max: 120 } } }),
        penyelenggara: fields.text({
          label: 'Penyelenggara',
          description: 'Nama DPMPTSP yang mengelola MPP.',
          validation: { isRequired: true },
        }),
        deskripsi: fields.text({ label: 'Deskripsi singkat', multiline: true, validation: { length: { max: 300 } } }),
        logo: fields.image({ label: 'Logo', ...media('profil') }),
        alamatSitus: fields.url({
          label: 'Alamat situs',
          description: 'URL publik portal, misalnya https://mpp.pekalongankota.go.id. Dipakai untuk tautan kanonis dan gambar berbagi.',
          validation: { isRequired: true },
        }),
        dataContoh: fields.checkbox({
          label: 'Data contoh',
          description: 'Centang selama isi portal masih contoh yang belum diverifikasi DPMPTSP. Portal akan menampilkan pemberitahuan.',
          defaultValue: false,
        }),
        alamat: fields.object(
          {
            jalan: fields.text({ label: 'Jalan', validation: { isRequired: true } }),
            kelurahan: fields.text({ label: 'Kelurahan/desa' }),
            kecamatan: fields.text({ label: 'Kecamatan' }),
            kota: fields.text({ label: 'Kota/kabupaten', validation: { isRequired: true } }),
            provinsi: fields.text({ label: 'Provinsi', validation: { isRequired: true } }),
            kodePos: fields.text({
              label: 'Kode pos',
              validation: { pattern: { regex: /^(\d{5})?$/, message: 'Kode pos terdiri atas 5 angka' } },
            }),
          },
          { label: 'Alamat' },
        ),
        petunjukArah: fields.text({ label: 'Petunjuk arah dan transportasi', multiline: true }),
        aksesibilitasGedung: fields.array(fields.text({ label: 'Fasilitas' }), {
          label: 'Aksesibilitas gedung',
          description: 'Misalnya: ramp di pintu utama, toilet difabel, kursi roda tersedia.',
          itemLabel: (item) => item.value,
        }),
        koordinat: fields.object(
          {
            // Inside Indonesia; the content check says the same with more explanation.
            lintang: fields.number({
              label: 'Lintang (latitude)',
              description: 'Negatif di selatan khatulistiwa, misalnya -6.889.',
              step: 0.000001,
              validation: { isRequired: true, min: INDONESIA_BOUNDS.minLat, max: INDONESIA_BOUNDS.maxLat },
            }),
            bujur: fields.number({
              label: 'Bujur (longitude)',
              step: 0.000001,
              validation: { isRequired: true, min: INDONESIA_BOUNDS.minLon, max: INDONESIA_BOUNDS.maxLon },
            }),
          },
          { label: 'Koordinat lokasi' },
        ),
        zonaWaktu: fields.select({ label: 'Zona waktu', options: [...TIMEZONES], defaultValue: 'Asia/Jakarta' }),
        kontak: fields.object(
          {
            telepon: fields.text({ label: 'Telepon', validation: { pattern: PHONE } }),
            whatsapp: fields.text({
              label: 'WhatsApp',
              description: 'Nomor dengan kode negara, misalnya 6281234567890.',
              validation: { pattern: WHATSAPP },
            }),
            email: fields.text({ label: 'Email' }),
          },
          { label: 'Kontak' },
        ),
        mediaSosial: fields.array(
          fields.object({
            nama: fields.text({ label: 'Nama platform', validation: { isRequired: true } }),
            url: fields.url({ label: 'Tautan', validation: { isRequired: true } }),
          }),
          { label: 'Media sosial', itemLabel: (item) => item.fields.nama.value },
        ),
        kapasitasHarian: fields.integer({ label: 'Kapasitas permohonan per hari', validation: { min: 0 } }),
        layananPrioritas: fields.text({
          label: 'Layanan prioritas',
          description: 'Siapa yang didahulukan dan bagaimana caranya.',
          multiline: true,
        }),
        skm: fields.object(
          {
            nilai: fields.number({ label: 'Nilai IKM (0–100)', validation: { min: 0, max: 100 } }),
            periode: fields.text({ label: 'Periode survei', description: 'Misalnya: Semester I 2025.' }),
            tautanSurvei: optionalUrl('Tautan survei kepuasan'),
          },
          { label: 'Survei Kepuasan Masyarakat (SKM)' },
        ),
        pengaduan: fields.object(
          {
            lapor: fields.url({
              label: 'Tautan SP4N-LAPOR!',
              defaultValue: 'https://www.lapor.go.id',
              validation: { isRequired: true },
            }),
            keterangan: fields.text({ label: 'Kanal pengaduan lain', multiline: true }),
          },
          { label: 'Pengaduan' },
        ),
        antrian: fields.object(
          {
            apiUrl: optionalUrl('URL API antrean', 'Kosongkan bila MPP belum memiliki sistem antrean daring.'),
          },
          { label: 'Antrean langsung' },
        ),
        peta: fields.object(
          {
            tileUrl: fields.text({
              label: 'URL ubin peta',
              description: 'Pola alamat ubin dengan {z}, {x}, {y}; {r} diisi "@2x" untuk layar tajam bila server ubin menyediakannya.',
              defaultValue: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
              validation: {
                isRequired: true,
                pattern: {
                  regex: /^https?:\/\/[^/\s]+\/(?=.*\{z\})(?=.*\{x\})(?=.*\{y\})/,
                  message: 'Tulis pola lengkap dengan https:// dan {z}, {x}, {y}, misalnya https://tile.openstreetmap.org/{z}/{x}/{y}.png',
                },
              },
            }),
            atribusi: fields.text({
              label: 'Atribusi peta',
              defaultValue: '© kontributor OpenStreetMap',
              validation: { isRequired: true },
            }),
          },
          { label: 'Peta' },
        ),
      },
    }),
    jamLayanan: singleton({
      label: 'Jam layanan',
      path: dir('jam-layanan'),
      previewUrl: '/pratinjau/jam-layanan/',
      format: { data: 'yaml' },
      schema: {
        jadwal: weeklySchedule(),
        catatan: fields.text({ label: 'Catatan', multiline: true }),
      },
    }),
  },
  collections: {
    libur: collection({
      label: 'Hari libur dan jam khusus',
      path: dir('libur/*'),
      slugField: 'nama',
      format: { data: 'yaml' },
      columns: ['nama', 'mulai'],
      defaultSort: { column: 'mulai', direction: 'descending' },
      schema: {
        nama: name('Nama', slugHelp('hari libur', null), 'Misalnya: Idulfitri 1447 H'),
        mulai: fields.date({ label: 'Tanggal mulai', validation: { isRequired: true } }),
        selesai: fields.date({ label: 'Tanggal selesai', description: 'Kosongkan bila hanya satu hari.' }),
        jenis: fields.conditional(
          fields.select({
            label: 'Jenis',
            options: [
              { label: 'Tutup', value: 'tutup' },
              { label: 'Jam khusus', value: 'jam-khusus' },
            ],
            defaultValue: 'tutup',
          }),
          {
            tutup: fields.empty(),
            'jam-khusus': fields.array(fields.object({ mulai: timeText('Mulai'), selesai: timeText('Selesai') }), {
              label: 'Jam khusus',
              validation: { length: { min: 1 } },
              description:
                'Menggantikan jam biasa pada hari yang biasanya buka (misalnya jam Ramadan). Hari yang biasanya tutup tetap tutup.',
              itemLabel: (item) => `${item.fields.mulai.value}–${item.fields.selesai.value}`,
            }),
          },
        ),
        gerai: fields.multiRelationship({
          label: 'Berlaku untuk gerai',
          description: 'Kosongkan bila berlaku untuk seluruh MPP.',
          collection: 'gerai',
        }),
        keterangan: fields.text({ label: 'Keterangan', multiline: true }),
      },
    }),
    instansi: collection({
      label: 'Instansi',
      path: dir('instansi/*'),
      slugField: 'nama',
      format: { data: 'yaml' },
      columns: ['nama', 'singkatan'],
      schema: {
        nama: name('Nama instansi', slugHelp('instansi', null)),
        singkatan: fields.text({ label: 'Singkatan', description: 'Misalnya: Dukcapil, BPJS Kesehatan.' }),
        jenis: fields.select({
          label: 'Jenis instansi',
          description:
            'Pilih "Instansi pemerintah provinsi" untuk instansi provinsi (misalnya Samsat di bawah Bapenda Provinsi), bukan OPD; OPD hanya untuk perangkat daerah kota/kabupaten ini.',
          options: [...INSTANSI_KINDS],
          defaultValue: 'opd',
        }),
        logo: fields.image({ label: 'Logo', description: 'Tampil di daftar instansi pada halaman Kemitraan.', ...media('instansi') }),
        situs: optionalUrl('Situs web'),
        kontak: fields.text({
          label: 'Kontak',
          description: 'Tampil di halaman Kemitraan dan halaman gerai instansi ini.',
          multiline: true,
        }),
        kehadiran: fields.conditional(
          fields.select({
            label: 'Layanan di MPP',
            description: 'Instansi tanpa gerai sendiri tetap tampil di daftar instansi pada halaman Kemitraan.',
            options: [...PRESENCE_KINDS],
            defaultValue: 'gerai-sendiri',
          }),
          {
            'gerai-sendiri': fields.empty(),
            'gerai-lain': fields.relationship({
              label: 'Dilayani di gerai',
              description: 'Gerai instansi lain tempat layanan instansi ini diberikan.',
              collection: 'gerai',
              validation: { isRequired: true },
            }),
            'belum-buka': fields.text({
              label: 'Rencana pembukaan',
              description: 'Misalnya: Direncanakan buka pada semester I 2027.',
              multiline: true,
            }),
          },
        ),
      },
    }),
    gerai: collection({
      label: 'Gerai',
      path: dir('gerai/*'),
      previewUrl: '/pratinjau/gerai/{slug}/',
      slugField: 'nama',
      format: { data: 'yaml' },
      columns: ['nama', 'kode'],
      // Pickers elsewhere show "G22 Pengadilan Agama"; other collections show their name (slug field).
      entryLabel: ({ data, slug }) => [data.kode, data.nama].filter((v) => typeof v === 'string' && v.trim()).join(' ') || slug,
      schema: {
        nama: name('Nama gerai', slugHelp('gerai', '/gerai/pengadilan-agama/')),
        kode: fields.text({ label: 'Nomor/kode gerai', description: 'Misalnya: G01.', validation: { isRequired: true } }),
        lantai: fields.integer({ label: 'Lantai', defaultValue: 1, validation: { isRequired: true, min: 0, max: 20 } }),
        loket: fields.text({ label: 'Loket', description: 'Misalnya: Loket 1–3.' }),
        instansi: fields.relationship({ label: 'Instansi', collection: 'instansi', validation: { isRequired: true } }),
        deskripsi: fields.text({ label: 'Deskripsi', multiline: true }),
        jamSendiri: fields.conditional(fields.checkbox({ label: 'Jam layanan gerai berbeda dari jam MPP', defaultValue: false }), {
          true: weeklySchedule(),
          false: fields.empty(),
        }),
        antrian: fields.object(
          {
            prefix: fields.text({
              label: 'Awalan nomor antrean',
              description: `${INTERNAL_HELP_PREFIX} dipakai sistem antrean untuk nomor tiket, misalnya A untuk A-023; tidak tampil di portal.`,
              validation: { pattern: { regex: /^[A-Z]{0,3}$/, message: 'Gunakan 1–3 huruf kapital' } },
            }),
            id: fields.text({
              label: 'ID gerai di sistem antrean',
              description: `${INTERNAL_HELP_PREFIX} pengenal teknis gerai di sistem antrean; kosongkan untuk memakai alamat gerai.`,
            }),
          },
          { label: 'Antrean' },
        ),
      },
    }),
    layanan: collection({
      label: 'Layanan',
      path: dir('layanan/*'),
      previewUrl: '/pratinjau/layanan/{slug}/',
      slugField: 'nama',
      format: { data: 'yaml' },
      columns: ['nama', 'gerai'],
      schema: {
        nama: fields.slug({
          name: { label: 'Nama layanan', validation: { length: { min: 3, max: 140 } } },
          slug: slugHelp('layanan', '/layanan/ktp-el/'),
        }),
        ringkasan: fields.text({
          label: 'Ringkasan',
          description: 'Satu atau dua kalimat dalam bahasa sehari-hari.',
          multiline: true,
          validation: { isRequired: true, length: { max: 300 } },
        }),
        gerai: fields.relationship({ label: 'Gerai', collection: 'gerai', validation: { isRequired: true } }),
        kategori: fields.select({ label: 'Kategori', options: [...SERVICE_CATEGORIES], defaultValue: 'lainnya' }),
        peristiwa: fields.multiselect({ label: 'Peristiwa hidup', options: [...LIFE_EVENTS] }),
        populer: fields.checkbox({ label: 'Tampilkan sebagai layanan populer', defaultValue: false }),
        persyaratan: fields.array(
          fields.object({
            dokumen: fields.text({ label: 'Dokumen', validation: { isRequired: true, pattern: NOT_BLANK } }),
            bentuk: fields.select({ label: 'Bentuk', options: [...DOCUMENT_FORMS], defaultValue: 'asli' }),
            jumlah: fields.integer({ label: 'Jumlah', defaultValue: 1, validation: { min: 1, max: 20 } }),
            catatan: fields.text({ label: 'Catatan' }),
            opsional: fields.checkbox({ label: 'Tidak wajib', defaultValue: false }),
            kondisi: fields.text({
              label: 'Hanya jika',
              description: 'Kosongkan bila berlaku untuk semua pemohon. Misalnya: pemohon sudah menikah.',
            }),
            alternatif: fields.array(
              fields.text({ label: 'Dokumen lain yang setara', validation: { isRequired: true, pattern: NOT_BLANK } }),
              {
                label: 'Atau salah satu dari',
                description:
                  'Isi bila pemohon cukup membawa salah satu dari beberapa dokumen. Tulis dokumen pertama di "Dokumen" dan dokumen lain yang setara di sini, misalnya Dokumen "Akta kelahiran", lalu "Ijazah" dan "Buku nikah". Warga melihat satu butir: "Salah satu dari: akta kelahiran, ijazah atau buku nikah".',
                itemLabel: (item) => item.value,
              },
            ),
          }),
          {
            label: 'Persyaratan',
            description: 'Paling sedikit satu. Tulis "Tidak ada persyaratan khusus" bila memang tidak ada.',
            validation: { length: { min: 1 } },
            itemLabel: (item) => [item.fields.dokumen.value, ...item.fields.alternatif.elements.map((e) => e.value)].join(' / '),
          },
        ),
        hadirSendiri: fields.checkbox({
          label: 'Pemohon wajib datang sendiri (tidak dapat diwakilkan)',
          description:
            'Centang bila pemohon harus hadir sendiri, misalnya untuk foto, sidik jari, tanda tangan atau wawancara. Tampil mencolok di ringkasan halaman layanan.',
          defaultValue: false,
        }),
        prosedur: fields.array(fields.text({ label: 'Langkah', multiline: true, validation: { isRequired: true, pattern: NOT_BLANK } }), {
          label: 'Sistem, mekanisme dan prosedur',
          description: 'Langkah berurutan dari datang sampai menerima hasil. Paling sedikit satu langkah.',
          validation: { length: { min: 1 } },
          itemLabel: (item) => item.value,
        }),
        jangkaWaktu: fields.object(
          {
            selesaiDiTempat: fields.checkbox({
              label: 'Selesai di tempat',
              description: 'Centang bila pemohon menerima hasilnya pada kunjungan yang sama.',
              defaultValue: false,
            }),
            sifat: fields.select({ label: 'Awalan', options: [...DURATION_QUALIFIERS], defaultValue: 'tepat' }),
            dari: fields.number({
              label: 'Paling cepat (hanya untuk rentang)',
              description: 'Misalnya 1 pada "1–3 hari kerja". Kosongkan bila bukan rentang.',
              validation: { min: 0 },
            }),
            nilai: fields.number({
              label: 'Lama',
              description:
                'Angka waktunya, misalnya 3 pada "3 hari kerja" (nilai terbesar bila rentang). Kosongkan bila tidak ada angka pasti dan jelaskan di Keterangan.',
              validation: { min: 0 },
            }),
            satuan: fields.select({ label: 'Satuan', options: [...DURATION_UNITS], defaultValue: 'hari-kerja' }),
            keterangan: fields.text({
              label: 'Keterangan',
              description:
                'Lanjutan kalimat bila perlu, misalnya "sejak berkas lengkap" atau "bila blangko tersedia". Bila Lama kosong, keterangan ini saja yang tampil.',
            }),
          },
          {
            label: 'Jangka waktu penyelesaian',
            description:
              'Diisi sekali; warga membaca satu kalimat yang disusun dari isian ini, misalnya "3 hari kerja", "1–2 jam", "Selesai di tempat, sekitar 30 menit" atau "Paling lama 28 hari kerja sejak berkas lengkap".',
          },
        ),
        biaya: fields.conditional(
          fields.select({
            label: 'Biaya/tarif',
            options: [
              { label: 'Gratis', value: 'gratis' },
              { label: 'Berbayar (tarif tetap)', value: 'berbayar' },
              { label: 'Sesuai perhitungan (besarnya berbeda tiap permohonan)', value: 'sesuai-perhitungan' },
            ],
            defaultValue: 'gratis',
          }),
          {
            gratis: fields.empty(),
            berbayar: fields.object({
              tarif: fields.array(
                fields.object({
                  uraian: fields.text({ label: 'Uraian', validation: { isRequired: true } }),
                  jumlah: fields.integer({ label: 'Jumlah (Rupiah)', validation: { isRequired: true, min: 0 } }),
                }),
                { label: 'Tarif', validation: { length: { min: 1 } }, itemLabel: (item) => item.fields.uraian.value },
              ),
              dasarHukum: fields.text({ label: 'Dasar hukum tarif', validation: { isRequired: true } }),
              caraBayar: fields.text({ label: 'Cara pembayaran' }),
            }),
            'sesuai-perhitungan': fields.object({
              caraHitung: fields.text({
                label: 'Cara perhitungan',
                description:
                  'Apa yang menentukan besarnya, dalam bahasa sehari-hari. Misalnya: retribusi dihitung dari luas, indeks dan harga satuan bangunan. Tampil di halaman layanan sebagai pengganti angka.',
                multiline: true,
                validation: { isRequired: true, pattern: NOT_BLANK },
              }),
              tempatCek: fields.text({
                label: 'Tempat mengecek besarnya',
                description:
                  'Di mana warga mengetahui jumlah pastinya, misalnya: kode bayar dikirim lewat SIMBG, atau di loket Samsat. Isi ini atau tautan cek.',
              }),
              tautanCek: fields.url({
                label: 'Tautan cek atau simulasi biaya',
                description: 'Halaman resmi untuk menghitung atau mengecek biaya, bila ada.',
              }),
              dasarHukum: fields.text({ label: 'Dasar hukum perhitungan', validation: { isRequired: true } }),
              caraBayar: fields.text({ label: 'Cara pembayaran' }),
            }),
          },
        ),
        biayaLain: fields.array(
          fields.object({
            uraian: fields.text({
              label: 'Uraian',
              description: 'Misalnya: pas foto 4×6 latar merah, meterai.',
              validation: { isRequired: true, pattern: NOT_BLANK },
            }),
            perkiraan: fields.integer({
              label: 'Perkiraan biaya (Rupiah)',
              description: 'Kosongkan bila tidak tentu.',
              validation: { min: 0 },
            }),
          }),
          {
            label: 'Biaya lain di luar layanan',
            description:
              'Pengeluaran yang perlu disiapkan warga tetapi tidak dibayar kepada gerai, misalnya pas foto atau meterai. Tampil di bawah biaya layanan; layanan tanpa tarif tetap tampil "Gratis".',
            itemLabel: (item) => item.fields.uraian.value,
          },
        ),
        produk: fields.text({ label: 'Produk pelayanan', description: 'Apa yang diterima pemohon.', validation: { isRequired: true } }),
        pengaduan: fields.text({
          label: 'Penanganan pengaduan',
          description: 'Kosongkan untuk memakai kanal pengaduan MPP.',
          multiline: true,
        }),
        dasarHukum: fields.array(fields.text({ label: 'Peraturan' }), {
          label: 'Dasar hukum',
          itemLabel: (item) => item.value,
        }),
        ketersediaan: fields.conditional(
          fields.select({
            label: 'Ketersediaan di MPP ini',
            options: AVAILABILITY_KINDS,
            defaultValue: SERVED_IN_FULL,
          }),
          {
            [SERVED_IN_FULL]: fields.empty(),
            [SERVED_WITH_LIMITS]: fields.text({
              label: 'Batasan',
              description: 'Misalnya: paspor baru tidak dilayani di gerai ini.',
              multiline: true,
              validation: { isRequired: true },
            }),
            [SERVED_ELSEWHERE]: fields.text({ label: 'Keterangan dan tempat lain', multiline: true, validation: { isRequired: true } }),
          },
        ),
        alternatifDaring: optionalUrl('Layanan daring', 'Tautan bila layanan dapat diajukan secara daring.'),
        alias: fields.array(fields.text({ label: 'Kata kunci' }), {
          label: 'Kata kunci pencarian',
          description: 'Sebutan lain yang dipakai warga, misalnya KTP, e-KTP, KTP-el.',
          itemLabel: (item) => item.value,
        }),
        sumberResmi: optionalUrl('Sumber resmi', 'Halaman resmi instansi yang menjadi acuan.'),
        ditinjau: fields.date({ label: 'Terakhir ditinjau', validation: { isRequired: true } }),
      },
    }),
    kerjaSama: collection({
      label: 'Perjanjian kerja sama',
      path: dir('kerja-sama/*'),
      slugField: 'judul',
      format: { data: 'yaml' },
      columns: ['judul', 'berlakuSampai'],
      schema: {
        judul: name('Judul', slugHelp('perjanjian', null), undefined, 200),
        instansi: fields.relationship({ label: 'Instansi', collection: 'instansi', validation: { isRequired: true } }),
        tahap: fields.select({
          label: 'Tahap perjanjian',
          description:
            'Pilih "Perpanjangan sedang diproses" bila perjanjian ini berakhir atau segera berakhir dan perpanjangannya sedang diurus; "Berakhir" dihitung otomatis dari tanggal berlaku sampai.',
          options: [...AGREEMENT_STAGES],
          defaultValue: 'ditandatangani',
        }),
        nomor: fields.array(fields.text({ label: 'Nomor' }), {
          label: 'Nomor perjanjian',
          description: 'Nomor dari masing-masing pihak.',
          itemLabel: (item) => item.value,
        }),
        // Required once signed (checked in src/lib/validate.ts); an agreement still being prepared has no dates yet.
        ditandatangani: fields.date({ label: 'Tanggal ditandatangani', description: 'Wajib bila perjanjian sudah ditandatangani.' }),
        berlakuMulai: fields.date({ label: 'Berlaku mulai', description: 'Wajib bila perjanjian sudah ditandatangani.' }),
        berlakuSampai: fields.date({ label: 'Berlaku sampai', description: 'Wajib bila perjanjian sudah ditandatangani.' }),
        ruangLingkup: fields.text({ label: 'Ruang lingkup', multiline: true }),
        dokumen: fields.file({ label: 'Dokumen (PDF)', ...media('kerja-sama') }),
      },
    }),
    pengumuman: collection({
      label: 'Pengumuman',
      path: dir('pengumuman/*'),
      previewUrl: '/pratinjau/pengumuman/{slug}/',
      slugField: 'judul',
      format: { contentField: 'isi' },
      entryLayout: 'content',
      columns: ['judul', 'tanggal'],
      defaultSort: { column: 'tanggal', direction: 'descending' },
      schema: {
        judul: fields.slug({
          name: { label: 'Judul', validation: { length: { min: 5, max: 160 } } },
          slug: slugHelp('pengumuman', '/pengumuman/tips-mengantre-di-mpp/'),
        }),
        tanggal: fields.date({ label: 'Tanggal', validation: { isRequired: true } }),
        jenis: fields.select({ label: 'Jenis', options: [...ANNOUNCEMENT_KINDS], defaultValue: 'pengumuman' }),
        ringkasan: fields.text({ label: 'Ringkasan', multiline: true, validation: { isRequired: true, length: { max: 300 } } }),
        penulis: fields.text({ label: 'Penulis/sumber', validation: { isRequired: true } }),
        tautanSumber: optionalUrl('Tautan sumber'),
        sampul: fields.image({ label: 'Gambar sampul', ...media('pengumuman') }),
        sampulAlt: fields.text({ label: 'Teks alternatif gambar sampul', description: 'Jelaskan isi gambar untuk pembaca layar.' }),
        tag: fields.array(fields.text({ label: 'Tag' }), { label: 'Tag', itemLabel: (item) => item.value }),
        isi: fields.markdoc({ label: 'Isi', options: { image: media('pengumuman') } }),
      },
    }),
    halaman: collection({
      label: 'Halaman',
      path: dir('halaman/*'),
      previewUrl: '/pratinjau/{slug}/',
      slugField: 'judul',
      format: { contentField: 'isi' },
      entryLayout: 'content',
      columns: ['judul'],
      schema: {
        judul: name('Judul', slugHelp('halaman', '/tentang/')),
        ringkasan: fields.text({ label: 'Ringkasan', multiline: true }),
        isi: fields.markdoc({ label: 'Isi' }),
      },
    }),

    // Life-event guides: ordered steps across gerai. Cross-entry rules (known services,
    // no empty step, no service twice) are in src/lib/guides.ts.
    panduan: collection({
      label: 'Panduan peristiwa hidup',
      path: dir('panduan/*'),
      slugField: 'judul',
      format: { data: 'yaml' },
      columns: ['judul'],
      schema: {
        judul: fields.slug({
          name: { label: 'Judul', description: 'Peristiwa hidup, misalnya: Kelahiran anak.', validation: { length: { min: 3, max: 120 } } },
        }),
        untukSiapa: fields.text({
          label: 'Untuk siapa',
          description: 'Misalnya: orang tua yang anaknya baru lahir.',
          validation: { isRequired: true },
        }),
        pengantar: fields.text({ label: 'Pengantar singkat', multiline: true, validation: { isRequired: true, length: { max: 400 } } }),
        peristiwa: fields.select({ label: 'Peristiwa hidup', options: [...LIFE_EVENTS], defaultValue: 'kelahiran' }),
        kataKunci: fields.array(fields.text({ label: 'Kata kunci' }), {
          label: 'Kata kunci pencarian',
          description: 'Cara warga menyebut peristiwa ini, misalnya: anak baru lahir, punya bayi.',
          itemLabel: (item) => item.value,
        }),
        langkah: fields.array(
          fields.object({
            judul: fields.text({ label: 'Judul langkah', validation: { isRequired: true } }),
            layanan: fields.array(
              fields.object({
                layanan: fields.relationship({ label: 'Layanan', collection: 'layanan', validation: { isRequired: true } }),
                bilaPerlu: fields.checkbox({ label: 'Bila perlu (tidak semua warga)', defaultValue: false }),
              }),
              {
                label: 'Layanan di MPP',
                description: 'Lebih dari satu layanan berarti pilihan "atau": warga cukup memilih salah satu.',
                itemLabel: (item) => item.fields.layanan.value ?? '',
              },
            ),
            bilaPerlu: fields.checkbox({ label: 'Seluruh langkah hanya bila perlu', defaultValue: false }),
            diLuarMpp: fields.text({
              label: 'Langkah di luar MPP',
              description: 'Isi bila langkah ini tidak dilayani di MPP, misalnya: minta surat keterangan lahir dari bidan.',
              multiline: true,
            }),
            catatan: fields.text({ label: 'Catatan', multiline: true }),
          }),
          { label: 'Langkah berurutan', itemLabel: (item) => item.fields.judul.value },
        ),
      },
    }),
  },
});
