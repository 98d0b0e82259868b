// The OWASP ASVS 4.0.3 level-1 items of chapters V2, V3, V4, V5 and V12, and what the
// editors' room does with each: proved by a test named by its id in this folder, or not
// applicable / left to the server, with the reason (deploy/README.md repeats these for IT
// staff). The coverage test fails when an item is neither, or is tested twice.

export type Disposition = { kind: 'tested' } | { kind: 'not-applicable' | 'server'; why: string };

const tested: Disposition = { kind: 'tested' };
const na = (why: string): Disposition => ({ kind: 'not-applicable', why });
const server = (why: string): Disposition => ({ kind: 'server', why });

const NO_OOB = 'The room has no SMS, e-mail, push or one-time-code authenticator.';
const NO_CHANNEL = 'The room sends no e-mail or message; an admin tells the person directly, and every session of the account ends.';

export const LEVEL_1: Record<string, Disposition> = {
  // V2 Authentication
  'V2.1.1': tested,
  'V2.1.2': tested,
  'V2.1.3': tested,
  'V2.1.4': tested,
  'V2.1.5': tested,
  'V2.1.6': tested,
  'V2.1.7': tested,
  'V2.1.8': tested,
  'V2.1.9': tested,
  'V2.1.10': tested,
  'V2.1.11': tested,
  'V2.1.12': tested,
  'V2.2.1': tested,
  'V2.2.2': na(NO_OOB),
  'V2.2.3': na(NO_CHANNEL),
  'V2.3.1': na('The room generates no initial password: the admin sets one, which passes the same checks as any new password.'),
  'V2.5.1': na('There is no self-service recovery: an admin resets the password in person.'),
  'V2.5.2': tested,
  'V2.5.3': tested,
  'V2.5.4': tested,
  'V2.5.5': na(NO_CHANNEL),
  'V2.5.6': tested,
  'V2.7.1': na(NO_OOB),
  'V2.7.2': na(NO_OOB),
  'V2.7.3': na(NO_OOB),
  'V2.7.4': na(NO_OOB),
  'V2.8.1': na(NO_OOB),
  // V3 Session management
  'V3.1.1': tested,
  'V3.2.1': tested,
  'V3.2.2': tested,
  'V3.2.3': tested,
  'V3.3.1': tested,
  'V3.3.2': tested,
  'V3.4.1': tested,
  'V3.4.2': tested,
  'V3.4.3': tested,
  'V3.4.4': tested,
  'V3.4.5': tested,
  'V3.7.1': tested,
  // V4 Access control
  'V4.1.1': tested,
  'V4.1.2': tested,
  'V4.1.3': tested,
  'V4.1.5': tested,
  'V4.2.1': tested,
  'V4.2.2': tested,
  'V4.3.1': tested,
  'V4.3.2': tested,
  // V5 Validation, sanitisation and encoding
  'V5.1.1': tested,
  'V5.1.2': tested,
  'V5.1.3': tested,
  'V5.1.4': tested,
  'V5.1.5': tested,
  'V5.2.1': tested,
  'V5.2.2': tested,
  'V5.2.3': na('The room sends no e-mail.'),
  'V5.2.4': tested,
  'V5.2.5': tested,
  'V5.2.6': tested,
  'V5.2.7': tested,
  'V5.2.8': tested,
  'V5.3.1': tested,
  'V5.3.2': tested,
  'V5.3.3': tested,
  'V5.3.4': tested,
  'V5.3.5': na('Every database statement is parameterised (V5.3.4); no query is built from text.'),
  'V5.3.6': tested,
  'V5.3.7': na('The room uses no LDAP directory.'),
  'V5.3.8': tested,
  'V5.3.9': tested,
  'V5.3.10': na('The room uses no XPath or XML queries.'),
  'V5.5.2': tested,
  'V5.5.3': tested,
  'V5.5.4': tested,
  // V12 Files and resources
  'V12.1.1': tested,
  'V12.3.1': tested,
  'V12.3.2': tested,
  'V12.3.3': tested,
  'V12.3.4': tested,
  'V12.3.5': tested,
  'V12.4.1': tested,
  'V12.4.2': server('Virus scanning of uploads is the server’s: run ClamAV (clamd) over the content folder, as deploy/README.md shows.'),
  'V12.5.1': tested,
  'V12.5.2': tested,
  'V12.6.1': tested,
};
