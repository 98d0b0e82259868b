// The synthetic content set used for search and build benchmarks (src/bench/generate-content.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent, writeContent } from '../../src/bench/generate-content.ts';
import { COMMON_DOCUMENTS } from '../../src/bench/vocabulary.ts';
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
      expect(s.persyaratan.length).toBeGreaterThanOrEqual(4);
      expect(s.persyaratan.length).toBeLessThanOrEqual(15);
      expect(s.alias.length).toBeGreaterThan(0);
    }
    expect(site.warnings.filter((w) => w.field === 'ditinjau')).toEqual([]);
    // A domain's own paperwork is asked for by many services of a few gerai, as in a real
    // catalogue: the gerai asking most for each such document asks three times as often as all.
    const common = new Set(COMMON_DOCUMENTS.map(([name]) => name));
    const documents = new Set(site.services.flatMap((s) => s.persyaratan.map((p) => p.dokumen)).filter((d) => !common.has(d)));
    const share = (list: typeof site.services, dokumen: string) =>
      list.filter((s) => s.persyaratan.some((p) => p.dokumen === dokumen)).length / list.length;
    let concentrated = 0;
    for (const dokumen of documents) {
      const overall = share(site.services, dokumen);
      const most = Math.max(
        ...site.gerai.map(
          (g) =>
            share(
              site.services.filter((s) => s.gerai.slug === g.slug),
              dokumen,
            ) || 0,
        ),
      );
      if (overall >= 0.04 && most >= 3 * overall) concentrated++;
    }
    expect(concentrated).toBeGreaterThan(5);
  });

  it('is deterministic for a seed and varies with it', () => {
    const a = generateContent(options);
    expect(generateContent(options)).toEqual(a);
    expect(generateContent({ ...options, seed: 8 })).not.toEqual(a);
  });
});
