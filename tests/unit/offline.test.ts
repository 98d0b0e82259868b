// Build-time pieces of offline support: the build id that versions the cache, the worker
// filled in from its template (and within its 5 KB gzip budget), the manifest.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildId, webManifest, workerScript } from '../../src/lib/offline.ts';

const template = readFileSync('src/offline/sw.js', 'utf8');

describe('build id', () => {
  it('changes when any page changes, not when pages are listed in another order', () => {
    const pages: [string, string][] = [
      ['index.html', '<h1>Beranda</h1>'],
      ['panduan/kelahiran-anak/index.html', '<h1>Kelahiran anak</h1>'],
    ];
    const id = buildId(pages);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(buildId([...pages].reverse())).toBe(id);
    expect(buildId([pages[0]!, ['panduan/kelahiran-anak/index.html', '<h1>Kelahiran anak (baru)</h1>']])).not.toBe(id);
  });
});

describe('worker script', () => {
  it('carries the build id and time zone, and stays within 5 KB gzip', () => {
    const script = workerScript(template, 'abc123', 'Asia/Makassar');
    expect(script).toContain('const BUILD = "abc123";');
    expect(script).toContain('const ZONE = "Asia/Makassar";');
    expect(script).not.toContain('__');
    expect(gzipSync(script).length).toBeLessThanOrEqual(5 * 1024);
  });
});

describe('manifest', () => {
  it('names the MPP and lists PNG icons of 192 and 512 pixels', () => {
    const manifest = webManifest({ nama: 'MPP Kota Pekalongan', deskripsi: 'Contoh' });
    expect(manifest).toMatchObject({ name: 'MPP Kota Pekalongan', start_url: '/', display: 'standalone', lang: 'id' });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
  });
});
