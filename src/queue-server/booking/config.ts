// Settings of online booking ("booking" in antrean.json): which gerai take online numbers and
// how many of their daily quota go online, the time windows, when a day opens for booking,
// the anti-automation limits and the proof-of-work difficulty. Absent = booking is off, and
// the API does not advertise it.
import { isObject } from '../../server/config.ts';

export interface BookingConfig {
  enabled: boolean;
  /** Online share of each gerai's daily quota, by gerai id; gerai not listed take no online bookings. */
  onlineQuota: Record<string, number>;
  /** Length of a booking window in minutes. */
  windowMinutes: number;
  /** How many days ahead a resident may book (0 = today only). */
  daysAhead: number;
  /** Local time ('HH:MM') at which a day becomes bookable, daysAhead days before it: a published opening, not a race at midnight. */
  opensAt: string;
  /** Minutes before its window a booking may already check in. */
  earlyMinutes: number;
  /** Leading zero bits of the proof-of-work; each extra bit doubles the work of a booking. */
  powBits: number;
  /** Ceiling of the proof-of-work's bits while challenges are asked for in a flood. */
  powMaxBits: number;
  /** Challenges a minute (MPP-wide) that are still a normal rush; each doubling past it adds a bit. */
  powSurgePerMinute: number;
  /** Bookings one client address may make per day (many residents may share an address: CGNAT, MPP wifi). */
  perAddressPerDay: number;
  /** Bookings one network (IPv4 /24, IPv6 /48) may make per day: a farm of addresses usually sits in a few networks. */
  perNetworkPerDay: number;
  /** Bookings one browser may make per day. */
  perBrowserPerDay: number;
  /** Booking attempts per client address: token bucket in front of the proof-of-work check. */
  rate: { perSecond: number; burst: number };
  /** Where windows run when no opening hours are known. */
  defaultHours: { mulai: string; selesai: string };
}

export const DEFAULT_BOOKING: BookingConfig = {
  enabled: false,
  onlineQuota: {},
  windowMinutes: 30,
  daysAhead: 7,
  opensAt: '07:00',
  earlyMinutes: 15,
  powBits: 16,
  powMaxBits: 20,
  powSurgePerMinute: 600,
  perAddressPerDay: 20,
  perNetworkPerDay: 100,
  perBrowserPerDay: 3,
  rate: { perSecond: 2, burst: 10 },
  defaultHours: { mulai: '08:00', selesai: '15:00' },
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Reads `booking` from raw settings; `bad` throws the config's Indonesian error; gerai ids must exist. */
export function bookingConfig(raw: Record<string, unknown>, geraiIds: ReadonlySet<string>, bad: (message: string) => never): BookingConfig {
  const b = raw.booking;
  if (b === undefined || b === null) return DEFAULT_BOOKING;
  if (!isObject(b)) return bad('booking harus objek');
  const d = DEFAULT_BOOKING;
  const int = (value: unknown, name: string, fallback: number, min: number, max: number): number => {
    const v = value ?? fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) bad(`booking.${name} harus bilangan bulat ${min}–${max}`);
    return v as number;
  };
  const time = (value: unknown, name: string, fallback: string): string => {
    const v = value ?? fallback;
    if (typeof v !== 'string' || !TIME.test(v)) bad(`booking.${name} harus jam berbentuk JJ:MM, mis. 07:00`);
    return v as string;
  };
  const quota = b.onlineQuota ?? {};
  if (!isObject(quota)) return bad('booking.onlineQuota harus objek {idGerai: jumlah}');
  const onlineQuota: Record<string, number> = {};
  for (const [id, n] of Object.entries(quota)) {
    if (!geraiIds.has(id)) bad(`booking.onlineQuota: gerai "${id}" tidak ada di daftar gerai`);
    onlineQuota[id] = int(n, `onlineQuota.${id}`, 0, 0, 100_000);
  }
  const rate = isObject(b.rate) ? b.rate : {};
  const powBits = int(b.powBits, 'powBits', d.powBits, 0, 24);
  const perAddressPerDay = int(b.perAddressPerDay, 'perAddressPerDay', d.perAddressPerDay, 1, 100_000);
  const hours = isObject(b.defaultHours) ? b.defaultHours : {};
  return {
    enabled: b.enabled !== false,
    onlineQuota,
    windowMinutes: int(b.windowMinutes, 'windowMinutes', d.windowMinutes, 1, 240),
    daysAhead: int(b.daysAhead, 'daysAhead', d.daysAhead, 0, 60),
    opensAt: time(b.opensAt, 'opensAt', d.opensAt),
    earlyMinutes: int(b.earlyMinutes, 'earlyMinutes', d.earlyMinutes, 0, 240),
    powBits,
    powMaxBits: int(b.powMaxBits, 'powMaxBits', Math.max(powBits, Math.min(24, powBits + 4)), powBits, 24),
    powSurgePerMinute: int(b.powSurgePerMinute, 'powSurgePerMinute', d.powSurgePerMinute, 1, 1_000_000),
    perAddressPerDay,
    perNetworkPerDay: int(
      b.perNetworkPerDay,
      'perNetworkPerDay',
      Math.max(d.perNetworkPerDay, perAddressPerDay),
      perAddressPerDay,
      1_000_000,
    ),
    perBrowserPerDay: int(b.perBrowserPerDay, 'perBrowserPerDay', d.perBrowserPerDay, 1, 1000),
    rate: {
      perSecond: int(rate.perSecond, 'rate.perSecond', d.rate.perSecond, 1, 100_000),
      burst: int(rate.burst, 'rate.burst', d.rate.burst, 1, 100_000),
    },
    defaultHours: {
      mulai: time(hours.mulai, 'defaultHours.mulai', d.defaultHours.mulai),
      selesai: time(hours.selesai, 'defaultHours.selesai', d.defaultHours.selesai),
    },
  };
}
