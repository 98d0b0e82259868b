// Validates the content folder before anything is built, so broken content never
// replaces a working site: loadSite runs checkContent (src/data/check.ts), the same check
// the build, the editors' room and the publisher run. Exit code 1 with every problem listed.
import { ContentError, loadSite } from '../data/index.ts';
import { contentDir } from '../data/read.ts';
import { formatIssues } from '../lib/validate.ts';

try {
  const site = await loadSite();
  if (site.warnings.length) console.warn(formatIssues(site.warnings));
  console.log(
    `Konten valid: ${contentDir()} (${site.services.length} layanan, ${site.gerai.length} gerai, ${site.announcements.length} pengumuman).`,
  );
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
