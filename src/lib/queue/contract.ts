// The live-queue API contract, version 1. Shared by the reference server
// (src/queue-server), the browser island and any vendor system that wants to feed the
// portal: the same types on both ends keep them from drifting apart.
//
// Versioning policy: within version 1 fields may be ADDED but never removed, renamed or
// given a different meaning; clients must ignore fields they do not know. A breaking
// change gets a new path prefix (/v2/...) and `version: 2`, served next to /v1 for a
// transition period.

/** Major version of the contract; also the path prefix (/v1). */
export const QUEUE_API_VERSION = 1 as const;

/** Path of the public read endpoint, relative to the API origin. */
export const SNAPSHOT_PATH = '/v1/antrean';
/** Path of the server-sent events stream of snapshots. */
export const STREAM_PATH = '/v1/antrean/stream';
/** Path of the health check. */
export const HEALTH_PATH = '/v1/health';
/**
 * Revision within version 1, bumped for each addition: 2 adds online booking (the snapshot's
 * `revision` and `booking` fields and the paths under {@link BOOKING_PATH}); 3 adds the usual
 * quiet hours ({@link QUIET_HOURS_PATH}) and a booking's `priority`.
 */
export const QUEUE_API_REVISION = 3 as const;
/** Path of each gerai's usual quiet hours, from the queue's own history (revision 3). */
export const QUIET_HOURS_PATH = '/v1/antrean/sepi';
/** Path of the booking offer (GET), the challenge (POST …/challenge) and new bookings (POST). */
export const BOOKING_PATH = '/v1/booking';

/**
 * A server re-stamps `updatedAt` of an unchanged snapshot at least this often (and pushes it
 * on the stream), so a client can tell current numbers from old ones by the snapshot alone.
 */
export const SNAPSHOT_RESTAMP_SECONDS = 30;

