// The content and site types pages receive from the data layer; they are domain types and
// live in src/lib (derived from keystatic.config.ts there).
export type * from '../lib/content-types.ts';
export type * from '../lib/site-types.ts';
export type { AgreementStatus, PartnerState } from '../lib/partners.ts';
