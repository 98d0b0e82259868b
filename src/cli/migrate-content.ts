// `npm run migrate-content [-- --check] [--dir <folder>] [--from <version>]`: brings a content
// folder written for an older release to this release's content model, reporting every change
// per file. --check only reports (exit 1 when something would change or is refused); --from
// reruns the steps after a version whatever content/model.yaml records.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../data/read.ts';
import { migrateFolder } from '../migrations/migrate-folder.ts';
import { formatReport } from '../migrations/report.ts';
import { m } from '../migrations/strings.ts';

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false }, dir: { type: 'string' }, from: { type: 'string' } },
});
const from = values.from === undefined ? undefined : Number(values.from);
if (from !== undefined && !(Number.isInteger(from) && from >= 1)) {
  console.error(m.report.badFrom(values.from ?? ''));
  process.exit(1);
}
const dir = path.resolve(values.dir ?? contentDir());
if (!existsSync(dir)) {
  console.error(m.report.missingDir(dir));
  process.exit(1);
}
const outcome = await migrateFolder(dir, { check: values.check, from });
const relative = path.relative(process.cwd(), dir);
const report = formatReport(outcome, relative && !relative.startsWith('..') ? relative : dir);
const ok = outcome.outcome === 'current' || outcome.outcome === 'migrated';
(ok ? console.log : console.error)(report);
process.exit(ok ? 0 : 1);
