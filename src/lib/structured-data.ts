// schema.org JSON-LD built from the real content (hours, address, fees).
import type { Announcement, Service, Site } from '../data/types.ts';
import { DAY_KEYS, type WeeklySchedule } from './hours.ts';
import { formatTime } from './format.ts';
import { lowestFee } from './service-view.ts';
import { absoluteUrl, announcementUrl, serviceUrl } from './urls.ts';

const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** openingHoursSpecification entries, one per day and interval. */
export function openingHoursSpecification(weekly: WeeklySchedule) {
  return DAY_KEYS.flatMap((day, i) =>
    weekly[day].map((interval) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${SCHEMA_DAYS[i]}`,
      opens: formatTime(interval.mulai).replace('.', ':'),
      closes: formatTime(interval.selesai).replace('.', ':'),
    })),
  );
}

/** The MPP as a GovernmentOffice. */
export function officeJsonLd(site: Site) {
  const { profile } = site;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    '@id': `${profile.origin}/#mpp`,
    name: profile.nama,
    url: `${profile.origin}/`,
    telephone: profile.kontak.telepon || undefined,
    email: profile.kontak.email || undefined,
    address: {
      '@type': 'PostalAddress',
      streetAddress: profile.alamat.jalan,
      addressLocality: profile.alamat.kota,
      addressRegion: profile.alamat.provinsi,
      postalCode: profile.alamat.kodePos || undefined,
      addressCountry: 'ID',
    },
    geo: { '@type': 'GeoCoordinates', latitude: profile.koordinat.lintang, longitude: profile.koordinat.bujur },
    openingHoursSpecification: openingHoursSpecification(site.hours.weekly),
  };
}

/** Breadcrumb trail as schema.org BreadcrumbList. */
export function breadcrumbJsonLd(origin: string, items: { name: string; path: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: absoluteUrl(origin, item.path),
    })),
  };
}

/** A service as GovernmentService plus its breadcrumb. */
export function serviceJsonLd(site: Site, service: Service) {
  const { profile } = site;
  const url = absoluteUrl(profile.origin, serviceUrl(service.slug));
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: service.nama,
      description: service.ringkasan,
      url,
      serviceType: service.kategori,
      provider: { '@type': 'GovernmentOrganization', name: service.gerai.instansi.nama },
      serviceOperator: { '@type': 'GovernmentOffice', '@id': `${profile.origin}/#mpp`, name: profile.nama },
      areaServed: { '@type': 'AdministrativeArea', name: profile.alamat.kota },
      offers: { '@type': 'Offer', price: lowestFee(service.biaya), priceCurrency: 'IDR' },
    },
    breadcrumbJsonLd(profile.origin, [
      { name: 'Beranda', path: '/' },
      { name: 'Layanan', path: '/layanan/' },
      { name: service.nama, path: serviceUrl(service.slug) },
    ]),
  ];
}

/** An announcement as NewsArticle. */
export function announcementJsonLd(site: Site, item: Announcement) {
  const { profile } = site;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.judul,
    description: item.ringkasan,
    datePublished: item.tanggal,
    author: { '@type': 'Organization', name: item.penulis },
    publisher: { '@type': 'GovernmentOrganization', name: profile.penyelenggara },
    mainEntityOfPage: absoluteUrl(profile.origin, announcementUrl(item.slug)),
    image: absoluteUrl(profile.origin, `/og/pengumuman/${item.slug}.png`),
  };
}
