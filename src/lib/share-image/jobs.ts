// Which share images a site needs and what each one says, from the typed site model.
// Paths match what pages pass to Base.astro as og:image.
import type { Announcement, Gerai, Service, Site } from '../site-types.ts';
import { t } from '../../i18n/id.ts';
import { formatCount, formatDate, formatProcessingTime, formatTimeSpan } from '../format.ts';
import { costSummary } from '../service-view.ts';
import { ANNOUNCEMENT_KINDS } from '../vocabulary.ts';
import type { ShareCard } from './card.ts';

/** One image to produce: its path under the output folder and the card it shows. */
export interface ShareImageJob {
  /** Path without a leading slash, e.g. og/layanan/ktp-el.png */
  path: string;
  card: ShareCard;
}

/** Site path of a share image, as used in og:image. */
export const shareImageUrl = {
  home: () => '/og/beranda.png',
  service: (slug: string) => `/og/layanan/${slug}.png`,
  gerai: (slug: string) => `/og/gerai/${slug}.png`,
  announcement: (slug: string) => `/og/pengumuman/${slug}.png`,
};

const s = t.shareImage;
const geraiName = (g: Gerai) => `${g.kode} ${g.nama}`;

// Short enough for a fact box: the whole text, else without its remark ("Paling lama 14 hari
// kerja"), else the bare time ("1–3 hari kerja"), else the remark's first clause; the service
// page has the full wording.
function durationText(service: Service): string {
  const time = service.jangkaWaktu;
  const full = formatProcessingTime(time);
  if (full.length <= 24) return full;
  if (time.nilai != null) {
    const short = formatProcessingTime({ ...time, keterangan: '' });
    return short.length <= 24 ? short : formatTimeSpan(time);
  }
  return full.split(/[;,(]/)[0]?.trim() || full;
}

function serviceCard(base: Pick<ShareCard, 'site' | 'host'>, service: Service): ShareCard {
  const { gerai } = service;
  return {
    ...base,
    eyebrow: `${s.service} · ${gerai.instansi.nama}`,
    title: service.nama,
    subtitle: service.ringkasan,
    facts: [
      { label: t.service.gerai, value: geraiName(gerai), shorten: true },
      { label: t.service.cost, value: costSummary(service.biaya) },
      { label: t.service.duration, value: durationText(service) },
      { label: s.requirements, value: `${formatCount(service.requiredDocuments)} ${t.service.documents}` },
    ],
  };
}

function geraiCard(base: Pick<ShareCard, 'site' | 'host'>, gerai: Gerai): ShareCard {
  const place = [`${t.service.floor} ${gerai.lantai}`, gerai.loket].filter(Boolean).join(', ');
  return {
    ...base,
    eyebrow: `${t.service.gerai} ${gerai.kode}`,
    title: `${t.service.gerai} ${gerai.nama}`,
    subtitle: gerai.deskripsi || gerai.instansi.nama,
    facts: [
      { label: s.agency, value: gerai.instansi.singkatan || gerai.instansi.nama, shorten: true },
      { label: s.place, value: place },
      { label: s.services, value: `${formatCount(gerai.services.length)} ${t.service.count}` },
    ],
  };
}

function announcementCard(base: Pick<ShareCard, 'site' | 'host'>, item: Announcement): ShareCard {
  const kind = ANNOUNCEMENT_KINDS.find((k) => k.value === item.jenis)?.label ?? t.announcement.title;
  return {
    ...base,
    eyebrow: item.tanggal ? `${kind} · ${formatDate(item.tanggal)}` : kind,
    title: item.judul,
    subtitle: item.ringkasan,
    facts: [
      { label: s.date, value: item.tanggal ? formatDate(item.tanggal) : '' },
      { label: s.author, value: item.penulis, shorten: true },
    ],
  };
}

/** Every share image of the site: home, each service, each gerai, each announcement. */
export function shareImageJobs(site: Site): ShareImageJob[] {
  const { profile } = site;
  const base = { site: profile.nama, host: new URL(profile.origin).host };
  const strip = (url: string) => url.replace(/^\//, '');
  return [
    {
      path: strip(shareImageUrl.home()),
      card: {
        ...base,
        eyebrow: `${profile.alamat.kota}, ${profile.alamat.provinsi}`,
        title: profile.nama,
        subtitle: profile.deskripsi,
        facts: [
          { label: s.services, value: `${formatCount(site.services.length)} ${t.service.count}` },
          { label: t.service.gerai, value: `${formatCount(site.gerai.length)} ${s.geraiCount}` },
          { label: s.address, value: profile.alamat.jalan, shorten: true },
        ],
      },
    },
    ...site.services.map((x) => ({ path: strip(shareImageUrl.service(x.slug)), card: serviceCard(base, x) })),
    ...site.gerai.map((x) => ({ path: strip(shareImageUrl.gerai(x.slug)), card: geraiCard(base, x) })),
    ...site.announcements.map((x) => ({ path: strip(shareImageUrl.announcement(x.slug)), card: announcementCard(base, x) })),
  ];
}
