// The display board's running text names closures and special hours coming up, from the
// portal's own hours, before the configured lines; past and far-off ones are left out.
import { describe, expect, it } from 'vitest';
import { boardTicker } from '../../src/queue-server/board-ticker.ts';
import type { ServerHours } from '../../src/queue-server/config.ts';

const weekdays = [{ mulai: '08:00', selesai: '15:00' }];
const hours: ServerHours = {
  weekly: { senin: weekdays, selasa: weekdays, rabu: weekdays, kamis: weekdays, jumat: weekdays, sabtu: [], minggu: [] },
  rules: [
    { name: 'Natal 2026', start: '2026-12-25', end: null, kind: 'tutup', intervals: [], gerai: [], note: 'Libur nasional.' },
    {
      name: 'Cuti bersama',
      start: '2026-12-24',
      end: '2026-12-26',
      kind: 'jam-khusus',
      intervals: [{ mulai: '08:00', selesai: '12:00' }],
      gerai: [],
    },
    { name: 'Tutup buku', start: '2026-12-30', end: '2026-12-31', kind: 'tutup', intervals: [], gerai: ['bank-jateng'] },
    { name: 'Sudah lewat', start: '2026-11-01', end: null, kind: 'tutup', intervals: [], gerai: [] },
    { name: 'Masih jauh', start: '2027-03-01', end: null, kind: 'tutup', intervals: [], gerai: [] },
  ],
};
const names = new Map([['bank-jateng', 'Bank Jateng']]);

describe('display board running text', () => {
  it('lists the next two weeks of closures and special hours, in date order, then the configured lines', () => {
    expect(boardTicker(hours, '2026-12-20', ['Pengumuman: SKM semester I'], names)).toEqual([
      'Jam khusus 24–26 Desember 2026 (08.00–12.00): Cuti bersama',
      'Tutup 25 Desember 2026: Natal 2026. Libur nasional.',
      'Bank Jateng tutup 30–31 Desember 2026: Tutup buku',
      'Pengumuman: SKM semester I',
    ]);
  });

  it('keeps a closure that is running today and drops it the day after it ends', () => {
    expect(boardTicker(hours, '2026-12-31', [], names)).toEqual(['Bank Jateng tutup 30–31 Desember 2026: Tutup buku']);
    expect(boardTicker(hours, '2027-01-01', [], names)).toEqual([]);
  });

  it('shows only the configured lines for a server without hours', () => {
    expect(boardTicker(null, '2026-12-20', ['Selamat datang'], names)).toEqual(['Selamat datang']);
  });
});
