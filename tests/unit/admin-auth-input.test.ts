// Small holes around the room's login: where a login may send the browser, cookies set by
// other sites on the parent domain, and start-up settings that must not be misread.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { deviceCookieName, loginTokenCookieName, safeNext, sessionCookieName } from '../../src/admin-server/accounts/auth-routes.ts';
import { ConfigError, loadConfig } from '../../src/admin-server/config.ts';
import { readCookies } from '../../src/admin-server/http.ts';

const ORIGIN = 'https://ruang.example.go.id';

describe('V5.1.5 redirect after login', () => {
  it.each([
    ['/riwayat', '/riwayat'],
    ['/riwayat?entri=content%2Flayanan%2Fktp.yaml', '/riwayat?entri=content%2Flayanan%2Fktp.yaml'],
    ['https://ruang.example.go.id/akun', '/akun'],
    ['//evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['/\n/evil.example', '/'],
    ['\t//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['\\\\evil.example', '/'],
    ['/.//evil.example', '/'],
    ['/..//evil.example', '/'],
    ['https://evil.example/', '/'],
    // Same scheme without slashes is a relative path for the URL parser, as for a browser.
    ['https:evil.example', '/evil.example'],
    ['javascript:alert(1)', '/'],
    ['http://ruang.example.go.id/akun', '/'],
    ['%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/%09/evil.example', '/%09/evil.example'],
    ['/%2F/evil.example', '/%2F/evil.example'],
    ['', '/'],
  ])('%j goes to %j', (lanjut, expected) => {
    const next = safeNext(lanjut, ORIGIN);
    expect(next).toBe(expected);
    // Whatever comes back, a browser resolves it on the room's own origin.
    expect(new URL(next, ORIGIN).origin).toBe(ORIGIN);
  });
});

describe('cookies', () => {
  const request = (cookie: string) => ({ headers: { cookie } }) as unknown as IncomingMessage;

  it("V5.1.4 a malformed cookie from the parent domain does not break the room's own", () => {
    expect(readCookies(request('x=%E0%A4%A; ruang-sesi=abc; y=%'))).toMatchObject({ 'ruang-sesi': 'abc', x: '%E0%A4%A', y: '%' });
  });

  it('V3.4.4 every room cookie has the __Host- prefix when cookies are Secure', () => {
    for (const name of [loginTokenCookieName, sessionCookieName, deviceCookieName]) {
      expect(name(true)).toMatch(/^__Host-ruang-/);
      expect(name(false)).toMatch(/^ruang-/);
    }
  });
});

describe('configuration', () => {
  const load = (env: Record<string, string>) => () => loadConfig({}, env);

  it('V3.3.1 refuses to start when the session timeouts are not whole numbers, naming the variable', () => {
    expect(load({ MPP_ADMIN_IDLE_MINUTES: '30m' })).toThrow(ConfigError);
    expect(load({ MPP_ADMIN_IDLE_MINUTES: '30m' })).toThrow(
      /MPP_ADMIN_IDLE_MINUTES \(atau --idle-minutes\) bernilai "30m": harus bilangan bulat menit, 1–1440/,
    );
    expect(load({ MPP_ADMIN_ABSOLUTE_HOURS: 'dua belas' })).toThrow(/MPP_ADMIN_ABSOLUTE_HOURS .*"dua belas": harus bilangan bulat jam/);
    expect(load({ MPP_ADMIN_IDLE_MINUTES: '0' })).toThrow(/MPP_ADMIN_IDLE_MINUTES/);
    expect(loadConfig({}, { MPP_ADMIN_IDLE_MINUTES: '45', MPP_ADMIN_ABSOLUTE_HOURS: '8' }).session).toEqual({
      idleMs: 45 * 60_000,
      absoluteMs: 8 * 60 * 60_000,
    });
  });

  it('V14.1.3 checks every setting at start and names each wrong one', () => {
    const wrong = {
      MPP_ADMIN_PORT: '43a',
      MPP_ADMIN_ORIGIN: 'ruang.example.go.id',
      MPP_ADMIN_INSECURE: 'ya',
      MPP_ADMIN_TRUST_PROXY: 'true',
      MPP_ADMIN_TIME_ZONE: 'Asia/Bandung',
      MPP_ADMIN_REBUILD_AT: '24:00',
      MPP_ADMIN_EMAIL_DOMAIN: 'bukan domain',
      MPP_ADMIN_DB: ' ',
    };
    let message = '';
    try {
      loadConfig({}, wrong);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Ruang editor tidak dijalankan karena pengaturan berikut tidak valid:/);
    for (const name of Object.keys(wrong)) expect(message).toContain(`- ${name} (atau --`);
  });

  it('keeps the defaults and reads flags over the environment', () => {
    const config = loadConfig(
      { port: '0', 'trust-proxy': '1' },
      { MPP_ADMIN_PORT: '5000', MPP_ADMIN_ORIGIN: 'https://ruang.example.go.id/' },
    );
    expect(config).toMatchObject({ port: 0, trustProxy: true, secure: true, origin: 'https://ruang.example.go.id', rebuildAt: '00:05' });
    expect(config.session).toEqual({ idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 });
  });
});
