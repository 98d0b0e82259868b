// Every message the publisher gives editors, in Indonesian, in one place.
import type { BuildProgress } from './types.ts';

const KIND: Record<BuildProgress['kind'], string> = {
  pratinjau: 'pratinjau',
  terbit: 'terbitan',
  batal: 'pembatalan terbitan',
  jadwal: 'build ulang harian',
};

export const s = {
  busy: (p: BuildProgress, now = Date.now()) =>
    `Sedang ada ${KIND[p.kind]} yang berjalan (oleh ${p.actor}, sudah ${Math.max(0, Math.round((now - Date.parse(p.startedAt)) / 1000))} detik). Tunggu sampai selesai, lalu coba lagi.`,
  badCommit: (ref: string) => `Versi konten "${ref}" tidak ditemukan di repositori konten.`,
  noContentFolder: (commit: string) => `Versi konten ${commit.slice(0, 7)} tidak memuat folder content/.`,
  exportFailed: (detail: string) => `Konten tidak dapat disiapkan untuk build: ${detail}`,
  contentInvalid: 'Konten tidak valid; situs yang tayang tidak diubah.',
  buildFailed: (seconds: number) =>
    `Build situs gagal setelah ${seconds} detik; situs yang tayang tidak diubah. Bagian akhir catatan build:`,
  buildIncomplete: 'Build selesai tanpa halaman beranda (index.html); situs yang tayang tidak diubah.',
  liveIsFolder: (link: string) =>
    `${link} adalah folder biasa, bukan tautan (symlink). Pindahkan folder itu dulu agar terbitan dapat dialihkan dengan aman.`,
  noLive: 'Belum ada terbitan yang tayang.',
  noPrevious: 'Tidak ada terbitan sebelumnya untuk dikembalikan.',
  unexpected: (detail: string) => `Terjadi kesalahan tak terduga: ${detail}`,
};
