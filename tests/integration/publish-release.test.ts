// The publisher against real builds and Debian's nginx: publish, switch, rollback, bad
// content, a build that fails while rendering, pruning, one build at a time, preview.
// Builds are shared between assertions: four in all (one of them fails early).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublisher, previousLinkOf } from '../../src/admin-server/publish/index.ts';
import type { Publisher, PublisherOptions } from '../../src/admin-server/publish/types.ts';
import { pollLink } from '../fixtures/link-poller.ts';
import { type RunningNginx, startNginx } from '../fixtures/nginx.ts';
import { commitEdit, makeContentRepo, treeHash } from '../fixtures/publish.ts';

const BUILD = 180_000;
const SECOND_RELEASE_TEXT = 'Kalimat uji terbitan kedua.';

const work = mkdtempSync(path.join(os.tmpdir(), 'mpp-terbit-uji-'));
const { repo, head: first } = makeContentRepo();
const second = commitEdit(repo, 'halaman/tentang.mdoc', (text) => `${text.trimEnd()}\n\n${SECOND_RELEASE_TEXT}\n`);
const broken = commitEdit(repo, 'layanan/ktp-el.yaml', (text) => text.replace(/^gerai: dukcapil$/m, 'gerai: capil'));
const options: PublisherOptions = {
  projectRoot: path.resolve('.'),
  contentRepo: repo,
  releasesDir: path.join(work, 'releases'),
  liveLink: path.join(work, 'live'),
  previewDir: path.join(work, 'preview'),
  env: { MPP_TODAY: '2026-06-15' },
};

let publisher: Publisher;
let nginx: RunningNginx;
const firstSite: Record<string, Buffer> = {};
let firstHash = '';

const get = async (pathname: string) => {
  const response = await fetch(`${nginx.url}${pathname}`);
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
};
const htmlFiles = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
const releaseFolders = () => readdirSync(options.releasesDir).sort();

beforeAll(async () => {
  publisher = createPublisher(options);
  nginx = await startNginx({ root: options.liveLink });
});

afterAll(async () => {
  await nginx?.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
});

