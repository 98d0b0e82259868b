// Services (layanan) in the synthetic content set: spread evenly over the gerai, named from
// the gerai's domain (action × object × qualifier), with requirements, steps, fees and aliases.
import { COMMON_DOCUMENTS, CONDITIONS, DISTRICTS, DOCUMENTS, LAWS, NOTES, type ObjectSpec, QUALIFIERS, TIMES } from '../vocabulary.ts';
import { addDays } from './dates.ts';
import { prefixFor } from './gerai.ts';
import type { AddFile, GenerateOptions, Gerai, ServiceRef } from './options.ts';
import type { Random } from './random.ts';
import { cap, uniqueSlug, yaml } from './text.ts';

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

/** layanan/*.yaml; returns the services in order for announcements to link to. */
export function addServices(r: Random, options: GenerateOptions, gerai: Gerai[], add: AddFile): ServiceRef[] {
  const today = options.today;
  const usedServices = new Set<string>();
  const usedNames = new Set<string>();
  const serviceSlugs: ServiceRef[] = [];
  const perGerai = Math.ceil(options.services / gerai.length);
  for (let n = 0; n < options.services; n++) {
    const g = gerai[Math.floor(n / perGerai) % gerai.length] as Gerai;
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
  return serviceSlugs;
}
