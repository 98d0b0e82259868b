// Announcement feeds (RSS 2.0 and JSON Feed 1.1), the sitemap and robots.txt. Every
// link is absolute on profile.alamatSitus, because feed readers and crawlers read
// these files outside the site.
import type { Announcement, Site } from './site-types.ts';
import { t } from '../i18n/id.ts';
import { renderRichText } from './rich-text.ts';
import { shareImageUrl } from './share-image/jobs.ts';
import { absoluteUrl, announcementUrl, serviceUrl } from './urls.ts';

/** Paths of the feed files. */
export const FEED_PATHS = { rss: '/pengumuman/rss.xml', json: '/pengumuman/feed.json', sitemap: '/sitemap.xml' } as const;

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/** UTC offset of a timezone on a date, as "+07:00" (Indonesian zones have no DST, but this stays general). */
export function zoneOffset(timeZone: string, isoDate: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${isoDate}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name ?? '');
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00';
}

/** Start of a calendar day in the MPP's zone as RFC 3339, e.g. 2026-11-16T00:00:00+07:00. */
export function dayStart(isoDate: string, timeZone: string): string {
  return `${isoDate}T00:00:00${zoneOffset(timeZone, isoDate)}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date as RSS requires (English names by the standard), e.g. "Mon, 16 Nov 2026 00:00:00 +0700". */
export function rfc822(isoDate: string, timeZone: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const weekday = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const offset = zoneOffset(timeZone, isoDate).replace(':', '');
  return `${weekday}, ${String(d).padStart(2, '0')} ${MONTHS[m - 1]} ${y} 00:00:00 ${offset}`;
}

// Links inside bodies are site-relative; readers need them absolute.
const absoluteLinks = (html: string, origin: string) => html.replace(/\s(href|src)="\/(?!\/)/g, ` $1="${origin}/`);

const bodyHtml = (item: Announcement, origin: string) => absoluteLinks(renderRichText(item.isi.tree), origin);
const feedTitle = (site: Site) => `${t.announcement.title} ${site.profile.nama}`;
const dated = (site: Site) => site.announcements.filter((a) => a.tanggal);

/** RSS 2.0 feed of all announcements, newest first. */
export function rssFeed(site: Site): string {
  const { profile } = site;
  const zone = profile.zonaWaktu;
  const items = dated(site).map((item) => {
    const url = absoluteUrl(profile.origin, announcementUrl(item.slug));
    const tags = item.tag.map((tag) => `      <category>${escapeXml(tag)}</category>`);
    return [
      '    <item>',
      `      <title>${escapeXml(item.judul)}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `      <pubDate>${rfc822(item.tanggal as string, zone)}</pubDate>`,
      `      <description>${escapeXml(item.ringkasan)}</description>`,
      `      <content:encoded>${escapeXml(bodyHtml(item, profile.origin))}</content:encoded>`,
      `      <dc:creator>${escapeXml(item.penulis)}</dc:creator>`,
      ...tags,
      '    </item>',
    ].join('\n');
  });
  const latest = dated(site)[0]?.tanggal;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(feedTitle(site))}</title>`,
    `    <link>${escapeXml(absoluteUrl(profile.origin, '/pengumuman/'))}</link>`,
    `    <description>${escapeXml(`${t.feed.description} ${profile.nama}.`)}</description>`,
    '    <language>id</language>',
    `    <atom:link href="${escapeXml(absoluteUrl(profile.origin, FEED_PATHS.rss))}" rel="self" type="application/rss+xml"/>`,
    `    <copyright>${escapeXml(profile.penyelenggara)}</copyright>`,
    ...(latest ? [`    <lastBuildDate>${rfc822(latest, zone)}</lastBuildDate>`] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** JSON Feed 1.1 of all announcements, newest first. */
export function jsonFeed(site: Site) {
  const { profile } = site;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feedTitle(site),
    home_page_url: absoluteUrl(profile.origin, '/pengumuman/'),
    feed_url: absoluteUrl(profile.origin, FEED_PATHS.json),
    description: `${t.feed.description} ${profile.nama}.`,
    language: 'id',
    favicon: absoluteUrl(profile.origin, '/favicon.svg'),
    authors: [{ name: profile.penyelenggara, url: `${profile.origin}/` }],
    items: dated(site).map((item) => {
      const url = absoluteUrl(profile.origin, announcementUrl(item.slug));
      return {
        id: url,
        url,
        ...(item.tautanSumber ? { external_url: item.tautanSumber } : {}),
        title: item.judul,
        summary: item.ringkasan,
        content_html: bodyHtml(item, profile.origin),
        content_text: item.isi.text,
        image: absoluteUrl(profile.origin, shareImageUrl.announcement(item.slug)),
        date_published: dayStart(item.tanggal as string, profile.zonaWaktu),
        authors: [{ name: item.penulis }],
        tags: [...item.tag],
        language: 'id',
      };
    }),
  };
}

/** Last-modified dates known from content (service review dates, announcement dates), by site path. */
export function lastModified(site: Site): Map<string, string> {
  const dates = new Map<string, string>();
  for (const s of site.services) if (s.ditinjau) dates.set(serviceUrl(s.slug), s.ditinjau);
  for (const a of site.announcements) if (a.tanggal) dates.set(announcementUrl(a.slug), a.tanggal);
  return dates;
}

/** sitemap.xml for the given site paths ("/layanan/ktp-el/"), sorted, with lastmod where known. */
export function sitemapXml(origin: string, paths: readonly string[], modified: Map<string, string> = new Map()): string {
  const urls = [...new Set(paths)].sort().map((p) => {
    const lastmod = modified.get(p);
    return `  <url><loc>${escapeXml(absoluteUrl(origin, p))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** Site path of a page file under src/pages ("layanan/[slug].astro") with its params filled in. */
export function routePath(file: string, params: Record<string, string | number | undefined> = {}): string {
  const route = file
    .replace(/^\.?\//, '')
    .replace(/\.(astro|md|mdx|html)$/, '')
    .replace(/(^|\/)index$/, '')
    .replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => String(params[name] ?? ''));
  const clean = route.split('/').filter(Boolean).join('/');
  return clean ? `/${clean}/` : '/';
}

/** robots.txt: everything may be crawled and the sitemap is named; a preview build forbids everything. */
export function robotsTxt(origin: string, preview = false): string {
  if (preview) return 'User-agent: *\nDisallow: /\n';
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(origin, FEED_PATHS.sitemap)}\n`;
}