describe('publishing a content commit', () => {
  it(
    'puts the commit live behind nginx, and refuses a second build while one runs',
    async () => {
      const running = publisher.publish(first, 'budi');
      const started = performance.now();
      const refused = await publisher.publish(second, 'ani');
      const refusedPreview = await publisher.preview(second, 'ani');
      expect(performance.now() - started).toBeLessThan(1000);
      expect(refused).toMatchObject({ ok: false, busy: true });
      expect(refused.messages[0]).toMatch(/^Sedang ada terbitan yang berjalan \(oleh budi/);
      expect(refusedPreview).toMatchObject({ ok: false, busy: true });
      expect(publisher.progress()).toMatchObject({ kind: 'terbit', actor: 'budi', commit: first });

      const outcome = await running;
      expect(outcome.messages.join('\n')).not.toMatch(/Konten tidak valid/);
      expect(outcome).toMatchObject({ ok: true });
      expect(publisher.progress()).toMatchObject({ kind: 'terbit', stage: 'selesai', outcome: { ok: true } });
      expect(publisher.releases()).toEqual([expect.objectContaining({ id: outcome.releaseId, commit: first, actor: 'budi', live: true })]);
      expect(publisher.log()).toEqual([
        expect.objectContaining({ action: 'terbit', actor: 'budi', commit: first, releaseId: outcome.releaseId }),
      ]);

      for (const page of ['/', '/tentang/', '/layanan/ktp-el/', '/og/beranda.png']) {
        const { status, body } = await get(page);
        expect(status, page).toBe(200);
        firstSite[page] = body;
      }
      expect(firstSite['/tentang/']?.toString()).not.toContain(SECOND_RELEASE_TEXT);
      firstHash = treeHash(options.liveLink);
    },
    BUILD,
  );

  it(
    'switches to a second release atomically, and prunes to the newest ten',
    async () => {
      // Ten releases older than the live one, as if published months ago.
      for (let i = 0; i < 10; i++) mkdirSync(path.join(options.releasesDir, `202001${String(i + 10)}T080000Z-0000000`));
      const poller = await pollLink(options.liveLink);
      const outcome = await publisher.publish(second, 'ani');
      const report = await poller.stop();
      expect(outcome).toMatchObject({ ok: true });
      expect(report.checks).toBeGreaterThan(100);
      expect(report).toMatchObject({ failures: 0 });

      expect((await get('/tentang/')).body.toString()).toContain(SECOND_RELEASE_TEXT);
      const releases = publisher.releases();
      expect(releases).toHaveLength(10);
      expect(releases.slice(0, 2)).toEqual([
        expect.objectContaining({ commit: second, actor: 'ani', live: true }),
        expect.objectContaining({ commit: first, actor: 'budi', live: false }),
      ]);
      // Pages opened before the switch still find their assets in the release live before.
      expect(readlinkSync(previousLinkOf(options.liveLink))).toBe(path.join(options.releasesDir, releases[1]!.id));
      expect(releases.map((r) => r.id)).not.toContain('20200110T080000Z-0000000');
      expect(releases.map((r) => r.id)).not.toContain('20200111T080000Z-0000000');
    },
    BUILD,
  );

  it('rolls back to the previous release, byte for byte, and logs it', async () => {
    const outcome = await publisher.rollback('sari');
    expect(outcome).toMatchObject({ ok: true, releaseId: publisher.releases()[1]?.id });
    expect(treeHash(options.liveLink)).toBe(firstHash);
    expect(readlinkSync(previousLinkOf(options.liveLink))).toBe(path.join(options.releasesDir, publisher.releases()[0]!.id));
    for (const [page, body] of Object.entries(firstSite)) expect((await get(page)).body.equals(body), page).toBe(true);
    expect(publisher.log()[0]).toMatchObject({ action: 'batal', actor: 'sari', commit: first });
    expect(publisher.releases()[1]).toMatchObject({ commit: first, actor: 'budi', live: true });
  });

  it("refuses invalid content with the check's message naming file and field; the live site is untouched", async () => {
    const before = { hash: treeHash(options.liveLink), folders: releaseFolders(), log: publisher.log() };
    const outcome = await publisher.publish(broken, 'budi');
    expect(outcome.ok).toBe(false);
    expect(outcome.messages[0]).toBe('Konten tidak valid; situs yang tayang tidak diubah.');
    expect(outcome.messages).toContain(
      '- content/layanan/ktp-el.yaml › gerai: gerai "capil" tidak ditemukan (tidak ada entri gerai/capil)',
    );
    expect(publisher.progress()).toMatchObject({ stage: 'gagal', commit: broken });
    expect(treeHash(options.liveLink)).toBe(before.hash);
    expect(releaseFolders()).toEqual(before.folders);
    expect(publisher.log()).toEqual(before.log);
  });

  it(
    'keeps the live site when the build fails while rendering, and leaves no half-built release',
    async () => {
      // Valid content, but one page throws while rendering (the layout's test hook): the check
      // passes, rendering fails.
      const misconfigured = createPublisher({ ...options, env: { ...options.env, MPP_TEST_FAIL_PAGE: '/gerai/' } });
      const before = { hash: treeHash(options.liveLink), folders: releaseFolders(), log: publisher.log() };
      const outcome = await misconfigured.rebuildLive('jadwal');
      expect(outcome.ok).toBe(false);
      expect(outcome.messages[0]).toMatch(/^Build situs gagal setelah \d+ detik; situs yang tayang tidak diubah/);
      expect(outcome.messages.slice(1).join('\n')).toMatch(/MPP_TEST_FAIL_PAGE: \/gerai\//);
      expect(misconfigured.progress()).toMatchObject({ kind: 'jadwal', stage: 'gagal', commit: first });
      expect(treeHash(options.liveLink)).toBe(before.hash);
      expect(releaseFolders()).toEqual(before.folders);
      expect(publisher.log()).toEqual(before.log);
      expect((await get('/tentang/')).body.equals(firstSite['/tentang/']!)).toBe(true);
    },
    BUILD,
  );

  it(
    'builds a preview with the banner and noindex on every page, in its own folder; live pages have neither',
    async () => {
      const liveBefore = treeHash(options.liveLink);
      const outcome = await publisher.preview(second, 'ani');
      expect(outcome).toMatchObject({ ok: true });
      expect(publisher.progress()).toMatchObject({ kind: 'pratinjau', stage: 'selesai' });
      const previewPages = htmlFiles(options.previewDir);
      expect(previewPages.length).toBeGreaterThan(100);
      for (const html of previewPages) {
        expect(html).toContain('Pratinjau — belum terbit');
        expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
      }
      expect(readFileSync(path.join(options.previewDir, 'tentang/index.html'), 'utf8')).toContain(SECOND_RELEASE_TEXT);
      expect(readFileSync(path.join(options.previewDir, 'robots.txt'), 'utf8')).toMatch(/Disallow: \//);
      expect(realpathSync(options.previewDir).startsWith(realpathSync(options.releasesDir))).toBe(false);

      expect(treeHash(options.liveLink)).toBe(liveBefore);
      for (const html of htmlFiles(options.liveLink)) {
        expect(html).not.toContain('Pratinjau — belum terbit');
        expect(html).not.toContain('noindex');
      }
    },
    BUILD,
  );
});
