// Every text the editors' room shows, in Indonesian, in one place: the room's pages (`t`,
// with guide.ts, history.ts and publish-page.ts) and the publisher's messages (`s`, publish.ts).
import type { Role } from '../accounts/accounts.ts';
import { guideStrings } from './guide.ts';
import { historyStrings } from './history.ts';
import { publishPageStrings } from './publish-page.ts';

export { s } from './publish.ts';

export const t = {
  appName: 'Ruang editor Portal MPP',
  skip: 'Langsung ke isi',
  nav: {
    home: 'Beranda',
    content: 'Konten',
    check: 'Periksa konten',
    history: 'Riwayat',
    preview: 'Pratinjau',
    publish: 'Terbitkan',
    accounts: 'Akun',
    logout: 'Keluar',
  },
  roles: { editor: 'Editor', penerbit: 'Penerbit', admin: 'Admin' } satisfies Record<Role, string>,
  login: {
    title: 'Masuk',
    intro: 'Masuk dengan akun yang diberikan admin ruang editor.',
    username: 'Nama pengguna',
    password: 'Kata sandi',
    submit: 'Masuk',
    failed: 'Gagal masuk. Periksa nama pengguna dan kata sandi. Setelah beberapa kali gagal, percobaan dari sini ditunda sementara.',
    loggedOut: 'Anda sudah keluar.',
    expired: (idle: string) => `Silakan masuk dulu. Sesi berakhir setelah ${idle} tanpa aktivitas.`,
  },
  errors: {
    title: 'Terjadi kesalahan',
    notFound: 'Halaman tidak ditemukan.',
    forbidden: 'Anda tidak berhak melakukan tindakan ini.',
    needPenerbit: 'Hanya penerbit yang boleh menerbitkan atau membatalkan terbitan.',
    needAdmin: 'Hanya admin yang boleh mengelola akun.',
    csrf: 'Permintaan ditolak karena tidak berasal dari ruang editor ini. Muat ulang halaman lalu coba lagi.',
    unauthenticated: 'Silakan masuk dulu.',
    method: 'Metode permintaan tidak diizinkan.',
    tooLarge: 'Isi permintaan terlalu besar.',
    server: 'Terjadi kesalahan pada server ruang editor. Coba lagi; bila berulang, hubungi staf TI.',
    busy: 'Sedang ada proses pembangunan situs. Tunggu sampai selesai, lalu coba lagi.',
  },
  home: {
    title: 'Beranda',
    greeting: (name: string) => `Selamat datang, ${name}.`,
    steps: [
      'Ubah konten di menu Konten (Keystatic). Setiap simpan tercatat di Riwayat atas nama Anda.',
      'Lihat hasil pemeriksaan di Periksa konten setelah menyimpan.',
      'Buat Pratinjau untuk melihat situs seperti nanti terbit.',
      'Penerbit menekan Terbitkan; terbitan dapat dibatalkan kapan saja.',
    ],
  },
  // The content-model update after IT staff install a new release (migrate-routes.ts).
  migrate: {
    heading: 'Konten perlu diperbarui ke versi baru',
    codeHeading: 'Konten tidak sesuai versi portal',
    intro:
      'Portal baru saja diperbarui dan memakai format konten yang lebih baru. Perbarui konten sekali; isi yang sudah ditulis dipindahkan ke format baru tanpa ada teks yang hilang. Terbit menunggu sampai konten diperbarui.',
    askAdmin: 'Minta admin ruang editor menekan "Perbarui konten" di Beranda.',
    button: 'Perbarui konten',
    undoIntro: (when: string) => `Konten diperbarui ke format baru pada ${when}. Bila perlu, pembaruan itu dapat dibatalkan.`,
    undoButton: 'Batalkan pembaruan konten',
    done: (files: number) => `Konten diperbarui: ${files} berkas, tercatat sebagai satu perubahan di Riwayat.`,
    nothing: 'Konten sudah sesuai format terbaru; tidak ada yang diubah.',
    failedTitle: 'Konten belum dapat diperbarui',
    failed: 'Tidak ada berkas yang diubah. Perbaiki isian berikut di menu Konten, lalu tekan "Perbarui konten" lagi:',
    undone: 'Pembaruan konten dibatalkan; berkas kembali seperti sebelum pembaruan (tercatat di Riwayat).',
    undoMessage: (subject: string) => `Pembatalan: ${subject}`,
    notMigration: 'Perubahan itu bukan pembaruan konten.',
    undoConflict:
      'Pembaruan konten tidak dapat dibatalkan otomatis karena baris yang sama sudah diubah lagi sesudahnya. Tidak ada yang diubah; pakai Kembalikan di Riwayat per entri.',
  },
  check: {
    title: 'Periksa konten',
    ok: 'Konten valid: tidak ada kesalahan.',
    errors: (n: number) => `${n} kesalahan harus diperbaiki sebelum terbit.`,
    warnings: (n: number) => `${n} peringatan (tidak menghalangi terbit).`,
    error: 'Kesalahan',
    warning: 'Peringatan',
    open: 'Buka di Konten',
    fixThenPublish: 'Perbaiki di Konten, lalu tekan Terbitkan lagi:',
    checkedAt: (when: string, commit: string) => `Diperiksa ${when} (versi ${commit}).`,
    refused: 'Simpan terakhir ditolak',
    pending: 'Pemeriksaan sedang berjalan; muat ulang halaman sebentar lagi.',
    // content/pengalihan.yaml has no form in the CMS: named by what it holds.
    redirects: 'Pengalihan alamat (content/pengalihan.yaml)',
    redirectFields: { dari: 'alamat lama', ke: 'alamat tujuan' } as Record<string, string>,
  },
  history: historyStrings,
  guide: guideStrings,
  publishPage: publishPageStrings,
  publish: {
    title: 'Terbitkan',
    previewTitle: 'Pratinjau',
    previewButton: 'Buat pratinjau',
    previewIntro: 'Pratinjau membangun konten terakhir (belum terbit) dan hanya dapat dilihat setelah masuk.',
    openPreview: 'Buka pratinjau',
    noPreview: 'Belum ada pratinjau. Tekan "Buat pratinjau".',
    publishButton: 'Terbitkan',
    rollbackButton: 'Batalkan terbitan',
    rollbackIntro: 'Mengembalikan situs publik ke terbitan sebelumnya.',
    onlyPenerbit: 'Hanya penerbit yang dapat menerbitkan. Minta penerbit menerbitkan perubahan Anda.',
    progressTitle: 'Proses pembangunan',
    stages: {
      menyiapkan: 'Menyiapkan',
      memeriksa: 'Memeriksa konten',
      membangun: 'Membangun situs',
      mengalihkan: 'Mengalihkan situs publik',
      selesai: 'Selesai',
      gagal: 'Gagal',
    },
    kinds: { pratinjau: 'Pratinjau', terbit: 'Terbitkan', batal: 'Batalkan terbitan', jadwal: 'Pembangunan ulang harian' },
    running: 'Sedang berjalan… halaman ini memuat ulang sendiri.',
    done: (seconds: string) => `Selesai dalam ${seconds} detik.`,
    failed: 'Gagal. Situs publik tidak berubah. Pesan:',
    log: 'Catatan terbitan',
    releases: 'Terbitan tersimpan',
    live: 'sedang tayang',
    action: { terbit: 'Terbit', batal: 'Batal terbit', jadwal: 'Bangun ulang harian' },
    commit: 'Versi konten',
    actor: 'Oleh',
    at: 'Waktu',
    current: 'Versi konten terakhir',
    noPublisher: 'Penerbit belum dipasang di server ini.',
  },
  accounts: {
    title: 'Akun',
    add: 'Tambah akun',
    username: 'Nama pengguna',
    name: 'Nama lengkap',
    role: 'Peran',
    password: 'Kata sandi awal',
    passwordHelp: 'Minimal 12 karakter. Sampaikan kepada pemilik akun secara langsung.',
    newPassword: 'Kata sandi baru',
    status: 'Status',
    active: 'Aktif',
    disabled: 'Nonaktif',
    disable: 'Nonaktifkan',
    enable: 'Aktifkan',
    reset: 'Atur ulang kata sandi',
    changeRole: 'Ubah peran',
    self: 'Anda tidak dapat menonaktifkan atau menurunkan peran akun Anda sendiri.',
  },
  // Login throttling, notices by key and start-up configuration.
  auth: {
    tooMany: (wait: string) => `Terlalu banyak percobaan masuk yang gagal dari sini. Coba lagi dalam ${wait}.`,
    accountBusy: (wait: string) =>
      `Akun ini sedang menerima banyak percobaan masuk yang gagal. Masuk dari peramban yang biasa Anda pakai untuk ruang editor, coba lagi dalam ${wait}, atau minta staf TI membuka kuncinya.`,
    minutes: (n: number) => (n % 60 === 0 ? `${n / 60} jam` : `${n} menit`),
    unlocked: (u: string, rows: number) =>
      `Catatan gagal masuk akun ${u} dihapus (${rows} catatan). Akun dapat dipakai masuk lagi dari mana saja.`,
  },
  /** Notices a redirect may ask for with ?ok=<key>; never text from the address itself. */
  notices: {
    'akun-ditambah': (u: string) => `Akun ${u} ditambahkan.`,
    'akun-diperbarui': (u: string) => `Akun ${u} diperbarui.`,
  } as Record<string, (u: string) => string>,
  config: {
    refused: 'Ruang editor tidak dijalankan karena pengaturan berikut tidak valid:',
    invalid: (name: string, flag: string, value: string, expected: string) =>
      `- ${name} (atau --${flag}) bernilai "${value}": ${expected}. Perbaiki di unit systemd atau /etc/portal-mpp/admin.env, lalu jalankan lagi.`,
    path: 'harus berisi jalur folder atau berkas',
    host: 'harus berisi alamat tempat mendengarkan, misalnya 127.0.0.1',
    port: 'harus bilangan bulat 0–65535',
    origin: 'harus alamat asal lengkap tanpa jalur, misalnya https://ruang.example.go.id, atau kosong',
    onOff: 'harus 1 (ya), 0 atau kosong (tidak)',
    domain: 'harus nama domain, misalnya mpp.example.go.id',
    timeZone: 'harus zona waktu IANA, misalnya Asia/Jakarta, Asia/Makassar atau Asia/Jayapura',
    rebuildAt: 'harus jam JJ:MM (misalnya 00:05) atau off',
    idleMinutes: 'harus bilangan bulat menit, 1–1440',
    absoluteHours: 'harus bilangan bulat jam, 1–720',
    minFreeMb: 'harus bilangan bulat megabita, misalnya 1024',
    secondStep: 'harus admin (wajib bagi admin), semua (wajib bagi semua akun) atau tidak',
  },
  technical: {
    refused: (fields: string[], admins: string[]) =>
      `Belum tersimpan: pengaturan teknis Profil MPP (${fields.join('; ')}) hanya boleh diubah admin, karena nilai yang salah merusak peta, panel antrean atau tautan situs. ${
        admins.length ? `Minta ${admins.join(' atau ')} mengubahnya.` : 'Minta admin ruang editor mengubahnya.'
      } Perubahan Anda di kolom lain tetap ada di formulir: kembalikan kolom tersebut ke nilai semula, lalu simpan lagi.`,
  },
  saveNote: {
    intro: (n: number) => `Tersimpan, tetapi ada ${n} masalah yang menghalangi terbit:`,
    open: 'Buka isian',
  },
  saves: {
    refusedDelete: (what: string, users: string[]) =>
      `${what} tidak dapat dihapus karena masih dipakai oleh: ${users.join('; ')}. Ubah atau hapus entri tersebut dulu.`,
    refusedRename: (what: string, users: string[]) =>
      `Nama berkas (slug) ${what} tidak dapat diganti karena dipakai oleh entri yang tidak dapat diperbarui: ${users.join('; ')}.`,
    badData: 'Data simpan tidak valid.',
  },
  commit: {
    add: 'Tambah',
    edit: 'Ubah',
    remove: 'Hapus',
    rename: 'Ganti nama',
    media: 'Unggah berkas',
    removeMedia: 'Hapus berkas',
    more: (n: number) => `dan ${n} perubahan lain`,
    updatedRefs: (n: number) => `rujukan di ${n} entri diperbarui`,
    redirect: 'alamat lama dialihkan',
  },
  diff: {
    changed: 'diubah',
    added: (n: number) => `${n} butir ditambah`,
    removed: (n: number) => `${n} butir dihapus`,
    content: 'Isi',
    empty: '(kosong)',
    yes: 'ya',
    no: 'tidak',
  },
  password: {
    title: 'Ubah kata sandi',
    link: 'Ubah kata sandi',
    intro: 'Masukkan kata sandi sekarang, lalu kata sandi baru dua kali. Setelah diganti, sesi Anda di perangkat lain berakhir.',
    current: 'Kata sandi sekarang',
    next: 'Kata sandi baru',
    repeat: 'Ulangi kata sandi baru',
    help: 'Minimal 12 karakter, boleh spasi dan huruf apa pun. Frasa beberapa kata acak mudah diingat dan sulit ditebak. Kata sandi yang umum atau pernah bocor ditolak.',
    submit: 'Simpan kata sandi baru',
    mismatch: 'Kata sandi baru dan ulangannya tidak sama.',
    changed: 'Kata sandi sudah diganti. Sesi di perangkat lain sudah diakhiri.',
  },
  secondStep: {
    title: 'Verifikasi dua langkah',
    link: 'Verifikasi dua langkah',
    intro:
      'Setelah kata sandi, ruang editor meminta kode 6 angka dari aplikasi autentikator di ponsel Anda. Pencuri kata sandi tidak dapat masuk tanpa ponsel itu.',
    stepApp:
      'Pasang aplikasi autentikator di ponsel (misalnya Google Authenticator, Microsoft Authenticator atau Aegis). Aplikasi ini bekerja tanpa internet.',
    stepKey: 'Di aplikasi, pilih tambah akun lalu "masukkan kunci", dan ketik kunci ini:',
    stepKeyAfter: 'Di ponsel ini, Anda juga dapat menekan',
    openApp: 'buka di aplikasi autentikator',
    stepCode: 'Ketik kode 6 angka yang tampil di aplikasi, lalu tekan Aktifkan.',
    code: 'Kode 6 angka',
    turnOn: 'Aktifkan',
    turnOff: 'Matikan verifikasi dua langkah',
    active: 'Verifikasi dua langkah aktif untuk akun Anda.',
    requiredKeep:
      'Verifikasi dua langkah wajib untuk akun Anda dan tidak dapat dimatikan. Bila ponsel hilang, minta staf TI menjalankan: npm run admin -- user reset-2fa NAMA.',
    mustSetUp: 'Akun Anda wajib memakai verifikasi dua langkah. Siapkan dulu di halaman ini; menu lain terbuka setelah aktif.',
    turnedOn: 'Verifikasi dua langkah sudah aktif. Mulai sekarang, setiap masuk meminta kode dari aplikasi.',
    turnedOff: 'Verifikasi dua langkah dimatikan.',
    setupWrong: 'Kode tidak cocok. Periksa kunci yang diketik di aplikasi dan jam ponsel (harus otomatis), lalu coba kode yang baru.',
    offRefused: 'Kata sandi atau kode salah; verifikasi dua langkah tetap aktif.',
    codeTitle: 'Kode verifikasi',
    codeIntro: 'Buka aplikasi autentikator di ponsel Anda dan ketik kode 6 angka untuk ruang editor.',
    submit: 'Masuk',
    wrong: (left: number) => `Kode salah atau sudah dipakai. Sisa percobaan: ${left}.`,
    restart: 'Mulai lagi dari kata sandi',
    expired: 'Waktu memasukkan kode habis atau terlalu banyak kode salah. Masuk lagi dengan kata sandi.',
    reset: (u: string, removed: boolean) =>
      removed
        ? `Verifikasi dua langkah akun ${u} dihapus. Saat masuk berikutnya, pemilik akun menyiapkannya lagi dengan ponsel barunya.`
        : `Akun ${u} belum memakai verifikasi dua langkah; tidak ada yang diubah.`,
  },
  // Saves: stale versions, unsafe names, request limits, restore and redirect refusals.
  limits: {
    tooLarge: (mb: number) => `Isi simpanan terlalu besar (batas ${mb} MB). Perkecil berkas gambar lalu simpan lagi.`,
    slowBody: (seconds: number) =>
      `Simpanan terputus: data tidak selesai terkirim dalam ${seconds} detik. Periksa sambungan lalu simpan lagi.`,
    badPath: 'Alamat permintaan tidak valid.',
    unknownApi: 'Permintaan ini tidak dilayani ruang editor.',
  },
  conflict: {
    stale: (what: string, who: string, when: string, history: string) =>
      `Belum tersimpan: ${what} sudah diubah oleh ${who} pada ${when} setelah Anda membukanya. Simpanan Anda ditolak agar perubahan itu tidak hilang. Perubahan Anda masih ada di formulir ini: salin dulu, lalu muat ulang halaman untuk melihat versi terbaru dan terapkan lagi perubahan Anda (bila formulir memulihkan draf lama, tekan Batalkan perubahan untuk memuat versi terbaru). Bandingkan kedua versi di Riwayat: ${history}`,
    created: (what: string, history: string) =>
      `Belum tersimpan: ${what} sudah ada (dibuat atau diubah orang lain) setelah Anda membuka formulir ini. Muat ulang halaman lalu periksa lagi. Riwayat: ${history}`,
    noBase: 'Belum tersimpan: versi dasar entri tidak terkirim. Muat ulang halaman Konten lalu simpan lagi.',
    someone: 'editor lain',
    merged: (who: string[]) => `digabung dengan perubahan ${who.join(', ')} pada kolom lain`,
    restoreStale: (what: string, who: string, when: string) =>
      `${what} sudah diubah oleh ${who} pada ${when} setelah halaman Riwayat ini dibuka; tidak ada yang dikembalikan. Lihat perubahan terbaru di bawah, lalu pilih lagi versi yang ingin dikembalikan.`,
  },
  unsafe: {
    name: (file: string, why: string) =>
      `Belum tersimpan: nama berkas "${file}" ${why}. Simpan dari formulir Konten tanpa mengubah alamatnya.`,
    file: (file: string) =>
      `Belum tersimpan: berkas "${file}" bukan berkas konten biasa (tautan, perangkat, atau terlalu besar). Hubungi staf TI.`,
  },
  restoreRefs: {
    missing: (what: string, when: string, refs: string[]) =>
      `${what} tidak dapat dikembalikan ke versi ${when} karena versi itu merujuk entri yang sudah tidak ada: ${refs.join('; ')}. Pilih versi lain, atau buat dulu entri tersebut.`,
  },
  redirectSkip: {
    invalidSlug: (slug: string) =>
      `pengalihan tidak dicatat untuk alamat lama "${slug}" karena bukan alamat yang valid (hanya huruf kecil, angka, dan tanda hubung)`,
    repaired: (n: number) => `${n} baris pengalihan yang tidak valid dihapus dari content/pengalihan.yaml.`,
    repair: 'Hapus baris pengalihan yang tidak valid',
    repairIntro:
      'content/pengalihan.yaml tidak dapat diubah di Konten. Baris yang tidak valid menghalangi terbit; tombol ini menghapusnya (tercatat di Riwayat).',
    nothing: 'Tidak ada baris pengalihan yang tidak valid.',
  },
};
