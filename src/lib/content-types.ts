// Content types derived from keystatic.config.ts (the only schema): entries as read from
// disk, before relations are resolved, and the issues validation reports about them.
import type { Entry } from '@keystatic/core/reader';
import type { RenderableTreeNode } from '@markdoc/markdoc';
import type keystaticConfig from '../../keystatic.config.ts';

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

export interface ContentIssue {
  severity: 'error' | 'warning';
  file: string;
  field: string;
  message: string;
}
