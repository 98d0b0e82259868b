// Helpers of the build step that writes the search bundles (src/search/build/search-index.ts)
// and the page-id compaction applied to them.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { indexableHtml, indexedPart, urlOf } from '../../src/search/build/search-index.ts';
import { compactBundleIds } from '../../src/search/build/search-ids.ts';
import { compactPageList, roundedWordCount } from '../../src/search/core/page-list.ts';
import { head, PAGEFIND_SIGNATURE, skip } from '../../src/search/core/pagefind-cbor.ts';
import { bundleUrl, declaredType, LAZY_TYPES, PRIMARY_TYPES, typeFilterIndexed } from '../../src/search/core/bundles.ts';
import { RESULT_TYPES } from '../../src/search/core/rank.ts';

describe('search bundles', () => {
  it('puts services, gerai and pages in the root bundle and announcements in their own', () => {
    expect(bundleUrl('layanan')).toBe('/pagefind/');
    expect(bundleUrl('gerai')).toBe('/pagefind/');
    expect(bundleUrl('pengumuman', 'http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321/pagefind/pengumuman/');
    expect([...PRIMARY_TYPES, ...LAZY_TYPES].sort()).toEqual([...RESULT_TYPES].sort());
    expect(LAZY_TYPES).toEqual(['pengumuman']);
    // Only the small types are filtered in the index; services are the untyped rest.
    expect(RESULT_TYPES.filter(typeFilterIndexed)).toEqual(['gerai', 'halaman']);
  });

  it('reads the type a page declares', () => {
    expect(declaredType('<article data-pagefind-body data-pagefind-filter="tipe:gerai">')).toBe('gerai');
    expect(declaredType('<article data-pagefind-body data-pagefind-filter="tipe:lain">')).toBeNull();
    expect(declaredType('<article data-pagefind-body>')).toBeNull();
  });
});

describe('indexing helpers', () => {
  it('maps built files to the URLs pages are served at', () => {
    expect(urlOf(path.join('layanan', 'ktp-el', 'index.html'))).toBe('/layanan/ktp-el/');
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('404.html')).toBe('/404.html');
  });

  it('hands Pagefind only the page language and the data-pagefind-body element, nested elements and all', () => {
    const page =
      '<!doctype html><html lang="id"><head><title>KTP</title><script>x()</script></head><body><header><nav>Menu</nav></header>' +
      '<main><article data-pagefind-body><h1>KTP</h1><article><p>dalam</p></article><p>akhir</p></article><aside>Lain</aside></main></body></html>';
    expect(indexedPart(page)).toBe(
      '<!doctype html><html lang="id"><head><meta charset="utf-8"></head><body><article data-pagefind-body><h1>KTP</h1><article><p>dalam</p></article><p>akhir</p></article></body></html>',
    );
    // Pages without a marked body (or with broken markup) are passed on whole.
    expect(indexedPart('<html><body><p>x</p></body></html>')).toBe('<html><body><p>x</p></body></html>');
    expect(indexedPart('<html><body><article data-pagefind-body><p>x</p></body></html>')).toBe(
      '<html><body><article data-pagefind-body><p>x</p></body></html>',
    );
  });

  it('indexes a copy with the type filter only where the index needs it, and leaves everything else alone', () => {
    const indexed = (element: string) => `<!doctype html><html><head><meta charset="utf-8"></head><body>${element}</body></html>`;
    const service =
      '<article data-pagefind-body data-pagefind-filter="tipe:layanan" data-pagefind-meta="biaya:Gratis"><h1>KTP</h1></article>';
    expect(indexableHtml(service, 'layanan')).toBe(
      indexed('<article data-pagefind-body data-pagefind-meta="biaya:Gratis"><h1>KTP</h1></article>'),
    );
    const gerai = '<article data-pagefind-body data-pagefind-filter="tipe:gerai"><h1>Dukcapil</h1></article>';
    expect(indexableHtml(gerai, 'gerai')).toBe(indexed(gerai));
    expect(indexableHtml('<main data-pagefind-body><h1>FAQ</h1></main>', 'halaman')).toBe(
      indexed('<main data-pagefind-body data-pagefind-filter="tipe:halaman"><h1>FAQ</h1></main>'),
    );
    expect(indexableHtml('<article data-pagefind-body data-pagefind-filter="tipe:pengumuman"></article>', 'pengumuman')).toBe(
      indexed('<article data-pagefind-body></article>'),
    );
  });
});

