// "Periksa konten" must describe the commit the editor just saved, never the one before it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChecks } from '../../src/admin-server/checks/checks.ts';

const repo = mkdtempSync(path.join(tmpdir(), 'mpp-checks-'));
cpSync('content', path.join(repo, 'content'), { recursive: true });
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('content checks in the editors room', () => {
  it('runs again when HEAD moved, even if the post-save refresh has not started yet', async () => {
    let head = 'aaaaaaa1';
    const checks = createChecks(
      repo,
      async () => head,
      (file) => readFileSync(path.join(repo, file), 'utf8'),
    );
    const first = await checks.current();
    expect(first.commit).toBe('aaaaaaa1');
    expect(first.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(await checks.current()).toBe(first);

    const hours = path.join(repo, 'content/jam-layanan.yaml');
    writeFileSync(hours, readFileSync(hours, 'utf8').replace("mulai: '13.00'", "mulai: '16.00'"));
    head = 'bbbbbbb2';
    const second = await checks.current();
    expect(second.commit).toBe('bbbbbbb2');
    const errors = second.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.entryTitle, ...i.labels].join(' › '))).toEqual(['Jam layanan › Jadwal mingguan › Jumat › rentang 2']);
  });
});
