// Every message the publisher gives editors, in Indonesian, in one place.
import type { BuildProgress } from '../publish/types.ts';

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
  diskLow: (dir: string, freeMb: number, minMb: number) =>
    `Ruang disk server penuh: tinggal ${freeMb} MB di ${dir}, padahal build memerlukan paling sedikit ${minMb} MB. Situs yang tayang tidak diubah. Minta petugas TI mengosongkan ruang disk (misalnya menghapus terbitan lama atau log), lalu coba lagi.`,
  diskFull:
    'Ruang disk server penuh saat menyiapkan atau membangun situs; situs yang tayang tidak diubah dan berkas build sementara sudah dihapus. Minta petugas TI mengosongkan ruang disk (misalnya menghapus terbitan lama atau log), lalu coba lagi.',
  closing: 'Server ruang editor sedang dihentikan atau dimulai ulang; proses baru tidak dimulai. Coba lagi sebentar lagi.',
  stopped: (p: BuildProgress) =>
    `${capital(KIND[p.kind])} oleh ${p.actor} dihentikan karena server ruang editor dimatikan atau dimulai ulang; situs yang tayang tidak diubah dan berkas build sementara sudah dihapus. Jalankan lagi bila masih diperlukan.`,
  interrupted: (p: BuildProgress) =>
    `${capital(KIND[p.kind])} oleh ${p.actor} (mulai ${p.startedAt.slice(0, 16).replace('T', ' ')} UTC) terputus karena server ruang editor berhenti mendadak; situs yang tayang tidak diubah. Jalankan lagi bila masih diperlukan.`,
  interruptedSwitching: (p: BuildProgress) =>
    `${capital(KIND[p.kind])} oleh ${p.actor} (mulai ${p.startedAt.slice(0, 16).replace('T', ' ')} UTC) terputus saat situs publik sedang dialihkan. Periksa daftar terbitan di bawah untuk melihat terbitan yang tayang sekarang.`,
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