describe('short page ids', () => {
  const signature = new TextEncoder().encode(PAGEFIND_SIGNATURE);

  /** Each page's word count in a decompressed page list: [signature][version, [[id, count, group], ...], ...]. */
  function wordCounts(meta: Uint8Array): number[] {
    const root = head(meta, signature.length);
    const pages = head(meta, skip(meta, root.next));
    const counts: number[] = [];
    let at = pages.next;
    for (let n = 0; n < pages.value; n++) {
      const id = head(meta, head(meta, at).next);
      counts.push(head(meta, id.next + id.value).value);
      at = skip(meta, at);
    }
    return counts;
  }

  async function writeSampleBundle(dir: string, count: number) {
    const { index } = await pagefind.createIndex({ forceLanguage: 'id' });
    if (!index) throw new Error('pagefind');
    for (let i = 0; i < count; i++) {
      await index.addHTMLFile({
        url: `/layanan/l${i}/`,
        // Page lengths from 4 to 80 distinct words.
        content: `<html lang="id"><body><main data-pagefind-body><h1>Layanan ${i}</h1><p>Syarat nomor ${i} KTP-el ${Array.from({ length: 2 * i }, (_, k) => `k${k}`).join(' ')}</p></main></body></html>`,
      });
    }
    await index.writeFiles({ outputPath: dir });
    await index.deleteIndex();
  }

  it('renames every page to a short id, keeps each fragment reachable, and points the entry at the new page list', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mpp-ids-'));
    try {
      await writeSampleBundle(dir, 40);
      const entryBefore = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
      const oldMeta = gunzipSync(readFileSync(path.join(dir, `pagefind.${entryBefore.languages.id.hash}.pf_meta`)));
      const oldIds = compactPageList(oldMeta, 'x')?.renames.map((r) => r.from) ?? [];
      expect(oldIds).toHaveLength(40);
      const fragmentsBefore = new Map(
        oldIds.map((id) => [id, gunzipSync(readFileSync(path.join(dir, 'fragment', `${id}.pf_fragment`))).toString()]),
      );

      const countsBefore = wordCounts(oldMeta);
      expect(Math.max(...countsBefore)).toBeGreaterThan(60);

      const sizes = compactBundleIds(dir);
      expect(sizes?.after).toBeLessThan(sizes?.before ?? 0);
      const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
      expect(entry.languages.id.hash).not.toBe(entryBefore.languages.id.hash);
      expect(existsSync(path.join(dir, `pagefind.${entryBefore.languages.id.hash}.pf_meta`))).toBe(false);
      const meta = gunzipSync(readFileSync(path.join(dir, `pagefind.${entry.languages.id.hash}.pf_meta`)));
      const renamed = compactPageList(meta, 'y')?.renames.map((r) => r.from) ?? [];
      expect(wordCounts(meta)).toEqual(countsBefore.map(roundedWordCount));
      // Page n keeps its position (index chunks point at pages by position) and its fragment.
      expect(renamed).toHaveLength(40);
      expect(new Set(renamed).size).toBe(40);
      renamed.forEach((id, n) => {
        expect(id.length).toBeLessThan(9);
        const fragment = gunzipSync(readFileSync(path.join(dir, 'fragment', `${id}.pf_fragment`))).toString();
        expect(fragment).toBe(fragmentsBefore.get(oldIds[n] ?? ''));
      });
      expect(readdirSync(path.join(dir, 'fragment'))).toHaveLength(40);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await pagefind.close();
    }
  });

  it('rounds page lengths to a few values, each within a tenth of the real one, short pages exact', () => {
    const counts = Array.from({ length: 400 }, (_, i) => i + 1);
    const rounded = counts.map(roundedWordCount);
    rounded.forEach((r, i) => {
      expect(Math.abs(r - (i + 1)) / (i + 1)).toBeLessThanOrEqual(0.1);
      if (i > 0) expect(r).toBeGreaterThanOrEqual(rounded[i - 1] ?? 0);
    });
    expect(rounded.slice(0, 16)).toEqual(counts.slice(0, 16));
    expect(new Set(rounded.slice(100)).size).toBeLessThan(10);
  });

  it('leaves anything it does not recognise untouched', () => {
    expect(compactPageList(new TextEncoder().encode('not a page list'), 'x')).toBeNull();
    const text = (value: string) => new TextEncoder().encode(value);
    // Signature, then an array of [version, pages] with one page [id, word count, fragment group].
    const pageList = (group: string) =>
      Uint8Array.from([
        ...signature,
        0x82,
        0x65,
        ...text('1.6.0'),
        0x81,
        0x83,
        0x69,
        ...text('id_abc123'),
        0x05,
        0x60 + group.length,
        ...text(group),
      ]);
    expect(compactPageList(pageList('g'), 'x')).toBeNull();
    const plain = pageList('');
    expect(compactPageList(plain, 'x')?.renames).toEqual([{ from: 'id_abc123', to: 'x0' }]);
    // Cut short: an error, not a half-written list.
    expect(compactPageList(plain.subarray(0, plain.length - 3), 'x')).toBeNull();
  });
});
