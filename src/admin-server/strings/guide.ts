// "Panduan editor": the room's tasks step by step, in Indonesian (part of the room's string table),
// with screenshots of the main screens (files in guide-images/, written by the office-day test).
type GuideImage = { file: string; alt: string };
const noImages: GuideImage[] = [];

export const guideStrings = {
  title: 'Panduan editor',
  link: 'Baca Panduan editor',
  intro: 'Halaman ini menjelaskan pekerjaan sehari-hari di ruang editor. Menu di bagian atas selalu tersedia, juga di layar Konten.',
  introImages: [
    {
      file: 'beranda.png',
      alt: 'Beranda ruang editor: menu Beranda, Konten, Periksa konten, Riwayat dan Terbitkan di bagian atas, dengan nama editor dan tombol Keluar.',
    },
  ],
  sections: [
    {
      heading: 'Mengubah konten',
      images: [
        {
          file: 'konten.png',
          alt: 'Daftar Konten: bagian-bagian situs seperti Layanan, Gerai dan Jam layanan, dengan menu ruang editor di atasnya.',
        },
        {
          file: 'formulir.png',
          alt: 'Formulir Jam layanan setelah disimpan: catatan "Tersimpan, tetapi ada 1 masalah" di bagian atas menyebut isian yang salah dengan tautan Buka isian.',
        },
      ],
      steps: [
        'Buka menu Konten, pilih bagian (misalnya Layanan atau Jam layanan), lalu pilih entri.',
        'Ubah isian, lalu tekan Simpan. Setiap simpan tercatat di Riwayat atas nama Anda.',
        'Bila setelah menyimpan muncul "Tersimpan, tetapi ada masalah" di bagian atas, perubahan sudah tersimpan tetapi akan menghalangi terbit. Tekan "Buka isian" dan perbaiki.',
        'Bila simpanan ditolak karena orang lain mengubah entri yang sama, salin perubahan Anda, muat ulang halaman, lalu terapkan lagi.',
      ],
    },
    {
      heading: 'Memeriksa konten',
      images: noImages,
      steps: [
        'Menu Periksa konten menampilkan semua kesalahan dan peringatan, dengan nama isian seperti di formulir dan tautan ke entrinya.',
        'Kesalahan harus diperbaiki sebelum terbit; peringatan tidak menghalangi terbit.',
      ],
    },
    {
      heading: 'Melihat dan membatalkan perubahan',
      images: [
        {
          file: 'riwayat.png',
          alt: 'Halaman Riwayat: siapa mengubah apa dan kapan, nilai sebelum dan sesudah, dengan tombol Urungkan perubahan ini.',
        },
      ],
      steps: [
        'Menu Riwayat menampilkan siapa mengubah apa dan kapan, dengan nilai sebelum dan sesudah.',
        '"Urungkan perubahan ini" mengembalikan entri seperti sebelum perubahan itu. "Kembalikan ke versi ini" mengembalikan entri seperti sesudah perubahan itu.',
        'Keduanya menampilkan dulu apa yang akan berubah dan meminta persetujuan. Tindakan ini juga tercatat di Riwayat dan dapat diurungkan lagi.',
        'Entri yang terhapus pun dapat dikembalikan dari Riwayat.',
      ],
    },
    {
      heading: 'Pratinjau',
      images: noImages,
      steps: [
        'Di halaman Terbitkan, tekan Buat pratinjau untuk melihat situs seperti nanti terbit. Pratinjau hanya dapat dilihat setelah masuk.',
        'Halaman Terbitkan menyebut versi mana yang ditampilkan pratinjau. Bila tertulis usang, tekan Perbarui pratinjau.',
      ],
    },
    {
      heading: 'Menerbitkan',
      images: [
        {
          file: 'terbitkan.png',
          alt: 'Halaman Terbitkan: Menunggu terbit dengan daftar perubahan (kapan, siapa, apa), tombol Terbitkan dan Batalkan terbitan, serta pratinjau.',
        },
      ],
      steps: [
        'Halaman Terbitkan menampilkan perubahan yang menunggu terbit: siapa, apa, dan kapan.',
        'Penerbit menekan Terbitkan, memeriksa daftar perubahan, lalu menekan Ya, terbitkan. Bila ada kesalahan konten, situs publik tidak berubah dan kesalahannya disebutkan.',
        'Batalkan terbitan mengembalikan situs publik ke terbitan sebelumnya. Konten tersimpan tidak berubah; Terbitkan berikutnya menerbitkannya lagi.',
      ],
    },
    {
      heading: 'Pengaturan teknis',
      images: noImages,
      steps: [
        'Alamat situs, koordinat lokasi, URL ubin peta dan URL API antrean di Profil MPP hanya boleh diubah admin. Simpanan orang lain yang mengubahnya ditolak dengan nama admin yang dapat dihubungi.',
      ],
    },
    {
      heading: 'Akun dan keamanan',
      images: noImages,
      steps: [
        'Ganti kata sandi lewat tautan Ubah kata sandi di bagian atas. Aktifkan Verifikasi dua langkah dengan aplikasi autentikator di ponsel.',
        'Tekan Keluar setelah selesai, terutama di komputer bersama.',
      ],
    },
  ],
};
