// Generates a synthetic but realistic MPP content set, written as the same YAML and Markdoc
// files Keystatic writes, for benchmarks at scale (search bytes, build time, page weight).
// Deterministic: the same options give byte-identical output.
//
//   npx node src/bench/generate-content.ts --services 10000 --out /tmp/mpp-10k
//   MPP_CONTENT_DIR=/tmp/mpp-10k/content npx astro build --outDir .cache/dist-10k
//
// Options: --services N (10000)  --gerai N (60)  --announcements N (2000)
//          --agreements N (200)  --seed N (1)  --today YYYY-MM-DD (2026-11-01)  --out DIR
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { MODEL_FILE } from '../migrations/content-set.ts';
import { MODEL_VERSION, modelFileText } from '../migrations/version.ts';
import {
  AGENCIES,
  type AgencySpec,
  COMMON_DOCUMENTS,
  CONDITIONS,
  DISTRICTS,
  DOCUMENTS,
  DOMAIN_DOCUMENTS,
  DOMAINS,
  type Domain,
  LAWS,
  NOTES,
  type ObjectSpec,
  QUALIFIERS,
  TIMES,
} from './vocabulary.ts';

// ---------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: small, fast and good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, Math.min(n, copy.length));
  }
}

// ---------------------------------------------------------------------------------------
// Dates and text helpers

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);
const addDays = (d: string, n: number) => iso(parse(d) + n * DAY);
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const longDate = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return `${day} ${MONTHS[(m ?? 1) - 1]} ${y}`;
};

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

function uniqueSlug(base: string, used: Set<string>): string {
  const stem = slugify(base) || 'entri';
  let slug = stem;
  for (let n = 2; used.has(slug); n++) slug = `${stem.slice(0, 74).replace(/-+$/, '')}-${n}`;
  used.add(slug);
  return slug;
}

