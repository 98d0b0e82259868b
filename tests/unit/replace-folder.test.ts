// Replacing a folder as a whole (src/disk/replace-folder.ts), as `npm run build`, the
// publisher and content migrations use it: the target changes only to a complete new
// folder, the old one goes only after the new one is in place, and a rename across
// filesystems (EXDEV, simulated by a rename that refuses to cross) becomes a copy.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildInFreshFolder, replaceFolder, TargetNotMovable } from '../../src/disk/replace-folder.ts';

let root: string;
let target: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'mpp-replace-'));
  target = path.join(root, 'dist');
  site(target, 'lama');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A small "site": index.html saying `word`, and a nested page. */
function site(dir: string, word: string) {
  mkdirSync(path.join(dir, 'layanan'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), `<h1>${word}</h1>`);
  writeFileSync(path.join(dir, 'layanan', 'index.html'), `<p>${word}</p>`);
}
const page = (dir: string) => readFileSync(path.join(dir, 'index.html'), 'utf8');

/** rename(2) that fails like a rename across filesystems when its source lies in `foreign`. */
function crossDeviceFrom(foreign: string) {
  const calls: string[] = [];
  const rename = (from: string, to: string) => {
    calls.push(`${path.basename(from)} → ${path.basename(to)}`);
    if (from.startsWith(`${foreign}${path.sep}`)) throw Object.assign(new Error(`EXDEV: ${from}`), { code: 'EXDEV' });
    renameSync(from, to);
  };
  return { rename, calls };
}

describe('replaceFolder', () => {
  it('puts the new folder in place and removes the old one only after it, leaving nothing beside it', async () => {
    const next = path.join(root, 'dist.next-1');
    site(next, 'baru');
    await replaceFolder(next, target);
    expect(page(target)).toBe('<h1>baru</h1>');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('keeps the old folder untouched when the new one is missing', async () => {
    await expect(replaceFolder(path.join(root, 'dist.next-1'), target)).rejects.toThrow(/does not exist/);
    expect(page(target)).toBe('<h1>lama</h1>');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('puts the old folder back when the new one cannot be renamed into place', async () => {
    const next = path.join(root, 'dist.next-1');
    site(next, 'baru');
    const rename = (from: string, to: string) => {
      if (from === next) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      renameSync(from, to);
    };
    await expect(replaceFolder(next, target, { rename })).rejects.toThrow('EACCES');
    expect(page(target)).toBe('<h1>lama</h1>');
    expect(readdirSync(root).sort()).toEqual(['dist', 'dist.next-1']);
  });

  it('reports a target that cannot be moved aside (a mount point) without changing it', async () => {
    const next = path.join(root, 'dist.next-1');
    site(next, 'baru');
    const rename = (from: string, to: string) => {
      if (from === target) throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
      renameSync(from, to);
    };
    await expect(replaceFolder(next, target, { rename })).rejects.toBeInstanceOf(TargetNotMovable);
    expect(page(target)).toBe('<h1>lama</h1>');
  });

  it('copies a new folder that lies on another filesystem (EXDEV) beside the target, then swaps it in by rename', async () => {
    const scratch = mkdtempSync(path.join(root, 'scratch-'));
    const next = path.join(scratch, 'keluaran');
    site(next, 'baru');
    symlinkSync('layanan/index.html', path.join(next, 'pintasan.html'));
    const { rename, calls } = crossDeviceFrom(scratch);
    await replaceFolder(next, target, { rename });
    expect(page(target)).toBe('<h1>baru</h1>');
    expect(readFileSync(path.join(target, 'layanan', 'index.html'), 'utf8')).toBe('<p>baru</p>');
    expect(readlinkSync(path.join(target, 'pintasan.html'))).toBe('layanan/index.html');
    expect(existsSync(next)).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['dist', path.basename(scratch)]);
    // The old site was away only for the last same-filesystem rename, not during the copy.
    expect(calls.at(-2)).toBe(`dist → dist.old-${process.pid}`);
    expect(calls.at(-1)).toBe(`dist.new-${process.pid} → dist`);
  });

  it('keeps the old folder and removes the partial copy when copying across filesystems fails', async () => {
    const scratch = mkdtempSync(path.join(root, 'scratch-'));
    const next = path.join(scratch, 'keluaran');
    site(next, 'baru');
    const { rename: crossing } = crossDeviceFrom(scratch);
    const rename = (from: string, to: string) => {
      if (from.endsWith(`.new-${process.pid}`)) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      crossing(from, to);
    };
    await expect(replaceFolder(next, target, { rename })).rejects.toThrow('ENOSPC');
    expect(page(target)).toBe('<h1>lama</h1>');
    expect(readdirSync(root).sort()).toEqual(['dist', path.basename(scratch)]);
  });
});

describe('buildInFreshFolder', () => {
  it('swaps in a complete render and leaves no work folder', async () => {
    const replaced = await buildInFreshFolder(target, (dir) => {
      site(dir, 'baru');
      return true;
    });
    expect(replaced).toBe(true);
    expect(page(target)).toBe('<h1>baru</h1>');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('leaves the target byte for byte when the render reports it incomplete', async () => {
    const replaced = await buildInFreshFolder(target, (dir) => {
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'setengah.html'), '');
      return false;
    });
    expect(replaced).toBe(false);
    expect(page(target)).toBe('<h1>lama</h1>');
    expect(readdirSync(target).sort()).toEqual(['index.html', 'layanan']);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('leaves the target when the render throws or writes nothing', async () => {
    await expect(
      buildInFreshFolder(target, () => {
        throw new Error('render gagal');
      }),
    ).rejects.toThrow('render gagal');
    expect(await buildInFreshFolder(target, () => true)).toBe(false);
    expect(page(target)).toBe('<h1>lama</h1>');
    expect(readdirSync(root)).toEqual(['dist']);
  });
});
