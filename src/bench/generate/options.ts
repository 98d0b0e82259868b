// The synthetic content set's options and defaults, and the shapes its generation steps hand
// to each other (agencies and gerai to services, services to announcements).
import type { AgencySpec, Domain } from '../vocabulary.ts';

export interface GenerateOptions {
  services: number;
  gerai: number;
  announcements: number;
  agreements: number;
  seed: number;
  today: string;
}

export const DEFAULTS: GenerateOptions = {
  services: 10_000,
  gerai: 60,
  announcements: 2000,
  agreements: 200,
  seed: 1,
  today: '2026-11-01',
};

/** A file of the content set: path relative to the content folder, and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** Appends a file to the content set; the steps call it in output order. */
export type AddFile = (file: string, text: string) => void;

/** The city every generated text names. */
export const CITY = 'Kota Sukamaju';

export interface Agency {
  slug: string;
  spec: AgencySpec;
}

export interface Gerai {
  slug: string;
  nama: string;
  kode: string;
  domain: Domain;
  documents: [string, string][];
  instansi: AgencySpec;
}

export interface ServiceRef {
  slug: string;
  nama: string;
  gerai: Gerai;
}
