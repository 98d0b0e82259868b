// What `npm start` tells a newcomer about the queue numbers: outside opening hours the portal
// shows none (the MPP is closed), so it says why and offers the demo clock (--jam-demo);
// with the flag, how far both clocks move.
import { demoInstant } from '../lib/demo-clock.ts';
import { formatDayRange, formatTime, timeZoneAbbreviation } from '../lib/format.ts';
import { type HoursConfig, openStatus, statusText, summarizeWeek } from '../lib/hours.ts';
import { zonedNow } from '../lib/time-zone.ts';

/** The demo clock's shift in ms (0 = real time) and the message to print, if any. */
export function demoClockPlan(hours: HoursConfig, now: Date, wantsDemoClock: boolean): { offsetMs: number; message: string | null } {
  const demoAt = demoInstant(hours, now);
  if (!demoAt)
    return { offsetMs: 0, message: wantsDemoClock ? 'MPP sedang buka: jam demo tidak diperlukan, portal memakai jam sebenarnya.' : null };
  const zone = timeZoneAbbreviation(hours.timeZone);
  const { date, minutes } = zonedNow(demoAt, hours.timeZone);
  const at = `${date} pukul ${formatTime(`${Math.floor(minutes / 60)}.${String(minutes % 60).padStart(2, '0')}`)} ${zone}`;
  if (wantsDemoClock) {
    return {
      offsetMs: demoAt.getTime() - now.getTime(),
      message: `Jam demo: portal dan API antrean berjalan mulai ${at}, di dalam jam layanan.`,
    };
  }
  const week = summarizeWeek(hours.weekly)
    .filter((g) => g.intervals.length > 0)
    .map((g) => `${formatDayRange(g.days)} ${g.intervals.map((i) => `${formatTime(i.mulai)}–${formatTime(i.selesai)}`).join(', ')}`)
    .join('; ');
  const status = statusText(openStatus(hours, now), hours, now);
  return {
    offsetMs: 0,
    message:
      `Catatan: MPP sekarang ${status.charAt(0).toLowerCase()}${status.slice(1)}. Angka antrean hanya tampil selama jam layanan ` +
      `(${week} ${zone}), jadi portal belum menampilkannya.\n` +
      `Untuk melihat antrean bergerak, jalankan dengan jam demo: npm start -- --jam-demo ` +
      `(jam portal dan API antrean digeser ke ${at}).`,
  };
}
