import { mkdirSync, mkdtempSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendLog, LOG_FILE, newReleaseId, prune, readLog, releaseIds, switchLink } from '../../src/admin-server/publish/releases.ts';
import { pollLink } from '../fixtures/link-poller.ts';

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'mpp-rilis-'));

function fakeReleases(dir: string, count: number): string[] {
  const ids = Array.from({ length: count }, (_, i) => `202601${String(i + 1).padStart(2, '0')}T080000Z-abcdef${i % 10}`);
  for (const id of ids) {
    mkdirSync(path.join(dir, id), { recursive: true });
    writeFileSync(path.join(dir, id, 'index.html'), id);
  }
  return ids;
}

describe('release ids', () => {
  it('sort in publish order, even for two builds within the same second', () => {
    const now = new Date('2026-12-01T08:30:00.400Z');
    const first = newReleaseId('ab12cd3ef', now, []);
    expect(first).toBe('20261201T083000Z-ab12cd3');
    const second = newReleaseId('0000000aa', new Date('2026-12-01T08:30:00.900Z'), [first]);
    expect(second > first).toBe(true);
    expect(second).toBe('20261201T083001Z-0000000');
  });

  it('ignore folders that are not releases (builds in progress, the image cache)', () => {
    const dir = temp();
    const [id] = fakeReleases(dir, 1);
    mkdirSync(path.join(dir, '.baru-20261201T083000Z-ab12cd3'));
    mkdirSync(path.join(dir, '.og-cache'));
    expect(releaseIds(dir)).toEqual([id]);
  });
});

describe('pruning', () => {
  it('keeps the newest releases and deletes the rest', () => {
    const dir = temp();
    const ids = fakeReleases(dir, 13);
    const removed = prune(dir, 10, ids[12] ?? null);
    expect(removed).toEqual(ids.slice(0, 3));
    expect(releaseIds(dir)).toEqual(ids.slice(3));
  });

  it('never deletes the live release or the one before it, even when they are old', () => {
    const dir = temp();
    const ids = fakeReleases(dir, 13);
    // After rolling back, the live release can be older than the newest ten.
    const removed = prune(dir, 10, ids[2] ?? null);
    expect(removed).toEqual([ids[0]]);
    expect(releaseIds(dir)).toEqual(ids.slice(1));
  });
});

describe('pruning after rollbacks', () => {
  it('also keeps the release that was live before the last switch', () => {
    const dir = temp();
    const ids = fakeReleases(dir, 13);
    const removed = prune(dir, 10, ids[12] ?? null, path.join(dir, ids[0]!));
    expect(removed).toEqual(ids.slice(1, 3));
    expect(releaseIds(dir)).toEqual([ids[0], ...ids.slice(3)]);
  });
});

describe('switching the live link', () => {
  it('points the link at the new folder and leaves no temporary link', () => {
    const dir = temp();
    const [a, b] = fakeReleases(dir, 2);
    const link = path.join(dir, 'live');
    switchLink(link, path.join(dir, a!));
    switchLink(link, path.join(dir, b!));
    expect(readlinkSync(link)).toBe(path.join(dir, b!));
    expect(readdirSync(dir).filter((name) => name.startsWith('live'))).toEqual(['live']);
  });

  it('refuses to replace a real folder, with an Indonesian message', () => {
    const dir = temp();
    const [a] = fakeReleases(dir, 1);
    const link = path.join(dir, 'live');
    mkdirSync(link);
    expect(() => switchLink(link, path.join(dir, a!))).toThrow(/bukan tautan/);
  });

  it('is atomic: a reader in another thread always finds a valid link while it switches', async () => {
    const dir = temp();
    const [a, b] = fakeReleases(dir, 2);
    const link = path.join(dir, 'live');
    switchLink(link, path.join(dir, a!));
    const poller = await pollLink(link);
    for (let i = 0; i < 2000; i++) switchLink(link, path.join(dir, i % 2 ? a! : b!));
    const report = await poller.stop();
    expect(report.checks).toBeGreaterThan(100);
    expect(report).toMatchObject({ failures: 0 });
  });
});

describe('publish log', () => {
  it('skips a line cut short by a crash and keeps the lines written after it', () => {
    const dir = temp();
    const entry = { at: '2026-12-01T08:30:00.000Z', actor: 'budi', action: 'terbit' as const, commit: 'a'.repeat(40), releaseId: 'x' };
    appendLog(dir, entry);
    writeFileSync(path.join(dir, LOG_FILE), `${JSON.stringify(entry)}\n{"at":"2026-12-01T`, { flag: 'w' });
    appendLog(dir, { ...entry, actor: 'ani' });
    expect(readLog(dir).map((e) => e.actor)).toEqual(['budi', 'ani']);
  });
});
