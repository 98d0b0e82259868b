// The synthetic content set used for search and build benchmarks (src/bench/generate-content.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent, writeContent } from '../../src/bench/generate-content.ts';
import { loadSite } from '../../src/data/index.ts';

const options = { services: 120, gerai: 12, announcements: 15, agreements: 9, seed: 7, today: '2026-11-01' };
const out = mkdtempSync(path.join(tmpdir(), 'mpp-gen-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('generate-content', () => {
  it('writes a content set the data layer accepts without errors', async () => {
    const dir = writeContent(out, generateContent(options));
    expect(path.basename(dir)).toBe('content');
    const previous = process.env.MPP_TODAY;
    process.env.MPP_TODAY = options.today;
    const site = await loadSite(dir).finally(() => {
      if (previous === undefined) delete process.env.MPP_TODAY;
      else process.env.MPP_TODAY = previous;
    });
    expect(site.services).toHaveLength(120);
    expect(site.gerai).toHaveLength(12);
    expect(site.announcements).toHaveLength(15);
    expect(site.agreements).toHaveLength(9);
    expect(site.pages.map((p) => p.slug).sort()).toEqual(['aksesibilitas', 'faq', 'privasi', 'tentang']);
    expect(site.hours.rules.length).toBeGreaterThan(10);
    for (const s of site.services) {
      expect(s.persyaratan.length).toBeGreaterThanOrEqual(5);
      expect(s.persyaratan.length).toBeLessThanOrEqual(15);
      expect(s.alias.length).toBeGreaterThan(0);
    }
    expect(site.warnings.filter((w) => w.field === 'ditinjau')).toEqual([]);
  });

  it('is deterministic for a seed and varies with it', () => {
    const a = generateContent(options);
    expect(generateContent(options)).toEqual(a);
    expect(generateContent({ ...options, seed: 8 })).not.toEqual(a);
  });
});
