// `npm start` outside opening hours: the newcomer is told why no queue numbers show and
// offered a demo clock inside opening hours, which the portal and the queue API then share.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoClockPlan } from '../../src/cli/start-notice.ts';
import { clockNow, demoInstant } from '../../src/lib/demo-clock.ts';
import { type HoursConfig, openStatus } from '../../src/lib/hours.ts';
import { zonedNow } from '../../src/lib/time-zone.ts';

const weekday = [{ mulai: '08.00', selesai: '15.00' }];
const hours: HoursConfig = {
  timeZone: 'Asia/Jakarta',
  weekly: { senin: weekday, selasa: weekday, rabu: weekday, kamis: weekday, jumat: weekday, sabtu: [], minggu: [] },
  rules: [],
};
// Sunday 6 December 2026, 21.10 WIB.
const sundayEvening = new Date('2026-12-06T14:10:00Z');
const mondayMorning = new Date('2026-12-07T03:00:00Z');

describe('the demo clock of npm start', () => {
  it('lands an hour into the next opening when the MPP is closed, and is not needed when it is open', () => {
    const demo = demoInstant(hours, sundayEvening) as Date;
    expect(openStatus(hours, demo).open).toBe(true);
    expect(zonedNow(demo, 'Asia/Jakarta')).toMatchObject({ date: '2026-12-07', minutes: 9 * 60 });
    expect(demoInstant(hours, mondayMorning)).toBeNull();
  });

  it('says why no queue numbers show on a Sunday evening and how to see them', () => {
    const { offsetMs, message } = demoClockPlan(hours, sundayEvening, false);
    expect(offsetMs).toBe(0);
    expect(message).toMatch(/MPP sekarang tutup/);
    expect(message).toContain('Angka antrean hanya tampil selama jam layanan (Senin–Jumat 08.00–15.00 WIB)');
    expect(message).toContain('npm start -- --jam-demo');
    expect(message).toContain('2026-12-07 pukul 09.00 WIB');
  });

  it('with --jam-demo, shifts both clocks by the same amount into opening hours', () => {
    const { offsetMs, message } = demoClockPlan(hours, sundayEvening, true);
    expect(openStatus(hours, new Date(sundayEvening.getTime() + offsetMs)).open).toBe(true);
    expect(message).toContain('Jam demo');
    expect(demoClockPlan(hours, mondayMorning, false)).toEqual({ offsetMs: 0, message: null });
  });

  it("leaves the device's clock alone in every build that is not the demo", () => {
    expect(Math.abs(clockNow() - Date.now())).toBeLessThan(1000);
  });
});

describe("the README's quick start", () => {
  const readme = readFileSync('README.md', 'utf8');
  // The section runs from its heading to the next one of the same level (or the end).
  const from = readme.indexOf('## Mulai cepat');
  const next = readme.indexOf('\n## ', from + 1);
  const quickStart = readme.slice(from, next === -1 ? undefined : next);
  const ciRun = readFileSync('.ci/run', 'utf8');
  const start = readFileSync('src/cli/start.ts', 'utf8');

  it('is in the README, where a newcomer starts', () => {
    expect(from).toBeGreaterThan(-1);
  });

  it('names every program npm test needs besides Node, as .ci/run installs them, and .ci/run itself', () => {
    const installed = [...ciRun.matchAll(/missing\+=\((\w+)\)/g)].map((m) => m[1]);
    expect(installed).toEqual(['chromium', 'nginx', 'git']);
    for (const program of installed) expect(quickStart).toContain(`apt-get install ${program}`);
    expect(quickStart).toContain('.ci/run');
  });

  it('names the ports npm start and npm test use, and how to change them', () => {
    const defaults = [...start.matchAll(/process\.env\.(\w+) \?\? (\d+)/g)].map((m) => [m[1], m[2]]);
    expect(defaults).toEqual([
      ['PORT', '4321'],
      ['QUEUE_PORT', '8787'],
    ]);
    expect(quickStart).toContain('http://127.0.0.1:4321/');
    expect(quickStart).toContain('http://127.0.0.1:8787/v1/antrean');
    expect(quickStart).toContain('PORT=8080 QUEUE_PORT=8788 npm start');
    expect(readFileSync('src/cli/test-targets.ts', 'utf8')).toContain('MPP_TEST_QUEUE_PORT ?? 47_811');
    expect(quickStart).toMatch(/port\s+47811/);
    expect(quickStart).toMatch(/MPP_TEST_QUEUE_PORT=\d+ npm test/);
    expect(quickStart).toContain('npm start -- --jam-demo');
  });
});
