// Open data: the catalogue, gerai and opening hours as JSON and CSV for re-use (SPBE,
// Satu Data Indonesia, journalists, apps). Field names follow the content model and,
// once published, never change; new fields may be added. Their meaning is documented
// in open-data-schema.ts, which is also published as JSON Schema.
import type { Agreement, Gerai, Instansi, Service, Site } from './site-types.ts';
import { t } from '../i18n/id.ts';
import { formatProcessingTime, formatTime } from './format.ts';
import { DAY_KEYS, type DateRule, type TimeInterval, type WeeklySchedule } from './hours.ts';
import { relevantRules } from './hours-view.ts';
import { costSummary, lowestFee, requirementName } from './service-view.ts';
import { guideTotals } from './guides.ts';
import { countPartnerStates } from './partners.ts';
import { absoluteUrl, geraiUrl, guideUrl, serviceUrl } from './urls.ts';

/** Licence of the published data (the content model has no licence field, so it is fixed). */
export const LICENCE = { nama: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.id' } as const;

/** The files under /data/, by key: path of the data and of its schema. */
export const OPEN_DATA_FILES = {
  layanan: { data: '/data/layanan.json', schema: '/data/layanan.schema.json', csv: '/data/layanan.csv' },
  gerai: { data: '/data/gerai.json', schema: '/data/gerai.schema.json' },
  jamLayanan: { data: '/data/jam-layanan.json', schema: '/data/jam-layanan.schema.json' },
  panduan: { data: '/data/panduan.json', schema: '/data/panduan.schema.json' },
  kemitraan: { data: '/data/kemitraan.json', schema: '/data/kemitraan.schema.json' },
} as const;

const orNull = (text: string | null | undefined) => (text ? text : null);
const times = (intervals: readonly TimeInterval[]) =>
  intervals.map((i) => ({ mulai: formatTime(i.mulai), selesai: formatTime(i.selesai) }));
const schedule = (weekly: WeeklySchedule) => Object.fromEntries(DAY_KEYS.map((day) => [day, times(weekly[day])]));

/** Fields every file starts with: who publishes it, under what licence, when. */
function envelope(site: Site, key: keyof typeof OPEN_DATA_FILES) {
  const { profile } = site;
  return {
    $schema: absoluteUrl(profile.origin, OPEN_DATA_FILES[key].schema),
    mpp: profile.nama,
    penerbit: profile.penyelenggara,
    situs: `${profile.origin}/`,
    lisensi: { ...LICENCE },
    diperbarui: site.today,
  };
}

function geraiRef(gerai: Gerai) {
  const { instansi } = gerai;
  return {
    gerai: { slug: gerai.slug, kode: gerai.kode, nama: gerai.nama, lantai: gerai.lantai, loket: orNull(gerai.loket) },
    instansi: { slug: instansi.slug, nama: instansi.nama, singkatan: orNull(instansi.singkatan), jenis: instansi.jenis },
  };
}

/** One service as an open-data record. */
export function serviceRecord(site: Site, service: Service) {
  const paid = service.biaya.discriminant === 'berbayar' ? service.biaya.value : null;
  const computed = service.biaya.discriminant === 'sesuai-perhitungan' ? service.biaya.value : null;
  const { ketersediaan, jangkaWaktu } = service;
  return {
    slug: service.slug,
    nama: service.nama,
    url: absoluteUrl(site.profile.origin, serviceUrl(service.slug)),
    ringkasan: service.ringkasan,
    kategori: service.kategori,
    peristiwa: [...service.peristiwa],
    ...geraiRef(service.gerai),
    persyaratan: service.persyaratan.map((p) => ({
      dokumen: p.dokumen,
      alternatif: [...p.alternatif],
      bentuk: p.bentuk,
      jumlah: p.jumlah ?? 1,
      wajib: !p.opsional,
      kondisi: orNull(p.kondisi),
      catatan: orNull(p.catatan),
    })),
    jumlahDokumenWajib: service.requiredDocuments,
    hadirSendiri: service.hadirSendiri,
    prosedur: [...service.prosedur],
    jangkaWaktu: {
      teks: formatProcessingTime(jangkaWaktu),
      nilai: jangkaWaktu.nilai ?? null,
      satuan: jangkaWaktu.satuan,
      dari: jangkaWaktu.dari ?? null,
      selesaiDiTempat: jangkaWaktu.selesaiDiTempat,
      sifat: jangkaWaktu.sifat,
      keterangan: orNull(jangkaWaktu.keterangan),
    },
    biaya: {
      gratis: service.biaya.discriminant === 'gratis',
      jenis: service.biaya.discriminant,
      terendah: lowestFee(service.biaya),
      ringkasan: costSummary(service.biaya),
      tarif: (paid?.tarif ?? []).map((t) => ({ uraian: t.uraian, jumlah: t.jumlah ?? 0 })),
      perhitungan: computed
        ? { caraHitung: computed.caraHitung, tempatCek: orNull(computed.tempatCek), tautanCek: orNull(computed.tautanCek) }
        : null,
      dasarHukum: orNull(paid?.dasarHukum ?? computed?.dasarHukum),
      caraBayar: orNull(paid?.caraBayar ?? computed?.caraBayar),
      biayaLain: service.biayaLain.map((c) => ({ uraian: c.uraian, perkiraan: c.perkiraan ?? null })),
    },
    produk: service.produk,
    pengaduan: orNull(service.pengaduan),
    dasarHukum: [...service.dasarHukum],
    ketersediaan: { status: ketersediaan.discriminant, keterangan: ketersediaan.discriminant === 'penuh' ? null : ketersediaan.value },
    alternatifDaring: orNull(service.alternatifDaring),
    sumberResmi: orNull(service.sumberResmi),
    alias: [...service.alias],
    ditinjau: service.ditinjau,
  };
}

/** /data/layanan.json: the whole service catalogue. */
export function servicesDocument(site: Site) {
  return { ...envelope(site, 'layanan'), jumlah: site.services.length, layanan: site.services.map((s) => serviceRecord(site, s)) };
}

/** /data/gerai.json: every gerai with its agency, place, hours and services. */
export function geraiDocument(site: Site) {
  return {
    ...envelope(site, 'gerai'),
    jumlah: site.gerai.length,
    gerai: site.gerai.map((g) => {
      const { gerai, instansi } = geraiRef(g);
      return {
        ...gerai,
        url: absoluteUrl(site.profile.origin, geraiUrl(g.slug)),
        deskripsi: orNull(g.deskripsi),
        instansi: { ...instansi, situs: orNull(g.instansi.situs) },
        jamSendiri: g.jamSendiri.discriminant,
        jadwal: schedule(g.hours.weekly),
        layanan: g.services.map((s) => s.slug),
      };
    }),
  };
}

function ruleRecord(rule: DateRule) {
  return {
    nama: rule.name,
    mulai: rule.start,
    selesai: rule.end ?? rule.start,
    jenis: rule.kind,
    jam: times(rule.intervals),
    gerai: [...rule.gerai],
    keterangan: orNull(rule.note),
  };
}

/** /data/jam-layanan.json: weekly schedule plus closures and special hours from today on. */
export function hoursDocument(site: Site) {
  return {
    ...envelope(site, 'jamLayanan'),
    zonaWaktu: site.hours.timeZone,
    jadwal: schedule(site.hours.weekly),
    catatan: orNull(site.notes),
    libur: relevantRules(site.hours.rules, site.today)
      .map(ruleRecord)
      .sort((a, b) => a.mulai.localeCompare(b.mulai) || a.nama.localeCompare(b.nama, 'id')),
  };
}

/** Columns of /data/layanan.csv, in order, each with the layanan.json field it comes from. */
export const CSV_SOURCES = {
  slug: 'layanan[].slug',
  nama: 'layanan[].nama',
  url: 'layanan[].url',
  kategori: 'layanan[].kategori',
  geraiKode: 'layanan[].gerai.kode',
  geraiNama: 'layanan[].gerai.nama',
  instansiNama: 'layanan[].instansi.nama',
  biayaTerendah: 'layanan[].biaya.terendah',
  biaya: 'layanan[].biaya.ringkasan',
  jangkaWaktu: 'layanan[].jangkaWaktu.teks',
  jangkaWaktuNilai: 'layanan[].jangkaWaktu.nilai',
  jangkaWaktuSatuan: 'layanan[].jangkaWaktu.satuan',
  jumlahDokumenWajib: 'layanan[].jumlahDokumenWajib',
  persyaratan: 'layanan[].persyaratan',
  ketersediaan: 'layanan[].ketersediaan.status',
  alternatifDaring: 'layanan[].alternatifDaring',
  ditinjau: 'layanan[].ditinjau',
  // Added later: new columns go at the end so readers that count columns keep working.
  hadirSendiri: 'layanan[].hadirSendiri',
} as const;

/** Column names of /data/layanan.csv, in order. */
export const CSV_COLUMNS = Object.keys(CSV_SOURCES) as (keyof typeof CSV_SOURCES)[];

/** One CSV row per service (multi-valued fields joined with line breaks, which RFC 4180 quoting allows). */
export function serviceRow(site: Site, service: Service): Record<(typeof CSV_COLUMNS)[number], string | number> {
  const r = serviceRecord(site, service);
  return {
    slug: r.slug,
    nama: r.nama,
    url: r.url,
    kategori: r.kategori,
    geraiKode: r.gerai.kode,
    geraiNama: r.gerai.nama,
    instansiNama: r.instansi.nama,
    biayaTerendah: r.biaya.terendah ?? '',
    biaya: r.biaya.ringkasan,
    jangkaWaktu: r.jangkaWaktu.teks,
    jangkaWaktuNilai: r.jangkaWaktu.nilai ?? '',
    jangkaWaktuSatuan: r.jangkaWaktu.satuan,
    jumlahDokumenWajib: r.jumlahDokumenWajib,
    persyaratan: r.persyaratan
      .map((p) => {
        const name = requirementName({ dokumen: p.dokumen, alternatif: p.alternatif });
        return p.wajib ? name : `${name} (${t.service.optional})`;
      })
      .join('\n'),
    ketersediaan: r.ketersediaan.status,
    alternatifDaring: r.alternatifDaring ?? '',
    ditinjau: r.ditinjau ?? '',
    hadirSendiri: String(r.hadirSendiri),
  };
}

/** One CSV field, quoted per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  const text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV text (CRLF line ends, header row first). */
export function toCsv<K extends string>(columns: readonly K[], rows: readonly Record<K, string | number | null | undefined>[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvField(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** /data/layanan.csv */
export function servicesCsv(site: Site): string {
  return toCsv(
    CSV_COLUMNS,
    site.services.map((s) => serviceRow(site, s)),
  );
}

/** /data/panduan.json: life-event guides, their steps (service slugs) and computed totals. */
export function guidesDocument(site: Site) {
  return {
    ...envelope(site, 'panduan'),
    jumlah: site.guides.length,
    panduan: site.guides.map((g) => {
      const totals = guideTotals(g);
      return {
        slug: g.slug,
        judul: g.judul,
        url: absoluteUrl(site.profile.origin, guideUrl(g.slug)),
        untukSiapa: g.untukSiapa,
        pengantar: g.pengantar,
        peristiwa: g.peristiwa,
        langkah: g.steps.map((s) => ({
          nomor: s.number,
          judul: s.judul,
          layanan: s.choices.map((c) => c.slug),
          bilaPerlu: s.extras.map((c) => c.slug),
          opsional: s.optional,
          diLuarMpp: orNull(s.outside),
          catatan: orNull(s.note),
        })),
        total: {
          kunjungan: totals.visits,
          gerai: totals.gerai.map((x) => x.slug),
          biayaTetap: totals.fixedFees,
          langkahBiayaBervariasi: totals.variableFeeSteps,
          waktu: { ...totals.time },
        },
      };
    }),
  };
}

function agreementRecord(site: Site, a: Agreement) {
  return {
    slug: a.slug,
    judul: a.judul,
    tahap: a.tahap,
    status: a.status,
    nomor: [...a.nomor],
    ditandatangani: a.ditandatangani ?? null,
    berlakuMulai: a.berlakuMulai ?? null,
    berlakuSampai: a.berlakuSampai ?? null,
    ruangLingkup: orNull(a.ruangLingkup),
    dokumen: a.dokumen ? absoluteUrl(site.profile.origin, a.dokumen) : null,
  };
}

function presenceRecord(i: Instansi) {
  const { presence } = i;
  if (presence.kind === 'gerai-sendiri') return { status: presence.kind, gerai: presence.gerai.map((g) => g.slug), rencana: null };
  if (presence.kind === 'gerai-lain') return { status: presence.kind, gerai: [presence.gerai.slug], rencana: null };
  return { status: presence.kind, gerai: [], rencana: orNull(presence.plan) };
}

/** /data/kemitraan.json: every agency, how it serves at the MPP and its agreements, with the counts /kemitraan/ shows. */
export function partnersDocument(site: Site) {
  return {
    ...envelope(site, 'kemitraan'),
    jumlah: site.instansi.length,
    jumlahMenurutStatus: countPartnerStates(site.instansi.map((i) => i.partnerState)),
    instansi: site.instansi.map((i) => ({
      slug: i.slug,
      nama: i.nama,
      singkatan: orNull(i.singkatan),
      jenis: i.jenis,
      situs: orNull(i.situs),
      kontak: orNull(i.kontak),
      layananDiMpp: presenceRecord(i),
      statusKerjaSama: i.partnerState,
      perjanjian: i.agreements.map((a) => agreementRecord(site, a)),
    })),
  };
}
