// The one data-access layer: reads the content folder once per build (memoised),
// validates it, and hands pages typed objects with relations resolved
// (service → gerai → instansi; instansi → agreements).
import { resolveGuide } from '../lib/guides.ts';
import { type DateRule, type HoursConfig, hoursForGerai } from '../lib/hours.ts';
import { zonedNow } from '../lib/time-zone.ts';
import { agreementStatusOf, partnerState, statusByDate } from '../lib/partners.ts';
import { normalizeWhatsApp } from '../lib/format.ts';
import { parseRedirects } from '../lib/redirects.ts';
import { formatIssues } from '../lib/validate.ts';
import { checkContent, todayIn } from './check.ts';
import { contentDir } from './read.ts';
import type { Agreement, AgreementStatus, ContentIssue, Gerai, Instansi, RawContent, Service, Site } from './types.ts';

/** Thrown when content has errors; the message lists every problem for editors. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(formatIssues(issues));
    this.issues = issues;
    this.name = 'ContentError';
  }
}

/** Status of a signed agreement on a given day, by its end date. */
export function agreementStatus(validUntil: string, today: string): AgreementStatus {
  return statusByDate(validUntil, today);
}

function dateRules(content: RawContent): DateRule[] {
  return content.libur.map(({ entry }) => ({
    name: entry.nama,
    start: entry.mulai ?? '',
    end: entry.selesai,
    kind: entry.jenis.discriminant,
    intervals: entry.jenis.discriminant === 'jam-khusus' ? entry.jenis.value : [],
    gerai: entry.gerai,
    note: entry.keterangan,
  }));
}

/** Resolve relations of already-validated content into the site model. */
export function buildSite(content: RawContent, today: string, warnings: ContentIssue[], now = new Date()): Site {
  if (!content.profil || !content.jamLayanan) throw new Error('profil dan jam layanan wajib ada');
  const profil = content.profil.entry;
  const hours: HoursConfig = { timeZone: profil.zonaWaktu, weekly: content.jamLayanan.entry.jadwal, rules: dateRules(content) };

  // presence and partnerState are filled in once gerai and agreements are resolved.
  const instansi: Instansi[] = content.instansi.map(({ slug, entry }) => ({
    ...entry,
    slug,
    gerai: [],
    agreements: [],
    presence: { kind: 'gerai-sendiri', gerai: [] },
    partnerState: 'tanpa-pks',
  }));
  const instansiBySlug = new Map(instansi.map((i) => [i.slug, i]));
  const found = <T>(map: Map<string, T>, key: string | null): T => map.get(key ?? '') as T;

  const gerai: Gerai[] = content.gerai
    .map(({ slug, entry }) => {
      const owner = found(instansiBySlug, entry.instansi);
      const own = entry.jamSendiri.discriminant ? entry.jamSendiri.value : undefined;
      const item: Gerai = { ...entry, slug, instansi: owner, services: [], hours: hoursForGerai(hours, slug, own) };
      owner.gerai.push(item);
      return item;
    })
    .sort((a, b) => a.kode.localeCompare(b.kode, 'id', { numeric: true }));
  const geraiBySlug = new Map(gerai.map((g) => [g.slug, g]));

  const services: Service[] = content.layanan
    .map(({ slug, entry }) => {
      const owner = found(geraiBySlug, entry.gerai);
      const item: Service = {
        ...entry,
        slug,
        gerai: owner,
        // Documents only some applicants bring ("hanya jika ...") are not counted as required.
        requiredDocuments: entry.persyaratan.filter((p) => !p.opsional && !p.kondisi.trim()).length,
      };
      owner.services.push(item);
      return item;
    })
    .sort((a, b) => a.nama.localeCompare(b.nama, 'id'));

  const agreements: Agreement[] = content.kerjaSama
    .map(({ slug, entry }) => {
      const owner = found(instansiBySlug, entry.instansi);
      const item: Agreement = { ...entry, slug, instansi: owner, status: agreementStatusOf(entry.tahap, entry.berlakuSampai, today) };
      owner.agreements.push(item);
      return item;
    })
    .sort((a, b) => a.instansi.nama.localeCompare(b.instansi.nama, 'id'));
  for (const g of gerai) g.services.sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
  for (const i of instansi) {
    // The gerai are the facts: an agency that owns one has its own, one without is not open
    // (the content check warns when "Layanan di MPP" says otherwise).
    const { kehadiran } = i;
    i.presence =
      i.gerai.length > 0
        ? { kind: 'gerai-sendiri', gerai: i.gerai }
        : kehadiran.discriminant === 'gerai-lain'
          ? { kind: 'gerai-lain', gerai: found(geraiBySlug, kehadiran.value) }
          : { kind: 'belum-buka', plan: kehadiran.discriminant === 'belum-buka' ? kehadiran.value : '' };
    i.partnerState = partnerState(
      i.jenis,
      i.agreements.map((a) => a.status),
    );
  }
  instansi.sort((a, b) => a.nama.localeCompare(b.nama, 'id'));

  const serviceBySlug = new Map(services.map((s) => [s.slug, s]));
  const origin = profil.alamatSitus.replace(/\/+$/, '');
  return {
    profile: {
      ...profil,
      kontak: { ...profil.kontak, whatsapp: normalizeWhatsApp(profil.kontak.whatsapp) ?? '' },
      origin,
      queueApiUrl: process.env.MPP_QUEUE_API_URL || profil.antrian.apiUrl || null,
      // Deployments and offline test runs may point the map at their own tile server.
      peta: { ...profil.peta, tileUrl: process.env.MPP_TILE_URL || profil.peta.tileUrl },
    },
    hours,
    notes: content.jamLayanan.entry.catatan,
    today,
    now,
    instansi,
    gerai,
    services,
    agreements,
    announcements: content.pengumuman
      .map(({ slug, entry }) => ({ ...entry, slug }))
      .sort((a, b) => (b.tanggal ?? '').localeCompare(a.tanggal ?? '') || a.slug.localeCompare(b.slug)),
    pages: content.halaman.map(({ slug, entry }) => ({ ...entry, slug })),
    guides: content.panduan.map(({ slug, entry }) => resolveGuide(slug, entry, serviceBySlug)),
    redirects: parseRedirects(content.pengalihan?.text ?? null).redirects,
    warnings,
  };
}

