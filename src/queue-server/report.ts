// The daily report for the supervisor: per gerai and hour of issue, tickets issued, served,
// not present (skipped), still waiting, and the average waiting and service minutes; as
// JSON for the report page and as CSV for a spreadsheet. Hours are the MPP's wall clock.
import type { DatabaseSync } from 'node:sqlite';
import { zonedNow } from '../lib/time-zone.ts';
import type { QueueServerConfig } from './config.ts';

/** One row of the report: a gerai in one hour (or the gerai's whole day when hour is null). */
export interface ReportRow {
  geraiId: string;
  geraiName: string;
  /** Hour of issue, 0–23, MPP time; null on the gerai's total row. */
  hour: number | null;
  issued: number;
  served: number;
  notPresent: number;
  waiting: number;
  /** Minutes from taking the number to being called. */
  avgWaitMinutes: number | null;
  /** Minutes from the start to the end of service. */
  avgServiceMinutes: number | null;
}

interface Row {
  gerai_id: string;
  status: string;
  cancel_reason: string | null;
  issued_at: number;
  called_at: number | null;
  served_at: number | null;
  finished_at: number | null;
}

const mean = (values: number[]) => (values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10);

/** Builds the report of `day` ('YYYY-MM-DD'). */
export function dailyReport(db: DatabaseSync, config: QueueServerConfig, day: string): ReportRow[] {
  const rows = db
    .prepare('SELECT gerai_id, status, cancel_reason, issued_at, called_at, served_at, finished_at FROM tickets WHERE service_day = ?')
    .all(day) as unknown as Row[];
  const out: ReportRow[] = [];
  for (const g of config.gerai) {
    const mine = rows.filter((r) => r.gerai_id === g.id);
    const byHour = new Map<number, Row[]>();
    for (const r of mine) {
      const hour = Math.floor(zonedNow(new Date(r.issued_at), config.timeZone).minutes / 60);
      byHour.set(hour, [...(byHour.get(hour) ?? []), r]);
    }
    const line = (hour: number | null, list: Row[]): ReportRow => ({
      geraiId: g.id,
      geraiName: g.name,
      hour,
      issued: list.length,
      served: list.filter((r) => r.status === 'finished').length,
      notPresent: list.filter((r) => r.cancel_reason === 'skipped').length,
      waiting: list.filter((r) => r.status === 'waiting').length,
      avgWaitMinutes: mean(list.filter((r) => r.called_at !== null).map((r) => ((r.called_at as number) - r.issued_at) / 60_000)),
      avgServiceMinutes: mean(
        list
          .filter((r) => r.finished_at !== null && r.served_at !== null)
          .map((r) => ((r.finished_at as number) - (r.served_at as number)) / 60_000),
      ),
    });
    for (const hour of [...byHour.keys()].sort((a, b) => a - b)) out.push(line(hour, byHour.get(hour) as Row[]));
    out.push(line(null, mine));
  }
  return out;
}

/** Quotes a CSV field when needed, and defuses text a spreadsheet would run as a formula. */
function field(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report as CSV (comma-separated, header row in Indonesian, decimal point). */
export function reportCsv(day: string, rows: readonly ReportRow[]): string {
  const header = [
    'tanggal',
    'gerai',
    'jam',
    'tiket_diambil',
    'dilayani',
    'tidak_hadir',
    'masih_menunggu',
    'rata_tunggu_menit',
    'rata_layanan_menit',
  ];
  const lines = rows.map((r) =>
    [
      day,
      r.geraiName,
      r.hour === null ? 'total' : `${String(r.hour).padStart(2, '0')}:00`,
      r.issued,
      r.served,
      r.notPresent,
      r.waiting,
      r.avgWaitMinutes,
      r.avgServiceMinutes,
    ]
      .map(field)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
