// schema.org JSON-LD in the built pages, checked against the content itself (read via
// loadSite), not against the code that produced it: address, geo, phone and opening
// hours of the office; provider, operator, area and price of every service; headline
// and date of every announcement; breadcrumbs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';
import { sampleSite } from './templates.ts';

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON-LD is untyped; the assertions below are the type check
type Json = Record<string, any>;
const content = await sampleSite();
const { profile } = content;
const origin = profile.origin;
const OFFSETS: Record<string, string> = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' };

/** Every JSON-LD block of a built page, parsed. */
function jsonLd(page: string): Json[] {
  const html = readFileSync(path.join(DIST, page, 'index.html'), 'utf8');
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] as string));
}
const ofType = (blocks: Json[], type: string) => blocks.filter((b) => b['@type'] === type);
const one = (blocks: Json[], type: string) => {
  const found = ofType(blocks, type);
  expect(found, type).toHaveLength(1);
  return found[0] as Json;
};

const DAYS = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'] as const;
const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const hhmm = (time: string) => time.replace('.', ':').padStart(5, '0');
// The weekly schedule from content, as schema.org day/opens/closes triples.
const weeklyTriples = DAYS.flatMap((day, i) =>
  content.hours.weekly[day].map((t) => `${SCHEMA_DAYS[i]} ${hhmm(t.mulai)}-${hhmm(t.selesai)}`),
).sort();

describe.each(['', 'lokasi', 'jam-layanan'])('GovernmentOffice on /%s', (page) => {
  const office = one(jsonLd(page), 'GovernmentOffice');

  it('has the name, address, coordinates and telephone from the profile', () => {
    expect(office['@context']).toBe('https://schema.org');
    expect(office['@id']).toBe(`${origin}/#mpp`);
    expect(office.name).toBe(profile.nama);
    expect(office.url).toBe(`${origin}/`);
    expect(office.address).toMatchObject({
      '@type': 'PostalAddress',
      streetAddress: profile.alamat.jalan,
      addressLocality: profile.alamat.kota,
      addressRegion: profile.alamat.provinsi,
      addressCountry: 'ID',
    });
    if (profile.alamat.kodePos) expect(office.address.postalCode).toBe(profile.alamat.kodePos);
    expect(office.geo).toEqual({ '@type': 'GeoCoordinates', latitude: profile.koordinat.lintang, longitude: profile.koordinat.bujur });
    expect(office.telephone).toBe(profile.kontak.telepon);
  });

  it('has openingHoursSpecification equal to the weekly schedule', () => {
    const triples = office.openingHoursSpecification
      .map((s: Json) => `${String(s.dayOfWeek).replace('https://schema.org/', '')} ${s.opens}-${s.closes}`)
      .sort();
    expect(triples).toEqual(weeklyTriples);
  });

  it('announces upcoming whole-MPP closures as special opening hours', () => {
    const special = (office.specialOpeningHoursSpecification ?? []) as Json[];
    const upcomingClosures = content.hours.rules.filter(
      (r) => r.kind === 'tutup' && r.gerai.length === 0 && (r.end ?? r.start) >= content.today,
    );
    for (const rule of upcomingClosures) {
      expect(special).toContainEqual({
        '@type': 'OpeningHoursSpecification',
        validFrom: rule.start,
        validThrough: rule.end ?? rule.start,
        opens: '00:00',
        closes: '00:00',
      });
    }
    for (const s of special) expect(s.validThrough >= content.today).toBe(true);
  });
});

describe.each(content.services.map((s) => [s.slug, s] as const))('GovernmentService on /layanan/%s/', (slug, service) => {
  const blocks = jsonLd(`layanan/${slug}`);

  it('names provider, operator, area and the lowest fee from content (none when computed per application)', () => {
    const gov = one(blocks, 'GovernmentService');
    expect(gov.name).toBe(service.nama);
    expect(gov.url).toBe(`${origin}/layanan/${slug}/`);
    expect(gov.provider).toMatchObject({ '@type': 'GovernmentOrganization', name: service.gerai.instansi.nama });
    expect(gov.serviceOperator).toMatchObject({ '@type': 'GovernmentOffice', '@id': `${origin}/#mpp`, name: profile.nama });
    expect(gov.areaServed).toMatchObject({ '@type': 'AdministrativeArea', name: profile.alamat.kota });
    if (service.biaya.discriminant === 'sesuai-perhitungan') {
      expect(gov.offers).toBeUndefined();
      return;
    }
    const fees = service.biaya.discriminant === 'berbayar' ? service.biaya.value.tarif.map((t) => t.jumlah ?? 0) : [0];
    expect(gov.offers).toEqual({ '@type': 'Offer', price: Math.min(...fees), priceCurrency: 'IDR' });
  });

  it('has a breadcrumb Beranda › Layanan › the service', () => {
    const crumbs = one(blocks, 'BreadcrumbList').itemListElement as Json[];
    expect(crumbs.map((c) => [c.position, c.item])).toEqual([
      [1, `${origin}/`],
      [2, `${origin}/layanan/`],
      [3, `${origin}/layanan/${slug}/`],
    ]);
    expect(crumbs[2]?.name).toBe(service.nama);
  });
});

describe.each(content.announcements.map((a) => [a.slug, a] as const))('NewsArticle on /pengumuman/%s/', (slug, item) => {
  const blocks = jsonLd(`pengumuman/${slug}`);

  it('has the headline, date and page from content', () => {
    const news = one(blocks, 'NewsArticle');
    expect(news.headline).toBe(item.judul);
    expect(news.datePublished).toBe(`${item.tanggal}T00:00:00${OFFSETS[profile.zonaWaktu]}`);
    expect(news.mainEntityOfPage).toBe(`${origin}/pengumuman/${slug}/`);
    expect(news.author.name).toBe(item.penulis);
    expect(news.image).toBe(`${origin}/og/pengumuman/${slug}.png`);
  });

  it('has a breadcrumb Beranda › Pengumuman › the announcement', () => {
    const crumbs = one(blocks, 'BreadcrumbList').itemListElement as Json[];
    expect(crumbs.map((c) => c.item)).toEqual([`${origin}/`, `${origin}/pengumuman/`, `${origin}/pengumuman/${slug}/`]);
    expect(crumbs[2]?.name).toBe(item.judul);
  });
});