/** Today in the MPP's timezone, or MPP_TODAY (YYYY-MM-DD) for reproducible builds. */
export function buildToday(timeZone: string): string {
  return todayIn(timeZone);
}

/**
 * The moment the build's HTML describes (e.g. "open now"): the real clock, or 00.00 of
 * MPP_TODAY in the MPP's timezone, so a build with MPP_TODAY repeats byte for byte.
 */
export function buildNow(timeZone: string): Date {
  const today = process.env.MPP_TODAY;
  if (!today) return new Date();
  const utcMidnight = new Date(`${today}T00:00:00Z`);
  const local = zonedNow(utcMidnight, timeZone);
  // Minutes the zone is ahead of (or, on the previous date, behind) UTC.
  const ahead = local.date === today ? local.minutes : local.minutes - 1440;
  return new Date(utcMidnight.getTime() - ahead * 60_000);
}

/** Whether this is a preview build for editors (MPP_PREVIEW=1): bannered and never indexed. */
export function isPreviewBuild(): boolean {
  return process.env.MPP_PREVIEW === '1';
}

/** Read, validate and resolve a content folder; throws ContentError on any error. */
export async function loadSite(dir = contentDir()): Promise<Site> {
  const { content, issues, today, timeZone } = await checkContent(dir);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new ContentError(issues);
  return buildSite(content, today, issues, buildNow(timeZone));
}

let cached: Promise<Site> | undefined;

// Pages (bundled by Vite) and build integrations (loaded by Node) get separate copies of
// this module; a promise on globalThis lets them share one read of the content per build.
// Keyed by folder and date, so a process that builds twice never reuses another build's read.
const BUILD_SITE = Symbol.for('portal-mpp.build-site');
const buildStore = globalThis as { [BUILD_SITE]?: Map<string, Promise<Site>> };
const buildKey = () => `${contentDir()}\n${process.env.MPP_TODAY ?? ''}`;

/** The build's one content read, started by the first integration that needs it. */
export function sharedBuildSite(): Promise<Site> {
  buildStore[BUILD_SITE] ??= new Map();
  const reads = buildStore[BUILD_SITE];
  let site = reads.get(buildKey());
  if (!site) {
    site = loadSite();
    reads.set(buildKey(), site);
  }
  return site;
}

/** The site model, read once per build and shared by every page. */
export function getSite(): Promise<Site> {
  if (!cached) {
    cached = (buildStore[BUILD_SITE]?.get(buildKey()) ?? loadSite()).then((site) => {
      if (site.warnings.length) console.warn(formatIssues(site.warnings));
      return site;
    });
  }
  return cached;
}
