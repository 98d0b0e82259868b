// The resolved shapes the data layer hands to pages: entries with their relations
// followed (a service knows its gerai, a gerai its agency) and the whole site.
import type {
  ContentIssue,
  HalamanEntry,
  InstansiEntry,
  GeraiEntry,
  KerjaSamaEntry,
  LayananEntry,
  PengumumanEntry,
  ProfilEntry,
  RichText,
} from './content-types.ts';
import type { Guide } from './guides.ts';
import type { HoursConfig } from './hours.ts';
import type { AgreementStatus, PartnerState, Presence } from './partners.ts';
import type { Redirect } from './redirects.ts';

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
