// The publisher around a server stop, without building: once shutting down it starts no
// new job; a job record left by a process that died is reported on the Terbitkan page.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publisherOptions } from '../../src/admin-server/room.ts';
import { JOB_FILE } from '../../src/admin-server/publish/job.ts';
import { createPublisher as create } from '../../src/admin-server/publish/index.ts';
import { startTestRoom } from '../fixtures/admin-room.ts';
import { makeContentRepo } from '../fixtures/publish.ts';

const { repo, head } = makeContentRepo();

function folders() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'mpp-henti-'));
  return {
    projectRoot: path.resolve('.'),
    contentRepo: repo,
    releasesDir: path.join(work, 'rilis'),
    liveLink: path.join(work, 'live'),
    previewDir: path.join(work, 'pratinjau'),
  };
}

describe('publisher shutdown', () => {
  it('refuses new publishes, previews and rollbacks once the server is stopping, in Indonesian', async () => {
    const publisher = create(folders());
    await publisher.shutdown?.();
    for (const outcome of [await publisher.publish(head, 'budi'), await publisher.preview(head, 'ani'), await publisher.rollback('budi')]) {
      expect(outcome).toMatchObject({ ok: false, busy: true });
      expect(outcome.messages).toEqual([
        'Server ruang editor sedang dihentikan atau dimulai ulang; proses baru tidak dimulai. Coba lagi sebentar lagi.',
      ]);
    }
  });

  it('reports a job whose process died, on the Terbitkan page after the restart', async () => {
    const room = await startTestRoom({
      publisher: (config) => {
        mkdirSync(config.releasesDir, { recursive: true });
        const job = { kind: 'terbit', stage: 'membangun', commit: head, actor: 'budi', startedAt: '2026-12-01T03:04:05.000Z' };
        writeFileSync(path.join(config.releasesDir, JOB_FILE), JSON.stringify(job));
        return create(publisherOptions(config));
      },
    });
    try {
      await room.user('budi', 'penerbit');
      const budi = await room.login('budi');
      const page = await (await budi.fetch('/terbit')).text();
      expect(page).toContain('Terbitkan: Gagal');
      expect(page).toContain(
        'Terbitan oleh budi (mulai 2026-12-01 03:04 UTC) terputus karena server ruang editor berhenti mendadak; situs yang tayang tidak diubah.',
      );
      // Recorded as ended, so the next restart says the same and nothing more.
      expect(JSON.parse(readFileSync(path.join(room.config.releasesDir, JOB_FILE), 'utf8'))).toMatchObject({
        stage: 'gagal',
        outcome: { ok: false, interrupted: true },
      });
    } finally {
      await room.stop();
    }
  });

  it('says the live switch was cut short when the process died while switching', () => {
    const options = folders();
    mkdirSync(options.releasesDir, { recursive: true });
    const job = { kind: 'jadwal', stage: 'mengalihkan', commit: head, actor: 'jadwal', startedAt: '2026-12-01T17:05:00.000Z' };
    writeFileSync(path.join(options.releasesDir, JOB_FILE), JSON.stringify(job));
    const publisher = create(options);
    expect(publisher.progress()?.outcome?.messages).toEqual([
      'Build ulang harian oleh jadwal (mulai 2026-12-01 17:05 UTC) terputus saat situs publik sedang dialihkan. Periksa daftar terbitan di bawah untuk melihat terbitan yang tayang sekarang.',
    ]);
  });
});
