// One-time pairing codes cannot be used late or guessed: they expire after 10 minutes, and
// claiming pauses MPP-wide after 20 wrong codes in 10 minutes.
import { afterEach, describe, expect, it } from 'vitest';
import { createAudit } from '../../src/queue-server/audit.ts';
import { normalizeConfig } from '../../src/queue-server/config.ts';
import { openDatabase } from '../../src/queue-server/db.ts';
import { makeTempDir, removeDir } from '../../src/queue-server/dev/harness.ts';
import { CODE_TTL_MS, createDeviceRegistry } from '../../src/queue-server/devices.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

function registry() {
  const dir = makeTempDir('antrean-kode-');
  dirs.push(dir);
  const db = openDatabase(dir);
  let now = Date.parse('2025-03-10T02:00:00Z');
  const clock = { now: () => new Date(now) };
  const config = normalizeConfig({ timeZone: 'Asia/Jakarta', gerai: [{ id: 'dukcapil', name: 'Dukcapil', prefix: 'A' }] });
  const devices = createDeviceRegistry(
    db,
    config,
    clock,
    createAudit(db, clock, config.timeZone, () => {}),
  );
  return { devices, advance: (ms: number) => (now += ms), close: () => db.close() };
}

describe('pairing codes', () => {
  it('V2.7.2 refuses a code claimed after its 10 minutes', () => {
    const { devices, advance, close } = registry();
    const { code } = devices.enrol({ name: 'Kios', roles: ['kiosk'], gerai: [] }, 'uji');
    advance(CODE_TTL_MS + 1);
    expect(() => devices.claim(code)).toThrow('Kode pemasangan salah atau sudah kedaluwarsa');
    expect(devices.list().find((d) => d.name === 'Kios')?.status).toBe('expired');
    close();
  });

  it('V2.2.1 pauses claiming after 20 wrong codes, even for the right one, until the window passes', () => {
    const { devices, advance, close } = registry();
    const { code } = devices.enrol({ name: 'Kios', roles: ['kiosk'], gerai: [] }, 'uji');
    const wrong = code === '00000000' ? '11111111' : '00000000';
    for (let i = 0; i < 20; i++) expect(() => devices.claim(wrong)).toThrow('Kode pemasangan salah');
    expect(() => devices.claim(code)).toThrow('Terlalu banyak kode salah; tunggu 10 menit lalu coba lagi');
    advance(10 * 60_000);
    const fresh = devices.enrol({ name: 'Kios baru', roles: ['kiosk'], gerai: [] }, 'uji');
    expect(devices.claim(fresh.code).device.name).toBe('Kios baru');
    close();
  });
});
