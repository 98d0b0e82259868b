// Publishing on a real server's disks: releases on another filesystem than the checkout
// (Astro's own renames must not cross it), a disk too full to build on (one Indonesian
// sentence, nothing left behind), and a build killed halfway (its leftovers removed when
// the publisher starts again, the next publish unaffected, the kill reported).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPublisher } from '../../src/admin-server/publish/index.ts';
import { switchLink } from '../../src/admin-server/publish/releases.ts';
import type { PublisherOptions } from '../../src/admin-server/publish/types.ts';
import { mountTmpfs, type Tmpfs } from '../fixtures/mounts.ts';
import { makeContentRepo, treeHash } from '../fixtures/publish.ts';

const BUILD = 240_000;
const { repo, head } = makeContentRepo();
const mounts: Tmpfs[] = [];
const temps: string[] = [repo];

afterAll(() => {
  for (const m of mounts) m.stop();
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function optionsOn(dir: string, extra: Partial<PublisherOptions> = {}): PublisherOptions {
  return {
    projectRoot: path.resolve('.'),
    contentRepo: repo,
    releasesDir: path.join(dir, 'rilis'),
    liveLink: path.join(dir, 'live'),
    previewDir: path.join(dir, 'pratinjau'),
    env: { MPP_TODAY: '2026-06-15' },
    ...extra,
  };
}

/** A live "release" made by hand, so a failed publish has a site to leave alone. */
function fakeLive(options: PublisherOptions): string {
  const release = path.join(options.releasesDir, '20260101T000000Z-aaaaaaa');
  mkdirSync(release, { recursive: true });
  writeFileSync(path.join(release, 'index.html'), '<h1>Situs yang tayang</h1>');
  switchLink(options.liveLink, release);
  return treeHash(options.liveLink);
}

const freeBytes = (dir: string) => {
  const stat = statfsSync(dir);
  return stat.bavail * stat.bsize;
};

describe('publishing with the releases on another filesystem', () => {
  it(
    'publishes and previews onto a separate tmpfs (no EXDEV from the bundler) and leaves nothing staged in the checkout',
    async () => {
      const fs = mountTmpfs('2g');
      mounts.push(fs);
      const options = optionsOn(fs.dir);
      const publisher = createPublisher(options);
      const outcome = await publisher.publish(head, 'budi');
      expect(outcome.messages.join('\n')).not.toMatch(/EXDEV/);
      expect(outcome).toMatchObject({ ok: true });
      const live = readFileSync(path.join(options.liveLink, 'index.html'), 'utf8');
      expect(live).toContain('<html');
      expect(statSync(path.join(options.liveLink, 'index.html')).dev).toBe(statSync(fs.dir).dev);
      expect(existsSync(path.join(options.liveLink, 'layanan/ktp-el/index.html'))).toBe(true);

      const preview = await publisher.preview(head, 'ani');
      expect(preview).toMatchObject({ ok: true });
      expect(existsSync(path.join(options.previewDir, 'index.html'))).toBe(true);
      // Only releases, the share-image cache, the log and the job record stay in the releases folder.
      expect(readdirSync(options.releasesDir).filter((n) => n.startsWith('.') && n !== '.og-cache')).toEqual([]);
    },
    BUILD,
  );
});

describe('publishing on a full disk', () => {
  it(
    'refuses before building when the disk has less than the minimum free, in Indonesian, touching nothing',
    async () => {
      const fs = mountTmpfs('2m');
      mounts.push(fs);
      const options = optionsOn(fs.dir);
      const liveHash = fakeLive(options);
      const publisher = createPublisher(options);
      const outcome = await publisher.publish(head, 'budi');
      expect(outcome.ok).toBe(false);
      expect(outcome.messages).toEqual([expect.stringMatching(/^Ruang disk server penuh: tinggal [01] MB di .*rilis.*1024 MB/)]);
      expect(outcome.durationMs).toBeLessThan(5000);
      expect(treeHash(options.liveLink)).toBe(liveHash);
      expect(publisher.progress()?.outcome?.messages).toEqual(outcome.messages);
    },
    BUILD,
  );

  it(
    'a disk that fills up while building gives one Indonesian sentence (no stack trace), and every temporary folder is removed',
    async () => {
      const fs = mountTmpfs('3m');
      mounts.push(fs);
      const options = optionsOn(fs.dir, { minFreeBytes: 0 });
      const liveHash = fakeLive(options);
      const publisher = createPublisher(options);
      const before = freeBytes(fs.dir);
      const outcome = await publisher.publish(head, 'budi');
      expect(outcome.ok).toBe(false);
      expect(outcome.messages).toEqual([
        expect.stringMatching(/^Ruang disk server penuh saat menyiapkan atau membangun situs; situs yang tayang tidak diubah/),
      ]);
      expect(outcome.messages.join('\n')).not.toMatch(/ENOSPC|at async|Stack trace/);
      expect(treeHash(options.liveLink)).toBe(liveHash);
      const left = readdirSync(options.releasesDir).filter((n) => n !== '.og-cache' && n !== 'proses-terakhir.json');
      expect(left).toEqual(['20260101T000000Z-aaaaaaa']);
      // The share-image cache may keep what it drew; everything else is freed again.
      rmSync(path.join(options.releasesDir, '.og-cache'), { recursive: true, force: true });
      expect(freeBytes(fs.dir)).toBeGreaterThanOrEqual(before - 64 * 1024);
    },
    BUILD,
  );
});

describe('a build killed halfway', () => {
  it(
    'leaves nothing once the publisher starts again: the next publish works and the Terbitkan page says the killed one was interrupted',
    async () => {
      const work = mkdtempSync(path.join(os.tmpdir(), 'mpp-bunuh-'));
      const tmp = path.join(work, 'tmp');
      mkdirSync(tmp);
      temps.push(work);
      const options = optionsOn(work);
      const script = path.join(work, 'terbit.ts');
      const publisherModule = path.resolve('src/admin-server/publish/index.ts');
      writeFileSync(
        script,
        `import { createPublisher } from ${JSON.stringify(publisherModule)};\nawait createPublisher(${JSON.stringify(options)}).publish(${JSON.stringify(head)}, 'budi');\n`,
      );
      // Its own temporary folder, so anything it leaves in TMPDIR is seen.
      const child = spawn(process.execPath, [script], { env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      const building = () => readdirSync(options.releasesDir).some((n) => n.startsWith('.baru-'));
      for (let waited = 0; !(existsSync(options.releasesDir) && building()); waited += 100) {
        if (waited > 60_000) throw new Error('the build never started');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Let the bundler write a few files, then kill the publisher and its build (as the OOM killer
      // would). Not a fixed wait: the sample builds in about a second and a half on an idle machine.
      const staged = () => {
        const dir = readdirSync(options.releasesDir).find((n) => n.startsWith('.baru-'));
        return dir ? readdirSync(path.join(options.releasesDir, dir)).length : 0;
      };
      for (let waited = 0; staged() < 3 && waited < 1000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      if (child.exitCode !== null) throw new Error('the publish finished before it could be killed');
      process.kill(child.pid as number, 'SIGKILL');
      await exited;
      for (const line of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
        try {
          if (readFileSync(`/proc/${line}/environ`, 'latin1').includes(`TMPDIR=${tmp}\0`)) process.kill(Number(line), 'SIGKILL');
        } catch {
          // Gone already, or not ours to read.
        }
      }

      const publisher = createPublisher(options);
      expect(readdirSync(options.releasesDir).filter((n) => n.startsWith('.') && n !== '.og-cache')).toEqual([]);
      expect(readdirSync(tmp).filter((n) => n.startsWith('mpp-'))).toEqual([]);
      const after = publisher.progress();
      expect(after).toMatchObject({ kind: 'terbit', actor: 'budi', stage: 'gagal', outcome: { ok: false, interrupted: true } });
      expect(after?.outcome?.messages[0]).toMatch(
        /^Terbitan oleh budi \(mulai .* UTC\) terputus karena server ruang editor berhenti mendadak/,
      );

      const outcome = await publisher.publish(head, 'budi');
      expect(outcome).toMatchObject({ ok: true });
      expect(existsSync(path.join(options.liveLink, 'index.html'))).toBe(true);
    },
    BUILD,
  );
});
