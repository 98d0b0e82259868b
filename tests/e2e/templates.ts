// One representative URL per page template, taken from the content the site was built from.
import { loadSite } from '../../src/data/index.ts';
import type { Site } from '../../src/data/types.ts';
import { categoryGroups, INDEX_PREVIEW } from '../../src/lib/catalog.ts';
import { announcementListUrl, announcementUrl, categoryUrl, geraiUrl, guideUrl, serviceUrl, tagUrl } from '../../src/lib/urls.ts';

let site: Promise<Site> | undefined;

/** The content the site was built from (MPP_CONTENT_DIR), read through the same data layer as the build. */
export function sampleSite(): Promise<Site> {
  site ??= loadSite();
  return site;
}

/** Template name → a URL that uses it. */
export async function templateUrls(): Promise<Record<string, string>> {
  const s = await sampleSite();
  const restricted = s.services.find((x) => x.ketersediaan.discriminant !== 'penuh') ?? s.services[0];
  const tagged = s.announcements.find((a) => a.tag.length > 0);
  const urls: Record<string, string> = {
    beranda: '/',
    'layanan (indeks)': '/layanan/',
    'layanan (detail)': serviceUrl(s.services[0]!.slug),
    'layanan (dibatasi)': serviceUrl(restricted!.slug),
    'gerai (indeks)': '/gerai/',
    'gerai (detail)': geraiUrl(s.gerai[0]!.slug),
    'jam layanan': '/jam-layanan/',
    lokasi: '/lokasi/',
    kemitraan: '/kemitraan/',
    'pengumuman (daftar)': '/pengumuman/',
    'pengumuman (detail)': announcementUrl(s.announcements[0]!.slug),
    cari: '/cari/',
    'data terbuka': '/data/',
    '404': '/halaman-yang-tidak-ada/',
  };
  if (s.announcements.length > 10) urls['pengumuman (halaman 2)'] = announcementListUrl(2);
  if (tagged) urls['pengumuman (tag)'] = tagUrl(tagged.tag[0]!);
  const longCategory = categoryGroups(s.services).find(([, list]) => list.length > INDEX_PREVIEW);
  if (longCategory) urls['layanan (kategori)'] = categoryUrl(longCategory[0]);
  if (s.guides.length > 0) {
    urls['panduan (indeks)'] = '/panduan/';
    urls['panduan (detail)'] = guideUrl(s.guides[0]!.slug);
  }
  for (const page of s.pages) urls[`halaman ${page.slug}`] = `/${page.slug}/`;
  return urls;
}
