// Announcement feeds, sitemap and robots.txt as shipped in the build. XML is parsed by
// Chromium's own parser, so "well-formed" means what feed readers and crawlers see.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, DIST, launchBrowser, openPage } from './harness.ts';
import { sampleSite } from './templates.ts';

const content = await sampleSite();
const { origin, zonaWaktu } = content.profile;
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');
const dated = content.announcements.filter((a) => a.tanggal);
/** Absolute URL on the site → the built file it resolves to, or null. */
const builtFile = (url: string) => {
  if (!url.startsWith(`${origin}/`)) return null;
  const rel = decodeURIComponent(new URL(url).pathname);
  const file = path.join(DIST, rel.endsWith('/') ? `${rel}index.html` : rel);
  return existsSync(file) ? file : null;
};
// Midnight of a content date in the MPP's zone (Indonesian zones have no DST).
const OFFSETS: Record<string, string> = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' };
const midnight = (date: string) => Date.parse(`${date}T00:00:00${OFFSETS[zonaWaktu]}`);

let browser: Browser;
let page: Page;
let closePage: () => Promise<void>;

interface ParsedXml {
  error: string | null;
  items: { title: string; link: string; guid: string; pubDate: string; description: string; categories: string[] }[];
  channel: Record<string, string>;
  locs: string[];
}

function parseXml(xml: string): Promise<ParsedXml> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const child = (el: Element, name: string) => Array.from(el.children).find((c) => c.nodeName === name)?.textContent ?? '';
    const channelEl = doc.querySelector('channel');
    const channel: Record<string, string> = {};
    for (const c of Array.from(channelEl?.children ?? [])) if (c.nodeName !== 'item') channel[c.nodeName] = c.textContent ?? '';
    const items = Array.from(doc.querySelectorAll('item')).map((item) => ({
      title: child(item, 'title'),
      link: child(item, 'link'),
      guid: child(item, 'guid'),
      pubDate: child(item, 'pubDate'),
      description: child(item, 'description'),
      categories: Array.from(item.children)
        .filter((c) => c.nodeName === 'category')
        .map((c) => c.textContent ?? ''),
    }));
    const locs = Array.from(doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')).map(
      (l) => l.textContent ?? '',
    );
    return { error, items, channel, locs };
  }, xml);
}

beforeAll(async () => {
  browser = await launchBrowser();
  const opened = await openPage(browser);
  page = opened.page;
  closePage = opened.close;
});
afterAll(async () => {
  await closePage?.();
  await browser?.close();
});

describe('RSS 2.0 (/pengumuman/rss.xml)', () => {
  it('is well-formed, Indonesian, with one item per announcement, newest first', async () => {
    const xml = read('pengumuman/rss.xml');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const { error, items, channel } = await parseXml(xml);
    expect(error).toBeNull();
    expect(channel.language).toBe('id');
    expect(channel.title).toContain(content.profile.nama);
    expect(channel.link).toBe(`${origin}/pengumuman/`);
    expect(items).toHaveLength(dated.length);
    expect(items.map((i) => i.title)).toEqual(dated.map((a) => a.judul));
  });

  it('has absolute links to built pages, correct pubDates and unescaped text', async () => {
    const { items } = await parseXml(read('pengumuman/rss.xml'));
    dated.forEach((announcement, i) => {
      const item = items[i]!;
      expect(item.link).toBe(`${origin}/pengumuman/${announcement.slug}/`);
      expect(item.guid).toBe(item.link);
      expect(builtFile(item.link)).not.toBeNull();
      // RFC 822 with the MPP's offset, and it is midnight of the content date there.
      expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 [+-]\d{4}$/);
      expect(Date.parse(item.pubDate)).toBe(midnight(announcement.tanggal as string));
      expect(item.description).toBe(announcement.ringkasan);
      expect(item.categories).toEqual(announcement.tag);
    });
  });

  it('escapes markup-like text so the XML stays valid', async () => {
    const { escapeXml } = await import('../../src/lib/feeds.ts');
    const tricky = 'Layanan <KTP> & "KIA" \'2027\'';
    const { error, channel } = await parseXml(`<?xml version="1.0"?><rss><channel><title>${escapeXml(tricky)}</title></channel></rss>`);
    expect(error).toBeNull();
    expect(channel.title).toBe(tricky);
  });
});

describe('JSON Feed 1.1 (/pengumuman/feed.json)', () => {
  const feed = JSON.parse(read('pengumuman/feed.json'));

  it('has the required top-level fields', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.home_page_url).toBe(`${origin}/pengumuman/`);
    expect(feed.feed_url).toBe(`${origin}/pengumuman/feed.json`);
    expect(feed.language).toBe('id');
    expect(Array.isArray(feed.items)).toBe(true);
    for (const author of feed.authors) expect(typeof author.name).toBe('string');
  });

  it('has one valid item per announcement', () => {
    expect(feed.items).toHaveLength(dated.length);
    expect(new Set(feed.items.map((i: { id: string }) => i.id)).size).toBe(dated.length);
    dated.forEach((announcement, i) => {
      const item = feed.items[i];
      expect(typeof item.id).toBe('string');
      expect(item.url).toBe(`${origin}/pengumuman/${announcement.slug}/`);
      expect(item.title).toBe(announcement.judul);
      expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true);
      expect(item.content_html).not.toMatch(/\s(href|src)="\/(?!\/)/);
      // RFC 3339 with offset, at midnight of the content date in the MPP's zone.
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(Date.parse(item.date_published)).toBe(midnight(announcement.tanggal as string));
      expect(builtFile(item.image)).not.toBeNull();
    });
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists every built HTML page except 404, as absolute URLs, and nothing else', async () => {
    const { error, locs } = await parseXml(read('sitemap.xml'));
    expect(error).toBeNull();
    const expected = builtPages()
      .filter((p) => p !== '/404.html')
      .map((p) => `${origin}${p}`);
    expect([...locs].sort()).toEqual(expected.sort());
  });

  it('gives lastmod for services and announcements as dates', () => {
    const xml = read('sitemap.xml');
    const service = content.services[0]!;
    expect(xml).toContain(`<loc>${origin}/layanan/${service.slug}/</loc><lastmod>${service.ditinjau}</lastmod>`);
    for (const m of xml.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)) expect(m[1]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('robots.txt allows everything and points to the sitemap', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).not.toMatch(/^Disallow: \/\S/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${origin.replace(/\./g, '\\.')}/sitemap\\.xml$`, 'm'));
  });
});
