import { describe, expect, it } from 'vitest';
import { hashToken } from '../../src/queue-server/auth.ts';
import { ConfigError, DEFAULT_CONFIG, envOverrides, normalizeConfig } from '../../src/queue-server/config.ts';
import { formatTicketNumber } from '../../src/queue-server/store.ts';

const gerai = [{ id: 'dukcapil', name: 'Dukcapil', prefix: 'A' }];
const timeZone = 'Asia/Jakarta';

describe('queue server configuration', () => {
  it('fills defaults for everything not given', () => {
    const config = normalizeConfig({ gerai, timeZone });
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8787, timeZone: 'Asia/Jakarta', dailyQuota: 100, hours: null });
    expect(config.gerai[0]).toEqual({
      id: 'dukcapil',
      name: 'Dukcapil',
      prefix: 'A',
      counters: 1,
      defaultServiceMinutes: 10,
      dailyQuota: null,
      hours: null,
    });
    expect(config.rateLimits).toEqual(DEFAULT_CONFIG.rateLimits);
  });

  it.each([
    [{ timeZone: 'Asia/Atlantis' }, /zona waktu IANA/],
    [{ gerai: [...gerai, ...gerai] }, /dua kali/],
    [{ gerai: [{ ...gerai[0], prefix: 'a-' }] }, /prefix/],
    [{ gerai, devices: [{ id: 'k', tokenHash: 'plain-token', roles: ['kiosk'] }] }, /tokenHash/],
    [{ gerai, devices: [{ id: 'k', tokenHash: hashToken('x'), gerai: ['pajak'], roles: ['kiosk'] }] }, /devices\[0\]\.gerai/],
    [{ gerai, devices: [{ id: 'k', tokenHash: hashToken('x') }] }, /devices\[0\]\.roles wajib diisi/],
    [{ gerai, devices: [{ id: 'k', tokenHash: hashToken('x'), roles: ['admin'] }] }, /peran "admin" tidak dikenal/],
    [
      { gerai, devices: [{ id: 'k', tokenHash: hashToken('x'), roles: ['counter'] }] },
      /devices\[0\]\.gerai wajib diisi untuk perangkat berperan counter/,
    ],
    [{ gerai, deviceDailyQuota: -1 }, /deviceDailyQuota/],
    [{ gerai: [{ ...gerai[0], dailyQuota: 'banyak' }] }, /gerai\[0\]\.dailyQuota/],
    [{ dailyQuota: -5 }, /dailyQuota/],
    [{ hours: { weekly: { senin: '08.00-15.00' } } }, /hours\.weekly\.senin/],
    [{ rateLimits: { staff: { perSecond: 0, burst: 1 } } }, /rateLimits\.staff\.perSecond/],
  ])('rejects %j with an Indonesian message', (raw, message) => {
    const withZone = { timeZone, ...raw } as Record<string, unknown>;
    expect(() => normalizeConfig(withZone)).toThrow(ConfigError);
    expect(() => normalizeConfig(withZone)).toThrow(message);
  });

  it('refuses to guess the timezone: without timeZone (or a content folder) the server does not start', () => {
    expect(() => normalizeConfig({ gerai })).toThrow(/timeZone wajib diisi .* --content/);
  });

  it('reads overrides from the environment', () => {
    const env = {
      QUEUE_PORT: '9000',
      QUEUE_DAILY_QUOTA: 'none',
      QUEUE_CORS_ORIGINS: 'https://a.go.id, https://b.go.id',
      QUEUE_TIMEZONE: 'Asia/Makassar',
    };
    const config = normalizeConfig({ gerai, ...envOverrides(env) });
    expect(config).toMatchObject({ port: 9000, dailyQuota: null, timeZone: 'Asia/Makassar' });
    expect(config.cors.allowedOrigins).toEqual(['https://a.go.id', 'https://b.go.id']);
  });

  it('disables a rate limit with null', () => {
    expect(normalizeConfig({ timeZone, rateLimits: { public: null } }).rateLimits).toEqual({
      public: null,
      staff: DEFAULT_CONFIG.rateLimits.staff,
    });
  });
});

describe('ticket numbers', () => {
  it('pads to three digits and grows past 999', () => {
    expect(formatTicketNumber('A', 23)).toBe('A-023');
    expect(formatTicketNumber('B', 1)).toBe('B-001');
    expect(formatTicketNumber('C', 1000)).toBe('C-1000');
  });
});

describe('token hashing', () => {
  it('stores sha256 hex, never the token', () => {
    const hash = hashToken('rahasia');
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(hash).not.toContain('rahasia');
    expect(hashToken('rahasia')).toBe(hash);
  });
});
