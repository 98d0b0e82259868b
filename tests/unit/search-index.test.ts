// Helpers of the build step that writes the search bundles (src/integrations/search-index.ts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexableHtml, urlOf } from '../../src/integrations/search-index.ts';
import { BUNDLE_DIRS, bundleUrl, declaredType, EAGER_TYPES, LAZY_TYPES } from '../../src/lib/search/bundles.ts';
import { RESULT_TYPES } from '../../src/lib/search/rank.ts';

describe('search bundles', () => {
  it('gives every type one bundle, services at the root', () => {
    expect(bundleUrl('layanan')).toBe('/pagefind/');
    expect(bundleUrl('pengumuman', 'http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321/pagefind/pengumuman/');
    expect(new Set(Object.values(BUNDLE_DIRS)).size).toBe(RESULT_TYPES.length);
    expect([...EAGER_TYPES, ...LAZY_TYPES, 'layanan'].sort()).toEqual([...RESULT_TYPES].sort());
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

  it('indexes a copy without the type filter and leaves everything else alone', () => {
    const html = '<article data-pagefind-body data-pagefind-filter="tipe:layanan" data-pagefind-meta="biaya:Gratis"><h1>KTP</h1></article>';
    expect(indexableHtml(html)).toBe('<article data-pagefind-body data-pagefind-meta="biaya:Gratis"><h1>KTP</h1></article>');
  });
});
