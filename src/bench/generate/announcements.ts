// Announcements (pengumuman) and the editors' pages (halaman) in the synthetic content set, the
// Markdoc parts of it: about one announcement a day, each linking to a service and its gerai.
import { DISTRICTS } from '../vocabulary.ts';
import { addDays, longDate } from './dates.ts';
import { type AddFile, CITY, type GenerateOptions, type ServiceRef } from './options.ts';
import type { Random } from './random.ts';
import { cap, mdoc, uniqueSlug } from './text.ts';

/** pengumuman/*.mdoc, spread over the five years before `today`. */
export function addAnnouncements(r: Random, options: GenerateOptions, serviceSlugs: ServiceRef[], add: AddFile): void {
  const today = options.today;
  const usedAnnouncements = new Set<string>();
  const topics = [
    (_s: string, g: string) => `Gerai ${g} Tutup Sementara karena Pemeliharaan Sistem`,
    (s: string) => `Syarat Terbaru ${s}`,
    (_s: string, g: string) => `Kuota Antrean Gerai ${g} Ditambah`,
    (s: string) => `Tips Mengurus ${s} agar Selesai Sekali Datang`,
    (s: string) => `Layanan Jemput Bola ${s} di Kecamatan ${DISTRICTS[s.length % DISTRICTS.length]}`,
    (_s: string, g: string) => `Jam Layanan Khusus Gerai ${g}`,
    (s: string) => `${s} Kini Bisa Diajukan Secara Daring`,
    () => `Hasil Survei Kepuasan Masyarakat Triwulan Terbaru`,
    (_s: string, g: string) => `Gerai ${g} Pindah ke Lantai Baru`,
  ];
  for (let n = 0; n < options.announcements; n++) {
    const service = r.pick(serviceSlugs);
    const tanggal = addDays(today, -Math.floor((n * 365 * 5) / options.announcements) - r.int(0, 1));
    const judul = cap(r.pick(topics)(service.nama, service.gerai.nama), 160);
    const slug = uniqueSlug(`${judul} ${tanggal}`, usedAnnouncements);
    const body = [
      `Per ${longDate(tanggal)}, ${r.pick(['warga dapat', 'pemohon diminta', 'masyarakat diimbau'])} memperhatikan informasi berikut tentang layanan [${service.nama}](/layanan/${service.slug}/) di [Gerai ${service.gerai.kode} ${service.gerai.nama}](/gerai/${service.gerai.slug}/).`,
      '## Yang perlu diketahui',
      `- Bawa berkas asli dan fotokopi sesuai daftar persyaratan.\n- Nomor antrean dibagikan mulai pukul 08.00.\n- ${r.pick(['Layanan tetap gratis.', 'Biaya mengikuti tarif resmi yang tercantum di halaman layanan.', 'Pembayaran hanya melalui kanal resmi.'])}`,
      r.pick([
        'Informasi lebih lanjut dapat ditanyakan di meja informasi lantai 1.',
        'Pengaduan dapat disampaikan melalui SP4N-LAPOR! atau kotak saran di ruang tunggu.',
        'Terima kasih atas pengertian dan kerja sama masyarakat.',
      ]),
    ].join('\n\n');
    add(
      `pengumuman/${slug}.mdoc`,
      mdoc(
        {
          judul,
          tanggal,
          jenis: r.pick(['pengumuman', 'berita', 'siaran-pers']),
          ringkasan: cap(
            `Informasi tentang ${service.nama} di Gerai ${service.gerai.kode} ${service.gerai.nama} per ${longDate(tanggal)}.`,
            300,
          ),
          penulis: `DPMPTSP ${CITY}`,
          tautanSumber: null,
          tag: r.sample(['antrean', 'jadwal', 'persyaratan', 'layanan-daring', 'gerai', 'tips', 'survei'], r.int(1, 3)),
        },
        body,
      ),
    );
  }
}

/** halaman/*.mdoc: the fixed pages every MPP has. */
export function addPages(add: AddFile): void {
  const pages: [string, string, string, string][] = [
    [
      'tentang',
      'Tentang MPP',
      `Mal Pelayanan Publik ${CITY} menghimpun layanan pemerintah dan badan usaha dalam satu gedung.`,
      'MPP dikelola DPMPTSP dan diresmikan untuk mempermudah warga.',
    ],
    [
      'faq',
      'Pertanyaan yang Sering Diajukan',
      'Jawaban singkat tentang biaya, jam buka dan antrean.',
      '## Apakah layanan dipungut biaya?\n\nSebagian besar layanan gratis. Tarif resmi tercantum di halaman layanan.',
    ],
    [
      'aksesibilitas',
      'Aksesibilitas',
      'Komitmen kami agar portal dan gedung dapat dipakai semua orang.',
      'Portal ini mengikuti WCAG 2.2 tingkat AA.',
    ],
    ['privasi', 'Kebijakan Privasi', 'Data apa yang dikumpulkan portal ini.', 'Portal ini tidak memakai kuki pelacak.'],
  ];
  for (const [slug, judul, ringkasan, body] of pages) add(`halaman/${slug}.mdoc`, mdoc({ judul, ringkasan }, body));
}