/** Priority groups served before the regular line (UU 8/2016, PP 96/2012 standards). */
export const PRIORITIES = ['disabilitas', 'lansia', 'ibu-hamil'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Ticket life cycle: waiting → called → serving → finished, or canceled (from waiting or called). */
export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'finished', 'canceled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** One gerai's line as residents see it. */
export interface GeraiQueue {
  /** Stable identifier, the same slug as the portal's gerai content. */
  id: string;
  name: string;
  /** Ticket prefix, e.g. 'A' for A-023. */
  prefix: string;
  /** Whether the gerai takes and serves tickets right now. */
  open: boolean;
  /** Counters (loket) staffed right now; 0 when closed. */
  counters: number;
  /** Most recently called ticket today (called, being served or done), e.g. 'A-023'; null before the first call. */
  nowServing: string | null;
  /** Tickets issued today and not yet called. */
  waiting: number;
  /** Rolling average minutes per service; null when unknown. */
  avgServiceMinutes: number | null;
  /** Estimated minutes a ticket taken now waits before being called; null when it cannot be estimated (closed, no counters). */
  estimatedWaitMinutes: number | null;
  /** Last change to this gerai's line (ISO 8601 with offset); null when nothing happened today. */
  updatedAt: string | null;
}

/** MPP-wide totals for today. */
export interface MppTotals {
  /** Whether the MPP is open now (opening hours and at least one open gerai). */
  open: boolean;
  waiting: number;
  /** Tickets issued today, including canceled ones (they used a number and a quota slot). */
  issuedToday: number;
  /** Tickets finished today. */
  finishedToday: number;
  /** Daily ticket quota for the whole MPP; null when unlimited. */
  quota: number | null;
  /** Tickets that can still be issued today; null when unlimited. */
  quotaLeft: number | null;
}

/** Response body of GET /v1/antrean. */
export interface QueueSnapshot {
  version: typeof QUEUE_API_VERSION;
  /** IANA timezone of the MPP, e.g. 'Asia/Jakarta'. */
  timeZone: string;
  /** Service day in the MPP's timezone, 'YYYY-MM-DD'; numbers restart when it changes. */
  serviceDay: string;
  /**
   * When the server last confirmed these numbers (ISO 8601): on every change, and at least
   * every {@link SNAPSHOT_RESTAMP_SECONDS} while nothing changes. Clients judge freshness by it.
   */
  updatedAt: string;
  /** Suggested polling interval in seconds for clients that do not use the stream. */
  refreshSeconds: number;
  /** URL (absolute, or relative to the snapshot URL) of the event stream; null when not offered. */
  stream: string | null;
  mpp: MppTotals;
  gerai: GeraiQueue[];
  /** Revision 2+: see {@link QUEUE_API_REVISION}; absent from revision 1 servers. */
  revision?: number;
  /** Revision 2+: path of the booking offer when this server takes online bookings; null or absent = no online booking. */
  booking?: string | null;
}

/** A ticket as staff endpoints return it. Timestamps are ISO 8601 or null. */
export interface Ticket {
  id: string;
  /** Display number, prefix plus zero-padded sequence: 'A-023'. */
  number: string;
  geraiId: string;
  priority: Priority | null;
  status: TicketStatus;
  serviceDay: string;
  /** Counter (loket) that called it; null while waiting. */
  counter: number | null;
  issuedAt: string;
  calledAt: string | null;
  servedAt: string | null;
  finishedAt: string | null;
  canceledAt: string | null;
  /** 'skipped' when a called resident did not come, 'transferred' when sent on to another gerai, 'canceled' otherwise; null unless canceled. */
  cancelReason: 'skipped' | 'canceled' | 'transferred' | null;
}

/** What happened to a ticket; pushed as `ticket` events on the stream for display boards. */
export const TICKET_EVENT_TYPES = ['issued', 'called', 'recalled', 'serving', 'finished', 'canceled'] as const;
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

/** A ticket event (stream event `ticket`, and the server's audit log). */
export interface TicketEvent {
  type: TicketEventType;
  ticketId: string;
  number: string;
  geraiId: string;
  counter: number | null;
  at: string;
}

/** Body of POST /v1/staff/tickets (kiosk issues a ticket). */
export interface IssueTicketRequest {
  geraiId: string;
  priority?: Priority;
}

/** Response of POST /v1/staff/tickets (201). */
export interface IssueTicketResponse {
  ticket: Ticket;
  /** Tickets of this gerai waiting ahead of this one (priority tickets jump ahead later). */
  waitingAhead: number;
  estimatedWaitMinutes: number | null;
  /** Path of the ticket's live page on the queue server (printed as a QR code), e.g. /tiket/42-Xb3…; reference server only. */
  ticketPath?: string;
}

/** Body of POST /v1/staff/gerai/{id}/call-next and the single-ticket actions. */
export interface CounterRequest {
  /** Counter (loket) number, 1-based; defaults to 1. */
  counter?: number;
}

/** Body of POST /v1/staff/gerai/{id}/status: open or close a gerai, set staffed counters. */
export interface GeraiStatusRequest {
  open?: boolean;
  counters?: number;
}

/** Response of every single-ticket staff action. */
export interface TicketResponse {
  ticket: Ticket;
}

/** Machine-readable error codes; `message` is Indonesian text for staff. */
export const API_ERROR_CODES = [
  'bad_request',
  'unsupported_media_type',
  'payload_too_large',
  'request_timeout',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'invalid_transition',
  'queue_empty',
  'quota_exhausted',
  'gerai_closed',
  'rate_limited',
  'already_booked',
  'limit_reached',
  'challenge_failed',
  'unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Body of every error response. */
export interface ApiError {
  error: { code: ApiErrorCode; message: string };
}

/** Response of GET /v1/health. */
export interface HealthResponse {
  status: 'ok';
  version: typeof QUEUE_API_VERSION;
  serviceDay: string;
  streamClients: number;
  /** Stream clients that stopped reading and are skipped until they catch up (reference server only). */
  streamBehind?: number;
  /** Bytes the server holds unsent for all stream clients together (reference server only). */
  streamBufferedBytes?: number;
}

/** One gerai in GET /v1/booking. */
export interface BookingGerai {
  id: string;
  name: string;
  /** Whether "take a number for today" is possible right now (open and online quota left). */
  takeNow: boolean;
  /** Today's online share and what is left of it; walk-in share likewise (null = no quota set). */
  onlineQuota: number;
  onlineLeft: number;
  walkInQuota: number | null;
  walkInLeft: number | null;
  /** Bookable days, each with its windows ('HH.MM' local) and online places left, or the closure that rules it out. */
  days: { day: string; closed: string | null; onlineLeft: number; windows: { start: string; end: string }[] }[];
}

/** Response of GET /v1/booking. */
export interface BookingOffer {
  revision: number;
  serviceDay: string;
  /** Local time at which a later day opens for booking, daysAhead days before it. */
  opensAt: string;
  daysAhead: number;
  /** Proof-of-work difficulty (leading zero bits of SHA-256("challenge:nonce")). */
  powBits: number;
  gerai: BookingGerai[];
}

/** Body of POST /v1/booking. Without `window` the booking is a number for today, in the line at once. */
export interface BookingRequest {
  geraiId: string;
  /** The portal's service slug; one active booking per person per service per day. */
  service?: string;
  day?: string;
  window?: string;
  /** Name or initials (no identity number is ever asked). */
  name: string;
  phone?: string;
  /** Random id the browser keeps for itself. */
  browserId: string;
  challenge: string;
  nonce: string;
  /** Revision 3: a priority group (lansia, disabilitas, ibu hamil); its ticket is served first, as the kiosk's are. */
  priority?: Priority;
}

export const BOOKING_STATUSES = ['booked', 'checked_in', 'released', 'canceled'] as const;

/** A booking as the resident sees it (POST /v1/booking 201, GET /v1/booking/{key}). */
export interface BookingView {
  key: string;
  code: string;
  geraiId: string;
  geraiName: string;
  serviceDay: string;
  window: { start: string; end: string } | null;
  status: (typeof BOOKING_STATUSES)[number];
  /** Revision 3: the priority group declared, or null. */
  priority?: Priority | null;
  /** The closure's reason when canceled because of one. */
  cancelReason: string | null;
  statusText: string;
  /** Live ticket page once in the line. */
  ticketPath: string | null;
  bookingPath: string;
}

/** A gerai's usual quiet stretch: consecutive weekdays ('senin'…'minggu') and local hours 'HH.MM'. */
export interface QuietStretch {
  days: string[];
  start: string;
  end: string;
}

/** Response of GET /v1/antrean/sepi (revision 3); `quiet` is null without enough history or without a quieter stretch. */
export interface QuietHoursResponse {
  revision: number;
  serviceDay: string;
  /** Weeks of history looked at, ending yesterday. */
  weeks: number;
  gerai: { id: string; quiet: QuietStretch | null }[];
}
