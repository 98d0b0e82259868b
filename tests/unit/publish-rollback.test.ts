// Publisher calls that need no build: rollback order, refusals, the log and the list.
import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPublisher } from '../../src/admin-server/publish/index.ts';
import { appendLog, switchLink } from '../../src/admin-server/publish/releases.ts';
import { makeContentRepo } from '../fixtures/publish.ts';

const { repo, head } = makeContentRepo();

/** A releases folder with `ids` already published in that order, the last one live. */
function published(ids: string[]) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'mpp-batal-'));
  const options = {
    projectRoot: path.resolve('.'),
    contentRepo: repo,
    releasesDir: path.join(work, 'rilis'),
    liveLink: path.join(work, 'live'),
    previewDir: path.join(work, 'pratinjau'),
  };
  for (const [i, id] of ids.entries()) {
    mkdirSync(path.join(options.releasesDir, id), { recursive: true });
    writeFileSync(path.join(options.releasesDir, id, 'index.html'), id);
    appendLog(options.releasesDir, {
      at: `2026-11-0${i + 1}T08:00:00.000Z`,
      actor: `editor${i}`,
      action: 'terbit',
      commit: head,
      releaseId: id,
    });
    switchLink(options.liveLink, path.join(options.releasesDir, id));
  }
  return { options, publisher: createPublisher(options) };
}

describe('rollback', () => {
  it('steps back one release at a time in publish order, logging who did it', async () => {
    const ids = ['20261101T080000Z-aaaaaaa', '20261102T080000Z-bbbbbbb', '20261103T080000Z-ccccccc'];
    const { options, publisher } = published(ids);
    expect(await publisher.rollback('sari')).toMatchObject({ ok: true, releaseId: ids[1] });
    expect(readlinkSync(options.liveLink)).toBe(path.join(options.releasesDir, ids[1]!));
    expect(await publisher.rollback('sari')).toMatchObject({ ok: true, releaseId: ids[0] });
    expect(publisher.log().slice(0, 2)).toEqual([
      expect.objectContaining({ action: 'batal', actor: 'sari', releaseId: ids[0], commit: head }),
      expect.objectContaining({ action: 'batal', actor: 'sari', releaseId: ids[1] }),
    ]);
    expect(publisher.releases().map((r) => [r.id, r.live, r.actor])).toEqual([
      [ids[2], false, 'editor2'],
      [ids[1], false, 'editor1'],
      [ids[0], true, 'editor0'],
    ]);
    expect(publisher.progress()).toMatchObject({ kind: 'batal', stage: 'selesai', actor: 'sari' });
  });

  it('refuses, in Indonesian, when there is no earlier release or nothing is live', async () => {
    const { options, publisher } = published(['20261101T080000Z-aaaaaaa']);
    expect(await publisher.rollback('sari')).toMatchObject({ ok: false, messages: ['Tidak ada terbitan sebelumnya untuk dikembalikan.'] });
    expect(readlinkSync(options.liveLink)).toBe(path.join(options.releasesDir, '20261101T080000Z-aaaaaaa'));
    const empty = published([]).publisher;
    expect(await empty.rollback('sari')).toMatchObject({ ok: false, messages: ['Belum ada terbitan yang tayang.'] });
    expect(await empty.rebuildLive('jadwal')).toMatchObject({ ok: false, messages: ['Belum ada terbitan yang tayang.'] });
    expect(empty.log()).toEqual([]);
  });
});

describe('publishing a commit that does not exist', () => {
  it('refuses before building anything', async () => {
    const { options, publisher } = published([]);
    for (const ref of ['tidak-ada', '--output=/tmp/x', '']) {
      const outcome = await publisher.publish(ref, 'budi');
      expect(outcome).toMatchObject({ ok: false, messages: [`Versi konten "${ref}" tidak ditemukan di repositori konten.`] });
    }
    expect(await publisher.preview('tidak-ada', 'budi')).toMatchObject({ ok: false });
    expect(publisher.releases()).toEqual([]);
    expect(() => readlinkSync(options.liveLink)).toThrow();
  });
});

describe('a live path that is a plain folder', () => {
  it('is refused before anything is built, and left as it is', async () => {
    const { options } = published([]);
    mkdirSync(options.liveLink);
    writeFileSync(path.join(options.liveLink, 'index.html'), 'situs lama');
    // No portal code at all: any attempt to check or build would fail with another message.
    const publisher = createPublisher({ ...options, projectRoot: mkdtempSync(path.join(os.tmpdir(), 'mpp-kosong-')) });
    const outcome = await publisher.publish(head, 'budi');
    expect(outcome.ok).toBe(false);
    expect(outcome.messages[0]).toMatch(/adalah folder biasa, bukan tautan/);
    expect(readFileSync(path.join(options.liveLink, 'index.html'), 'utf8')).toBe('situs lama');
    expect(publisher.releases()).toEqual([]);
  });
});