const cap = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}.`);

// ---------------------------------------------------------------------------------------
// Generation

export interface GenerateOptions {
  services: number;
  gerai: number;
  announcements: number;
  agreements: number;
  seed: number;
  today: string;
}

export const DEFAULTS: GenerateOptions = {
  services: 10_000,
  gerai: 60,
  announcements: 2000,
  agreements: 200,
  seed: 1,
  today: '2026-11-01',
};

/** A file of the content set: path relative to the content folder, and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

const yaml = (data: unknown) => stringify(data, { lineWidth: 80, minContentWidth: 20 });
const mdoc = (front: unknown, body: string) => `---\n${yaml(front)}---\n${body.trim()}\n`;

function prefixFor(i: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  if (i < 26) return letters[i] as string;
  return `${letters[Math.floor(i / 26) - 1]}${letters[i % 26]}`;
}

function weekly(r: Random) {
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

/**
 * A service's requirement documents, as real catalogues have them: a few that nearly every
 * service asks for (KTP-el, Kartu Keluarga, pas foto, formulir), most of its domain's own
 * paperwork (STNK and BPKB at Samsat, SPPT at the land office) and now and then another.
 */
function serviceDocuments(r: Random, own: readonly [string, string][]): [string, string][] {
  const chosen = [
    ...r.sample(COMMON_DOCUMENTS.slice(0, 4), r.int(3, 4)),
    ...r.sample(own, r.int(Math.min(1, own.length), Math.min(5, own.length))),
    ...r.sample(COMMON_DOCUMENTS.slice(4), r.int(0, 2)),
    ...(r.chance(0.3) ? r.sample(DOCUMENTS, 1) : []),
  ];
  return chosen.filter(([name], i) => chosen.findIndex(([other]) => other.toLowerCase() === name.toLowerCase()) === i);
}

/** Generate the whole content set in memory (deterministic for the same options). */
export function generateContent(options: GenerateOptions): ContentFile[] {
  const r = new Random(options.seed);
  const files: ContentFile[] = [];
  const add = (file: string, text: string) => files.push({ path: file, text });
  const today = options.today;
  const city = 'Kota Sukamaju';

  // Profile and weekly hours
  add(
    'profil.yaml',
    yaml({
      nama: `Mal Pelayanan Publik ${city}`,
      penyelenggara: `Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) ${city}`,
      deskripsi: `Data uji: ${options.services} layanan dari ${options.gerai} gerai dalam satu gedung, dibuat otomatis untuk mengukur kinerja portal.`,
      alamatSitus: 'https://mpp.sukamaju.example.org',
      dataContoh: true,
      alamat: {
        jalan: 'Jl. Merdeka No. 1',
        kelurahan: 'Sukamaju',
        kecamatan: 'Sukamaju Tengah',
        kota: city,
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

  // Agencies and gerai
  const instansi: { slug: string; spec: AgencySpec }[] = [];
  const gerai: { slug: string; nama: string; kode: string; domain: Domain; documents: [string, string][]; instansi: AgencySpec }[] = [];
  const usedInstansi = new Set<string>();
  const usedGerai = new Set<string>();
  const geraiSpecs = AGENCIES.flatMap((spec) => spec.gerai.map(([nama, domain]) => ({ spec, nama, domain })));
  // Round-robin over agencies so a small --gerai still covers many agencies.
  const ordered: typeof geraiSpecs = [];
  for (let round = 0; ordered.length < geraiSpecs.length; round++) {
    for (const spec of AGENCIES) {
      const g = spec.gerai[round];
      if (g) ordered.push({ spec, nama: g[0], domain: g[1] });
    }
  }
  const extraNames = ['Layanan Terpadu', 'Konsultasi', 'Pengaduan', 'Layanan Keliling'];
  while (ordered.length < options.gerai) {
    const base = ordered[ordered.length % geraiSpecs.length] as (typeof geraiSpecs)[number];
    ordered.push({
      ...base,
      nama: `${base.nama} ${extraNames[Math.floor(ordered.length / geraiSpecs.length) % extraNames.length]} ${ordered.length}`,
    });
  }
  for (const [i, g] of ordered.slice(0, options.gerai).entries()) {
    let owner = instansi.find((x) => x.spec === g.spec);
    if (!owner) {
      owner = { slug: uniqueSlug(g.spec.singkatan, usedInstansi), spec: g.spec };
      instansi.push(owner);
      add(
        `instansi/${owner.slug}.yaml`,
        yaml({
          nama: `${g.spec.nama} ${city}`,
          singkatan: g.spec.singkatan,
          jenis: g.spec.jenis,
          situs: g.spec.situs,
          kontak: `Melayani di MPP ${city}. Kantor utama tetap membuka layanan yang sama.`,
        }),
      );
    }
    const slug = uniqueSlug(g.nama, usedGerai);
    const kode = `G${String(i + 1).padStart(2, '0')}`;
    const domain = DOMAINS[g.domain] as Domain;
    gerai.push({ slug, nama: g.nama, kode, domain, documents: DOMAIN_DOCUMENTS[g.domain] ?? [], instansi: g.spec });
    const own = r.chance(0.2);
    add(
      `gerai/${slug}.yaml`,
      yaml({
        nama: g.nama,
        kode,
        lantai: 1 + (i % 3),
        loket: `Loket ${i * 2 + 1}–${i * 2 + 2}`,
        instansi: owner.slug,
        deskripsi: `Layanan ${domain.objects
          .slice(0, 4)
          .map((x) => x.name)
          .join(', ')} dan layanan terkait lain dari ${g.spec.singkatan}.`,
        jamSendiri: own ? { discriminant: true, value: weekly(r) } : { discriminant: false },
        antrian: { prefix: prefixFor(i), id: kode.toLowerCase() },
      }),
    );
  }

  // Services: spread over gerai, names from the gerai's domain (action × object × qualifier)
  const usedServices = new Set<string>();
  const usedNames = new Set<string>();
  const serviceSlugs: { slug: string; nama: string; gerai: (typeof gerai)[number] }[] = [];
  const perGerai = Math.ceil(options.services / gerai.length);
  for (let n = 0; n < options.services; n++) {
    const g = gerai[Math.floor(n / perGerai) % gerai.length] as (typeof gerai)[number];
    const d = g.domain;
    let nama = '';
    let action: [string, string[]] = d.actions[0] as [string, string[]];
    let object = d.objects[0] as ObjectSpec;
    for (let attempt = 0; attempt < 50; attempt++) {
      action = r.pick(d.actions);
      object = r.pick(d.objects);
      const qualifier = attempt < 20 ? r.pick(QUALIFIERS) : `${r.pick(QUALIFIERS.filter(Boolean))} ${r.pick(DISTRICTS)}`;
      nama = `${action[0]} ${object.name}${qualifier ? ` ${qualifier}` : ''}`;
      if (!usedNames.has(nama.toLowerCase())) break;
      nama = `${nama} (${g.kode}-${n})`;
    }
    usedNames.add(nama.toLowerCase());
    const slug = uniqueSlug(nama, usedServices);
    serviceSlugs.push({ slug, nama, gerai: g });

    const persyaratan = serviceDocuments(r, g.documents).map(([dokumen, bentuk], i) => ({
      dokumen,
      bentuk,
      jumlah: bentuk === 'fotokopi' ? r.int(1, 3) : 1,
      catatan: r.pick(NOTES),
      opsional: i > 2 && r.chance(0.15),
      kondisi: i > 1 ? r.pick(CONDITIONS) : '',
      alternatif: [],
    }));
    const steps = [
      `Ambil nomor antrean berawalan ${prefixFor(gerai.indexOf(g))} untuk Gerai ${g.kode} ${g.nama} di mesin antrean dekat pintu masuk.`,
      'Serahkan berkas persyaratan kepada petugas untuk diperiksa kelengkapannya.',
      r.pick([
        'Isi formulir permohonan di loket bila belum diisi.',
        'Petugas memverifikasi data Anda pada sistem instansi.',
        'Ikuti wawancara singkat dengan petugas.',
      ]),
      ...(r.chance(0.5) ? ['Bayar biaya layanan melalui kanal pembayaran resmi dan tunjukkan bukti bayar.'] : []),
      r.pick([
        'Terima dokumen hasil layanan di loket yang sama.',
        'Hasil layanan dikirim melalui email atau diambil sesuai jadwal yang diberikan.',
        'Simpan tanda terima untuk mengambil hasil.',
      ]),
    ];
    const time = r.pick(TIMES);
    const paid = r.chance(d.paid);
    const tarifCount = r.int(1, 3);
    const biaya = paid
      ? {
          discriminant: 'berbayar',
          value: {
            tarif: Array.from({ length: tarifCount }, (_, i) => ({
              uraian:
                tarifCount === 1
                  ? `Biaya ${action[0].toLowerCase()} ${object.name}`
                  : `${object.name} kategori ${String.fromCharCode(65 + i)}`,
              jumlah: r.int(1, 60) * 5000,
            })),
            dasarHukum: r.pick(LAWS),
            caraBayar: r.pick([
              'Dibayar melalui bank persepsi.',
              'Dibayar tunai di loket kasir MPP.',
              'Dibayar melalui QRIS atau transfer bank.',
            ]),
          },
        }
      : { discriminant: 'gratis' };
    const availability = r.next();
    const ketersediaan =
      availability < 0.9
        ? { discriminant: 'penuh' }
        : availability < 0.97
          ? {
              discriminant: 'terbatas',
              value: `Di MPP hanya menerima berkas; ${object.name} diterbitkan di kantor ${g.instansi.singkatan}.`,
            }
          : { discriminant: 'tidak-tersedia', value: `Layanan ini sementara diurus di kantor ${g.instansi.singkatan}.` };
    const verbs = action[1];
    const alias = [...new Set([...object.alias, ...verbs.map((v) => `${v} ${object.alias[0] ?? object.name.toLowerCase()}`)])].slice(0, 8);
    add(
      `layanan/${slug}.yaml`,
      yaml({
        nama,
        ringkasan: cap(
          `${action[0]} ${object.name} di Gerai ${g.kode} ${g.nama}. ${r.pick(['Siapkan berkas sesuai daftar persyaratan agar selesai sekali datang.', 'Pemohon datang sendiri atau diwakili dengan surat kuasa.', 'Berkas diperiksa di tempat dan hasilnya diberitahukan kepada pemohon.'])}`,
          300,
        ),
        gerai: g.slug,
        kategori: d.category,
        peristiwa: r.sample(d.events, r.int(0, Math.min(2, d.events.length))),
        populer: r.chance(0.02),
        persyaratan,
        hadirSendiri: false,
        prosedur: steps,
        jangkaWaktu: { ...time },
        biaya,
        biayaLain: [],
        produk: d.product,
        pengaduan: '',
        dasarHukum: r.sample(LAWS, r.int(1, 3)),
        ketersediaan,
        alternatifDaring: d.online && r.chance(0.4) ? d.online : null,
        alias,
        sumberResmi: g.instansi.situs,
        ditinjau: addDays(today, -r.int(0, 300)),
      }),
    );
  }

  // Agreements: renewals per partner agency over the years
  const partners = instansi.filter((i) => i.spec.jenis !== 'opd');
  const usedAgreements = new Set<string>();
  for (let n = 0; n < options.agreements && partners.length > 0; n++) {
    const partner = partners[n % partners.length] as (typeof partners)[number];
    const round = Math.floor(n / partners.length);
    const years = r.int(1, 3);
    const signed = addDays(today, -(round * 400 + r.int(0, 380)));
    const until = addDays(signed, years * 365 - 1);
    const slug = uniqueSlug(`pks-${partner.slug}-${signed.slice(0, 4)}`, usedAgreements);
    add(
      `kerja-sama/${slug}.yaml`,
      yaml({
        judul: `Perjanjian Kerja Sama Layanan ${partner.spec.singkatan} di MPP (${signed.slice(0, 4)}${round > 0 ? `, ke-${round + 1}` : ''})`,
        instansi: partner.slug,
        nomor: [`${100 + n}/PKS/${signed.slice(0, 4)}`, `${partner.spec.singkatan.replace(/\s+/g, '')}/${n + 1}/${signed.slice(0, 4)}`],
        ditandatangani: signed,
        berlakuMulai: signed,
        berlakuSampai: until,
        ruangLingkup: `Penyelenggaraan layanan ${partner.spec.singkatan} di gerai MPP ${city}.`,
        dokumen: null,
      }),
    );
  }

  // Announcements: about one a day, linking to services and gerai
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
          penulis: `DPMPTSP ${city}`,
          tautanSumber: null,
          tag: r.sample(['antrean', 'jadwal', 'persyaratan', 'layanan-daring', 'gerai', 'tips', 'survei'], r.int(1, 3)),
        },
        body,
      ),
    );
  }

  // Editor pages
  const pages: [string, string, string, string][] = [
    [
      'tentang',
      'Tentang MPP',
      `Mal Pelayanan Publik ${city} menghimpun layanan pemerintah dan badan usaha dalam satu gedung.`,
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

  // A year of closures and special hours
  const year = Number(today.slice(0, 4));
  const holidays: [string, string, number][] = [
    ['Tahun Baru Masehi', '01-01', 1],
    ['Isra Mikraj', '01-16', 1],
    ['Tahun Baru Imlek', '02-17', 1],
    ['Hari Suci Nyepi', '03-19', 1],
    ['Idulfitri dan cuti bersama', '03-20', 4],
    ['Wafat Yesus Kristus', '04-03', 1],
    ['Hari Buruh Internasional', '05-01', 1],
    ['Kenaikan Yesus Kristus', '05-14', 1],
    ['Hari Raya Waisak', '05-31', 1],
    ['Hari Lahir Pancasila', '06-01', 1],
    ['Iduladha', '05-27', 1],
    ['Tahun Baru Islam', '06-16', 1],
    ['Hari Kemerdekaan RI', '08-17', 1],
    ['Maulid Nabi Muhammad SAW', '08-25', 1],
    ['Hari Raya Natal dan cuti bersama', '12-24', 3],
  ];
  const usedLibur = new Set<string>();
  const from = addDays(today, -60);
  const to = addDays(today, 305);
  for (const y of [year, year + 1]) {
    for (const [nama, md, days] of holidays) {
      const mulai = `${y}-${md}`;
      if (mulai < from || mulai > to) continue;
      add(
        `libur/${uniqueSlug(`${nama} ${y}`, usedLibur)}.yaml`,
        yaml({
          nama: `${nama} ${y}`,
          mulai,
          ...(days > 1 ? { selesai: addDays(mulai, days - 1) } : {}),
          jenis: { discriminant: 'tutup' },
          gerai: [],
          keterangan: 'Libur nasional sesuai keputusan bersama menteri.',
        }),
      );
    }
    const ramadan = `${y}-02-18`;
    if (ramadan >= from && ramadan <= to) {
      add(
        `libur/${uniqueSlug(`Jam layanan Ramadan ${y}`, usedLibur)}.yaml`,
        yaml({
          nama: `Jam layanan Ramadan ${y}`,
          mulai: ramadan,
          selesai: addDays(ramadan, 29),
          jenis: { discriminant: 'jam-khusus', value: [{ mulai: '08.00', selesai: '14.00' }] },
          gerai: [],
          keterangan: 'Selama Ramadan layanan berakhir pukul 14.00.',
        }),
      );
    }
  }
  for (let n = 0; n < 12; n++) {
    const g = r.pick(gerai);
    const mulai = addDays(today, r.int(-30, 300));
    add(
      `libur/${uniqueSlug(`Pemeliharaan sistem ${g.nama} ${mulai}`, usedLibur)}.yaml`,
      yaml({
        nama: `Pemeliharaan sistem Gerai ${g.nama}`,
        mulai,
        jenis: { discriminant: 'tutup' },
        gerai: [g.slug],
        keterangan: 'Gerai lain tetap buka.',
      }),
    );
  }
  return files;
}

/** Write a generated content set into `<out>/content` (replacing it). Returns the folder. */
export function writeContent(out: string, files: ContentFile[]): string {
  const root = path.join(path.resolve(out), 'content');
  rmSync(root, { recursive: true, force: true });
  const dirs = new Set(files.map((f) => path.dirname(path.join(root, f.path))));
  for (const dir of dirs) mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(path.join(root, file.path), file.text);
  // Generated content is written for this code's model; recording it spares the check a sniff.
  writeFileSync(path.join(root, MODEL_FILE), modelFileText(MODEL_VERSION));
  return root;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      services: { type: 'string' },
      gerai: { type: 'string' },
      announcements: { type: 'string' },
      agreements: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.out) {
    console.error('Pemakaian: node src/bench/generate-content.ts --services 10000 --out /tmp/mpp-10k');
    process.exit(2);
  }
  const num = (value: string | undefined, fallback: number) =>
    value === undefined ? fallback : Math.max(0, Number.parseInt(value, 10) || 0);
  const options: GenerateOptions = {
    services: num(values.services, DEFAULTS.services),
    gerai: Math.max(1, num(values.gerai, DEFAULTS.gerai)),
    announcements: num(values.announcements, DEFAULTS.announcements),
    agreements: num(values.agreements, DEFAULTS.agreements),
    seed: num(values.seed, DEFAULTS.seed),
    today: values.today && /^\d{4}-\d{2}-\d{2}$/.test(values.today) ? values.today : DEFAULTS.today,
  };
  const started = performance.now();
  const files = generateContent(options);
  const root = writeContent(values.out, files);
  const ms = Math.round(performance.now() - started);
  console.log(
    `${files.length} berkas ditulis ke ${root} dalam ${ms} ms (${options.services} layanan, ${options.gerai} gerai, ${options.announcements} pengumuman, ${options.agreements} perjanjian; seed ${options.seed}).`,
  );
  console.log(`Bangun dengan: MPP_CONTENT_DIR=${root} npx astro build --outDir .cache/dist-${options.services}`);
}
