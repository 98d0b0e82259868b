// Every text the content migration shows, in Indonesian: IT staff read it in the terminal,
// editors and admins in the room, and the build and content check print it.

export const MIGRATE_COMMAND = 'npm run migrate-content';

export const m = {
  /** Content older than the code: what to run. */
  older: (content: number, code: number) =>
    `konten ditulis untuk model konten versi ${content}, sedangkan portal ini memakai versi ${code}; jalankan "${MIGRATE_COMMAND}" (atau, di ruang editor, tombol "Perbarui konten" di Beranda) lalu periksa lagi`,
  /** Content without model.yaml still in an old form. */
  oldForm: (code: number) =>
    `konten masih memakai format lama (belum ada model.yaml) sedangkan portal ini memakai model konten versi ${code}; jalankan "${MIGRATE_COMMAND}" (atau tombol "Perbarui konten" di Beranda ruang editor)`,
  /** Current content with some files in an old form (restored from before the update). */
  oldFiles: (files: string[]) =>
    `${files.length} berkas masih berformat lama (misalnya dikembalikan ke versi sebelum pembaruan): ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}; jalankan "${MIGRATE_COMMAND} -- --from 1" (atau tombol "Perbarui konten" di Beranda ruang editor)`,
  /** Content newer than the code. */
  newer: (content: number, code: number) =>
    `konten ditulis untuk model konten versi ${content}, lebih baru daripada portal ini (versi ${code}); perbarui kode portal (git pull lalu npm ci) atau pulihkan cadangan konten yang sesuai dengan versi ini`,
  badVersion: (raw: string) => `versi model konten "${raw}" tidak dapat dibaca; tulis angka bulat, misalnya "versi: 4"`,
  unreadable: (reason: string) => `berkas tidak dapat dibaca sebagai YAML (${reason}); perbaiki dulu, lalu jalankan lagi`,

  // The terminal report of `npm run migrate-content`.
  report: {
    from: (from: number | null, to: number) =>
      from === null
        ? `Konten belum mencatat versi model (model.yaml); diperiksa dari versi 1 sampai versi ${to}.`
        : `Model konten: versi ${from} → versi ${to}.`,
    step: (from: number, to: number, title: string) => `Langkah ${from} → ${to}: ${title}`,
    changed: 'diubah',
    note: 'periksa',
    refused: 'tidak dapat dipindahkan otomatis',
    nothing: 'Konten sudah sesuai model konten terbaru; tidak ada yang diubah.',
    wouldChange: (files: number) => `${files} berkas perlu diperbarui. Jalankan "${MIGRATE_COMMAND}" untuk menerapkannya.`,
    done: (files: number, dir: string) => `Selesai: ${files} berkas diperbarui di ${dir}; konten lolos pemeriksaan.`,
    refusedSummary: (count: number) =>
      `Migrasi dihentikan: ${count} isian tidak dapat dipindahkan tanpa kehilangan teks. Tidak ada berkas yang diubah. Perbaiki isian di atas dengan tangan, lalu jalankan lagi.`,
    checkFailed: 'Migrasi dihentikan: konten hasil migrasi belum lolos pemeriksaan konten. Tidak ada berkas yang diubah.',
    newer: (content: number, code: number) =>
      `Konten ditulis untuk model versi ${content}, lebih baru daripada portal ini (versi ${code}). Tidak ada yang diubah; perbarui kode portal dulu.`,
    missingDir: (dir: string) => `Folder konten ${dir} tidak ditemukan.`,
    badFrom: (raw: string) => `--from "${raw}" bukan versi model; tulis angka bulat mulai 1, misalnya --from 3.`,
  },
  /** The commit message of the room's one-click update (Riwayat and its undo find it by the prefix). */
  commitPrefix: 'Pembaruan konten ke model versi',
  commitMessage: (from: number | null, to: number, files: number) =>
    `Pembaruan konten ke model versi ${to}${from === null || from === to ? '' : ` (dari versi ${from})`}: ${files} berkas`,
  /** The publisher's refusal while content is not written for this model. */
  publishWaits: (problem: string) =>
    `Terbit menunggu: konten perlu diperbarui ke versi baru (Beranda › Perbarui konten). Rinciannya: ${problem}`,
} as const;
