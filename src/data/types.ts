// Content types derived from keystatic.config.ts (the only schema), plus the
// resolved shapes the data layer hands to pages.
import type { Entry } from '@keystatic/core/reader';
import type { RenderableTreeNode } from '@markdoc/markdoc';
import type keystaticConfig from '../../keystatic.config.ts';
import type { Guide } from '../lib/guides.ts';
import type { HoursConfig } from '../lib/hours.ts';
import type { AgreementStatus, PartnerState, Presence } from '../lib/partners.ts';
import type { Redirect } from '../lib/redirects.ts';

type Collections = (typeof keystaticConfig)['collections'];
type Singletons = (typeof keystaticConfig)['singletons'];

export type ProfilEntry = Entry<Singletons['profil']>;
export type JamLayananEntry = Entry<Singletons['jamLayanan']>;
export type LiburEntry = Entry<Collections['libur']>;
export type InstansiEntry = Entry<Collections['instansi']>;
export type GeraiEntry = Entry<Collections['gerai']>;
export type LayananEntry = Entry<Collections['layanan']>;
export type KerjaSamaEntry = Entry<Collections['kerjaSama']>;
export type PengumumanEntry = Entry<Collections['pengumuman']>;
export type HalamanEntry = Entry<Collections['halaman']>;
export type PanduanEntry = Entry<Collections['panduan']>;

export type { AgreementStatus, PartnerState } from '../lib/partners.ts';

/** A collection entry as read from disk, before relations are resolved. */
export interface RawEntry<T> {
  slug: string;
  /** Path shown to editors in messages, relative to the working directory. */
  file: string;
  entry: T;
}

/** Rich text turned into a Markdoc render tree, ready for the HTML renderer. */
export interface RichText {
  tree: RenderableTreeNode;
  /** Plain text of the body, for feeds, search and share images. */
  text: string;
}

export interface RawContent {
  profil: RawEntry<ProfilEntry> | null;
  jamLayanan: RawEntry<JamLayananEntry> | null;
  libur: RawEntry<LiburEntry>[];
  instansi: RawEntry<InstansiEntry>[];
  gerai: RawEntry<GeraiEntry>[];
  layanan: RawEntry<LayananEntry>[];
  kerjaSama: RawEntry<KerjaSamaEntry>[];
  pengumuman: RawEntry<Omit<PengumumanEntry, 'isi'> & { isi: RichText }>[];
  halaman: RawEntry<Omit<HalamanEntry, 'isi'> & { isi: RichText }>[];
  /** Entries that exist but failed the schema ("profil", "gerai/<slug>"); already reported. */
  unreadable?: ReadonlySet<string>;
  panduan: RawEntry<PanduanEntry>[];
  /** content/pengalihan.yaml as written (absent when no address has moved). */
  pengalihan?: { file: string; text: string } | null;
}

export interface Profile extends ProfilEntry {
  /** Site origin without a trailing slash, e.g. https://mpp.pekalongankota.go.id */
  origin: string;
  queueApiUrl: string | null;
}

export interface Instansi extends InstansiEntry {
  slug: string;
  /** Gerai this agency owns. */
  gerai: Gerai[];
  agreements: Agreement[];
  /** How it serves residents: own gerai, another agency's gerai, or not open yet. */
  presence: Presence<Gerai>;
  /** Where its agreement stands (from its agreements; the city's OPD needs none). */
  partnerState: PartnerState;
}

export interface Gerai extends Omit<GeraiEntry, 'instansi'> {
  slug: string;
  instansi: Instansi;
  services: Service[];
  /** Hours of this gerai: its own weekly schedule or the MPP's, with the rules that apply to it. */
  hours: HoursConfig;
}

export interface Service extends Omit<LayananEntry, 'gerai'> {
  slug: string;
  gerai: Gerai;
  /** Number of required (non-optional) documents. */
  requiredDocuments: number;
}

export interface Agreement extends Omit<KerjaSamaEntry, 'instansi'> {
  slug: string;
  instansi: Instansi;
  status: AgreementStatus;
}

export interface Announcement extends Omit<PengumumanEntry, 'isi'> {
  slug: string;
  isi: RichText;
}

export interface Page extends Omit<HalamanEntry, 'isi'> {
  slug: string;
  isi: RichText;
}

export interface ContentIssue {
  severity: 'error' | 'warning';
  file: string;
  field: string;
  message: string;
}

export interface Site {
  profile: Profile;
  hours: HoursConfig;
  notes: string;
  /** The build's "today" in the MPP's timezone (YYYY-MM-DD). */
  today: string;
  /** The moment the built HTML describes (see buildNow); pages never read the clock themselves. */
  now: Date;
  instansi: Instansi[];
  gerai: Gerai[];
  services: Service[];
  agreements: Agreement[];
  announcements: Announcement[];
  pages: Page[];
  /** Life-event guides, steps resolved to services. */
  guides: Guide<Service>[];
  /** Published addresses that went away, each with the page that replaced it. */
  redirects: Redirect[];
  warnings: ContentIssue[];
}
