// A failed build's messages as editors read them: the content check's lines name the file
// and field the way the terminal does ("content/jam-layanan.yaml › jadwal.sabtu[2]: …");
// the room shows the same issue in the CMS's labels with a link to the field, as Periksa
// konten does. Other lines (a build's log tail) pass through unchanged.
import { entryName } from '../history/history.ts';
import { type Html, html } from '../html.ts';
import { workingCopyView } from '../saves/saves.ts';
import { entryForIssueFile, labelPath } from '../schema.ts';
import { t } from '../strings/index.ts';
import { fieldUrl } from './checks.ts';

const ISSUE_LINE = /^-\s+(content\/\S+) › (\S+?): (.+)$/;
const HEADER = /^(Konten tidak valid \(\d+ kesalahan\)\.) Perbaiki lalu jalankan build lagi:$/;

/** One line of a build outcome, for the room's pages. */
export function editorMessage(line: string, repoDir: string): Html | string {
  const header = HEADER.exec(line);
  if (header) return `${header[1]} ${t.check.fixThenPublish}`;
  const match = ISSUE_LINE.exec(line);
  const entry = match ? entryForIssueFile(match[1] ?? '') : null;
  if (!match || !entry) return line;
  const title = entry.kind === 'singleton' ? entry.label : `${entry.label}: ${entryName(entry, workingCopyView(repoDir).read(entry.file))}`;
  const labels = match[2] === '-' ? [] : labelPath(entry.key, match[2] ?? '');
  return html`${[title, ...labels].join(' › ')}: ${match[3]} <a href="${fieldUrl(entry, labels)}">${t.check.open}</a>`;
}
