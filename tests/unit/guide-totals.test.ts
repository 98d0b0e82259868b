// A guide's totals: visits, gerai, fees and time, from its services' content.
import { describe, expect, it } from 'vitest';
import { guideTotals, serviceFee } from '../../src/lib/guide-totals.ts';
import { guideOf, paid, service, time } from '../fixtures/guide-builders.ts';

describe('guide totals', () => {
  const a = service('a', { biaya: paid(50000) });
  const b = service('b', { jangkaWaktu: time(15, 'menit'), biaya: paid(30000, 60000) });
  const c = service('c', { gerai: a.gerai, biaya: paid(100000) });
  const d = service('d', { jangkaWaktu: time(null, 'hari', { keterangan: 'tergantung jadwal' }) });

  it('sums fixed fees, names variable ones, and skips optional steps', () => {
    const totals = guideTotals(guideOf([a, b, c, d], [[['a']], [['b']], [['c'], { optional: true }], [['d']]]));
    expect(totals.fixedFees).toBe(50000 + 30000);
    expect(totals.variableFeeSteps).toEqual([2]);
    expect(totals.optionalSteps).toEqual([3]);
    expect(totals.gerai.map((g) => g.slug)).toEqual(['g-a', 'g-b', 'g-d']);
    expect(totals.time).toEqual({ menit: 15, jam: 0, 'hari-kerja': 1, hari: 0 });
    expect(totals.untimedSteps).toEqual([4]);
  });

  it('counts a new visit after waiting days for a result or leaving for an outside step', () => {
    // a takes a working day → b needs a second trip; b is done in minutes → d in the same trip.
    expect(guideTotals(guideOf([a, b, d], [[['a']], [['b']], [['d']]])).visits).toBe(2);
    expect(guideTotals(guideOf([b, d], [[[], { outside: 'bidan' }], [['b']], [[], { outside: 'RT' }], [['d']]])).visits).toBe(2);
    expect(guideTotals(guideOf([b], [[['b']]])).visits).toBe(1);
  });

  it('takes the longest and the dearest alternative of an "atau" step', () => {
    const slow = service('slow', { jangkaWaktu: time(5, 'hari-kerja'), biaya: paid(10000) });
    const totals = guideTotals(guideOf([a, slow], [[['a', 'slow']]]));
    expect(totals.time['hari-kerja']).toBe(5);
    expect(totals.variableFeeSteps).toEqual([1]);
    expect(totals.fixedFees).toBe(10000);
    // Alternatives in different units: only the slower one counts.
    expect(guideTotals(guideOf([a, b], [[['b', 'a']]])).time).toEqual({ menit: 0, jam: 0, 'hari-kerja': 1, hari: 0 });
  });
});

describe('computed fees and on-site services in totals', () => {
  const computed = { discriminant: 'sesuai-perhitungan', value: { caraHitung: 'luas × indeks', tempatCek: 'SIMBG', tautanCek: null } };

  it('counts a computed fee as variable, adding nothing to the known total', () => {
    expect(serviceFee(computed)).toEqual({ kind: 'variable', low: 0, high: null });
    const pbg = service('pbg', { biaya: computed });
    const totals = guideTotals(guideOf([service('a', { biaya: paid(50000) }), pbg], [[['a']], [['pbg']]]));
    expect(totals.fixedFees).toBe(50000);
    expect(totals.variableFeeSteps).toEqual([2]);
  });

  it('keeps an "atau" step variable when one alternative is computed', () => {
    const totals = guideTotals(guideOf([service('a', { biaya: paid(20000) }), service('pbg', { biaya: computed })], [[['a', 'pbg']]]));
    expect(totals.variableFeeSteps).toEqual([1]);
    expect(totals.fixedFees).toBe(0);
  });

  it('treats "selesai di tempat" without a number as timed and done in the same visit', () => {
    const onSite = service('x', { jangkaWaktu: time(null, 'hari-kerja', { selesaiDiTempat: true }) });
    const totals = guideTotals(guideOf([onSite, service('y', { jangkaWaktu: time(10, 'menit') })], [[['x']], [['y']]]));
    expect(totals.untimedSteps).toEqual([]);
    expect(totals.visits).toBe(1);
  });
});
