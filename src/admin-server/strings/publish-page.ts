// The publish page's texts (part of the room's string table, strings.ts): what waits to be
// published, who changed it and when, in names and words, never version hashes or folders.
export const publishPageStrings = {
  site: 'Situs publik',
  liveSince: (when: string, who: string) => `Situs publik menampilkan terbitan ${when} oleh ${who}.`,
  neverLive: 'Situs publik belum pernah diterbitkan dari ruang editor ini.',
  rolledBack: (when: string, who: string, n: number) =>
    `Terbitan terakhir dibatalkan pada ${when} oleh ${who}: situs publik sekarang lebih lama daripada konten tersimpan. ${
      n ? `Terbitkan berikutnya akan menerbitkan lagi ${n} perubahan di bawah, termasuk yang tadi dibatalkan.` : ''
    }`,
  pending: (n: number) => (n ? `Menunggu terbit: ${n} perubahan` : 'Semua perubahan sudah terbit.'),
  change: (when: string, who: string, what: string) => `${when} — ${who}: ${what}`,
  moreChanges: (n: number) => `dan ${n} perubahan lebih lama (lihat Riwayat)`,
  previewOf: (changed: string, who: string, built: string) =>
    `Pratinjau menampilkan konten tersimpan per ${changed} (perubahan terakhir oleh ${who}); dibuat ${built}.`,
  previewStale: (n: number) =>
    `Pratinjau sudah usang: ada ${n} perubahan sejak pratinjau dibuat. "Buka pratinjau" membangunnya ulang dulu (beberapa menit, dengan tampilan kemajuan).`,
  previewFresh: 'Pratinjau sudah memuat semua perubahan tersimpan.',
  refreshPreview: 'Perbarui pratinjau',
  confirmPublishTitle: 'Terbitkan perubahan?',
  confirmPublishIntro: (n: number) => `${n} perubahan berikut akan tayang di situs publik:`,
  confirmPublish: 'Ya, terbitkan',
  nothingToPublish: 'Tidak ada perubahan yang menunggu terbit; menerbitkan hanya membangun ulang situs yang sama.',
  confirmRollbackTitle: 'Batalkan terbitan?',
  confirmRollbackIntro: (when: string, who: string) =>
    `Situs publik kembali ke terbitan ${when} oleh ${who}. Konten tersimpan tidak berubah; perubahan berikut hilang dari situs publik sampai diterbitkan lagi:`,
  noPrevious: 'Tidak ada terbitan sebelumnya untuk dikembalikan.',
  confirmRollback: 'Ya, batalkan terbitan',
  cancel: 'Batal, kembali ke Terbitkan',
  emptyLog: 'Belum ada terbitan.',
  releaseLine: (when: string, who: string) => `Terbitan ${when} oleh ${who}`,
  scheduler: 'jadwal harian',
  action: 'Tindakan',
};
