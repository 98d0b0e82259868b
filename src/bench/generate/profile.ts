// The MPP's profile and weekly opening hours in the synthetic content set, and the weekly
// schedule shape that gerai with their own hours reuse.
import { type AddFile, CITY, type GenerateOptions } from './options.ts';
import { Random } from './random.ts';
import { yaml } from './text.ts';

/** A weekday schedule: Friday has a prayer break, some close later, some open Saturday. */
export function weekly(r: Random) {
  const day = (start: string, end: string) => [{ mulai: start, selesai: end }];
  const late = r.chance(0.3);
  return {
    senin: day('08.00', late ? '16.00' : '15.00'),
    selasa: day('08.00', late ? '16.00' : '15.00'),
    rabu: day('08.00', late ? '16.00' : '15.00'),
    kamis: day('08.00', late ? '16.00' : '15.00'),
    jumat: [
      { mulai: '08.00', selesai: '11.30' },
      { mulai: '13.00', selesai: '15.00' },
    ],
    sabtu: r.chance(0.5) ? day('08.00', '12.00') : [],
    minggu: [],
  };
}

/** profil.yaml and jam-layanan.yaml. The hours draw from their own seed, not the shared one. */
export function addProfileAndHours(options: GenerateOptions, add: AddFile): void {
  add(
    'profil.yaml',
    yaml({
      nama: `Mal Pelayanan Publik ${CITY}`,
      penyelenggara: `Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) ${CITY}`,
      deskripsi: `Data uji: ${options.services} layanan dari ${options.gerai} gerai dalam satu gedung, dibuat otomatis untuk mengukur kinerja portal.`,
      alamatSitus: 'https://mpp.sukamaju.example.org',
      dataContoh: true,
      alamat: {
        jalan: 'Jl. Merdeka No. 1',
        kelurahan: 'Sukamaju',
        kecamatan: 'Sukamaju Tengah',
        kota: CITY,
        provinsi: 'Jawa Barat',
        kodePos: '40111',
      },
      petunjukArah: 'Gedung MPP berada di samping alun-alun kota. Angkutan kota jurusan terminal berhenti di depan gedung.',
      aksesibilitasGedung: [
        'Ramp di pintu masuk utama',
        'Toilet difabel di setiap lantai',
        'Lift ke lantai 2 dan 3',
        'Kursi roda di meja informasi',
      ],
      koordinat: { lintang: -6.914744, bujur: 107.60981 },
      zonaWaktu: 'Asia/Jakarta',
      kontak: { telepon: '(022) 000-0000', whatsapp: '6281200000001', email: 'mpp@sukamaju.example.org' },
      mediaSosial: [{ nama: 'Instagram', url: 'https://www.instagram.com/contoh.mpp.sukamaju' }],
      kapasitasHarian: 1500,
      layananPrioritas: 'Penyandang disabilitas, warga lanjut usia dan ibu hamil didahulukan di setiap gerai.',
      skm: { nilai: 88.9, periode: 'Semester I 2026', tautanSurvei: null },
      pengaduan: { lapor: 'https://www.lapor.go.id', keterangan: 'Pengaduan juga diterima di meja informasi lantai 1.' },
      antrian: { apiUrl: null },
      peta: { tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', atribusi: '© kontributor OpenStreetMap' },
    }),
  );
  add(
    'jam-layanan.yaml',
    yaml({
      jadwal: { ...weekly(new Random(options.seed + 1)), sabtu: [] },
      catatan: 'Pengambilan nomor antrean ditutup 30 menit sebelum layanan berakhir.',
    }),
  );
}
