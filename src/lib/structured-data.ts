// schema.org JSON-LD built from the real content (hours, address, fees).
import type { Announcement, Service, Site } from './site-types.ts';
import { t } from '../i18n/id.ts';
import { dayStart } from './feeds.ts';
import { DAY_KEYS, type DateRule, type WeeklySchedule } from './hours.ts';
import { relevantRules } from './hours-view.ts';
import { formatTime } from './format.ts';
import { lowestFee } from './service-view.ts';
import { shareImageUrl } from './share-image/jobs.ts';
import { absoluteUrl, announcementUrl, geraiUrl, serviceUrl } from './urls.ts';

const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** openingHoursSpecification entries, one per day and interval. */
export function openingHoursSpecification(weekly: WeeklySchedule) {
  return DAY_KEYS.flatMap((day, i) =>
    weekly[day].map((interval) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${SCHEMA_DAYS[i]}`,
      opens: schemaTime(interval.mulai),
      closes: schemaTime(interval.selesai),
    })),
  );
}

const schemaTime = (time: string) => formatTime(time).replace('.', ':');

/**
 * Upcoming whole-MPP holidays and special hours as specialOpeningHoursSpecification, so
 * search results show them. Closed days follow schema.org's convention (00:00–00:00);
 * special hours only apply on days the weekly schedule opens.
 */
export function specialOpeningHours(weekly: WeeklySchedule, rules: readonly DateRule[]) {
  const openDays = DAY_KEYS.flatMap((day, i) => (weekly[day].length > 0 ? [`https://schema.org/${SCHEMA_DAYS[i]}`] : []));
  return rules
    .filter((rule) => rule.gerai.length === 0)
    .flatMap((rule) => {
      const range = { validFrom: rule.start, validThrough: rule.end ?? rule.start };
      if (rule.kind === 'tutup') return [{ '@type': 'OpeningHoursSpecification', ...range, opens: '00:00', closes: '00:00' }];
      return rule.intervals.map((interval) => ({
        '@type': 'OpeningHoursSpecification',
        ...range,
        dayOfWeek: openDays,
        opens: schemaTime(interval.mulai),
        closes: schemaTime(interval.selesai),
      }));
    });
}

/** The MPP as a GovernmentOffice. */
export function officeJsonLd(site: Site) {
  const { profile } = site;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    '@id': `${profile.origin}/#mpp`,
    name: profile.nama,
    description: profile.deskripsi || undefined,
    url: `${profile.origin}/`,
    image: absoluteUrl(profile.origin, shareImageUrl.home()),
    logo: profile.logo ? absoluteUrl(profile.origin, profile.logo) : undefined,
    sameAs: profile.mediaSosial.length ? profile.mediaSosial.map((m) => m.url) : undefined,
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
    hasMap: `https://www.openstreetmap.org/?mlat=${profile.koordinat.lintang}&mlon=${profile.koordinat.bujur}#map=18/${profile.koordinat.lintang}/${profile.koordinat.bujur}`,
    openingHoursSpecification: openingHoursSpecification(site.hours.weekly),
    specialOpeningHoursSpecification: specialOpeningHours(site.hours.weekly, relevantRules(site.hours.rules, site.today)),
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
  const lowest = lowestFee(service.biaya);
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: service.nama,
      description: service.ringkasan,
      url,
      serviceType: service.kategori,
      provider: {
        '@type': 'GovernmentOrganization',
        name: service.gerai.instansi.nama,
        alternateName: service.gerai.instansi.singkatan || undefined,
        url: service.gerai.instansi.situs || undefined,
      },
      serviceOperator: { '@type': 'GovernmentOffice', '@id': `${profile.origin}/#mpp`, name: profile.nama },
      areaServed: { '@type': 'AdministrativeArea', name: profile.alamat.kota },
      availableChannel: {
        '@type': 'ServiceChannel',
        name: `${t.service.gerai} ${service.gerai.kode} ${service.gerai.nama}`,
        url: absoluteUrl(profile.origin, geraiUrl(service.gerai.slug)),
        serviceLocation: { '@type': 'GovernmentOffice', '@id': `${profile.origin}/#mpp`, name: profile.nama },
        ...(service.alternatifDaring ? { serviceUrl: service.alternatifDaring } : {}),
      },
      image: absoluteUrl(profile.origin, shareImageUrl.service(service.slug)),
      // A fee computed per application has no price to state.
      ...(lowest === null ? {} : { offers: { '@type': 'Offer', price: lowest, priceCurrency: 'IDR' } }),
    },
    breadcrumbJsonLd(profile.origin, [
      { name: t.site.home, path: '/' },
      { name: t.site.nav.layanan, path: '/layanan/' },
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
    inLanguage: 'id',
    datePublished: item.tanggal ? dayStart(item.tanggal, profile.zonaWaktu) : undefined,
    author: { '@type': 'Organization', name: item.penulis },
    publisher: { '@type': 'GovernmentOrganization', name: profile.penyelenggara },
    mainEntityOfPage: absoluteUrl(profile.origin, announcementUrl(item.slug)),
    image: absoluteUrl(profile.origin, shareImageUrl.announcement(item.slug)),
  };
}
