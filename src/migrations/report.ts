// The migration report as IT staff read it in the terminal (and admins in the room):
// per step, per file, every change, every point to check and every refusal, then the outcome.
import type { FolderMigration } from './migrate-folder.ts';
import type { ReportLine } from './runner.ts';
import { m } from './strings.ts';

const KIND_LABEL: Record<ReportLine['kind'], string> = { diubah: m.report.changed, periksa: m.report.note, ditolak: m.report.refused };

/** The report lines of one step, grouped by file. */
export function reportLines(lines: readonly ReportLine[], shownDir: string): string[] {
  const out: string[] = [];
  const byFile = new Map<string, ReportLine[]>();
  for (const line of lines) byFile.set(line.file, [...(byFile.get(line.file) ?? []), line]);
  for (const [file, items] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`  ${shownDir}/${file}`);
    for (const item of items) out.push(`    ${KIND_LABEL[item.kind]}: ${item.field}: ${item.message}`);
  }
  return out;
}

/** The whole report of a folder migration. */
export function formatReport(run: FolderMigration, shownDir: string): string {
  if (run.outcome === 'newer' && run.from !== null) return m.report.newer(run.from, run.to);
  const out: string[] = [m.report.from(run.from, run.to)];
  for (const step of run.result?.steps ?? []) {
    const lines = run.result?.lines.filter((l) => l.version === step.to) ?? [];
    out.push(m.report.step(step.to - 1, step.to, step.title), ...reportLines(lines, shownDir));
  }
  const files = run.written.length || (run.result?.changedFiles.length ?? 0);
  const end: Record<FolderMigration['outcome'], string> = {
    current: m.report.nothing,
    'would-change': m.report.wouldChange(files),
    migrated: m.report.done(files, shownDir),
    refused: m.report.refusedSummary(run.result?.refused.length ?? 0),
    'check-failed': m.report.checkFailed,
    newer: '',
    unreadable: '',
  };
  return [...out, ...run.messages, end[run.outcome]].filter(Boolean).join('\n');
}
