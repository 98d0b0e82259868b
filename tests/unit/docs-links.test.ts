// The documentation is one set of pages: README.md is the front door and links every page
// under docs/, and no link between the pages (file or section) leads nowhere, so moving or
// renaming a section is caught here instead of by a reader.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const docsDir = path.join(root, 'docs');
const guides = readdirSync(docsDir).filter((name) => name.endsWith('.md'));
const pages = [
  'README.md',
  'ARCHITECTURE.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  'deploy/README.md',
  'src/queue-server/README.md',
  ...guides.map((name) => `docs/${name}`),
];

/** Markdown text outside fenced code blocks (commands there are not links). */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** Anchor ids of a page's headings, as GitHub makes them (repeated headings get -1, -2, …). */
function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, text = ''] of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    ids.add(count === 0 ? base : `${base}-${count}`);
  }
  return ids;
}

/** Relative links of a page that lead to no file, or to no heading in it, as "page: link". */
function brokenLinks(page: string): string[] {
  const text = readFileSync(path.join(root, page), 'utf8');
  const broken: string[] = [];
  for (const [, link = ''] of prose(text).matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(link)) continue;
    const [file = '', anchor] = link.split('#');
    const target = file ? path.resolve(path.dirname(path.join(root, page)), file) : path.join(root, page);
    if (!existsSync(target)) {
      broken.push(`${page}: ${link}`);
      continue;
    }
    if (anchor !== undefined && (statSync(target).isDirectory() || !headingIds(readFileSync(target, 'utf8')).has(anchor))) {
      broken.push(`${page}: ${link}`);
    }
  }
  return broken;
}

describe('the documentation', () => {
  it('makes section anchors the way GitHub does', () => {
    const ids = headingIds('# Portal MPP\n## Tanpa sinyal (offline) dan pemasangan\n### `GET /v1/antrean`\n## Cadangan\n## Cadangan\n');
    expect([...ids]).toEqual(['portal-mpp', 'tanpa-sinyal-offline-dan-pemasangan', 'get-v1antrean', 'cadangan', 'cadangan-1']);
  });

  it('has no link to a missing file or section', () => {
    expect(pages.flatMap(brokenLinks)).toEqual([]);
  });

  it('starts from a short README that leads to every page under docs/ and to the guides kept next to their code', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(90);
    expect(guides.length).toBeGreaterThan(0);
    for (const page of [
      ...guides.map((name) => `docs/${name}`),
      'deploy/README.md',
      'src/queue-server/README.md',
      'ARCHITECTURE.md',
      'CONTRIBUTING.md',
    ]) {
      expect(readme).toContain(`](${page})`);
    }
  });
});
