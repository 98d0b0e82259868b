// Replacing a whole folder: the new content is made in a separate folder and put in the
// target's place only when it is complete, and the old folder is removed only after the new
// one is in place, so a failure at any step leaves the target as it was. Shared by
// `npm run build` (dist/), the publisher (a site built on the checkout's disk moved onto the
// releases disk) and content migrations (a checked copy replacing the content folder).
// Plain node:fs: two renames, a copy when they cross filesystems, and a removal.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';

export interface ReplaceOptions {
  /** Where the old folder waits until the new one is in place; default `<target>.old-<pid>`. */
  aside?: string;
  /** rename(2); replaceable so a test can make it fail as it does across filesystems (EXDEV). */
  rename?: (from: string, to: string) => void;
}

/** The target itself could not be moved aside (e.g. it is a mount point); nothing was changed. */
export class TargetNotMovable extends Error {
  readonly target: string;
  constructor(target: string, options: { cause: unknown }) {
    super(`${target} cannot be moved aside`, options);
    this.target = target;
  }
}

const isCrossDevice = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'EXDEV';

/** Renames `from` into `target`'s place, `target` first moved to `aside`; on failure `target` is put back. */
function swap(from: string, target: string, aside: string, rename: (from: string, to: string) => void): void {
  const hadTarget = existsSync(target);
  if (hadTarget) {
    try {
      rename(target, aside);
    } catch (error) {
      throw new TargetNotMovable(target, { cause: error });
    }
  }
  try {
    rename(from, target);
  } catch (error) {
    if (hadTarget) rename(aside, target);
    throw error;
  }
}

/**
 * Put the folder `next` in the place of `target` (which may not exist yet). `target` is
 * missing only between two renames on its own filesystem: when `next` is on another one
 * (rename fails with EXDEV) it is first copied beside `target`, then swapped in. On failure
 * `target` is as it was and the copy is gone; `next` may remain for the caller to remove.
 */
export async function replaceFolder(next: string, target: string, options: ReplaceOptions = {}): Promise<void> {
  const rename = options.rename ?? renameSync;
  const aside = options.aside ?? `${target}.old-${process.pid}`;
  if (!existsSync(next)) throw new Error(`${next} does not exist`);
  try {
    swap(next, target, aside, rename);
  } catch (error) {
    if (!isCrossDevice(error)) throw error;
    const copy = `${target}.new-${process.pid}`;
    try {
      rmSync(copy, { recursive: true, force: true });
      await cp(next, copy, { recursive: true, verbatimSymlinks: true });
      swap(copy, target, aside, rename);
    } catch (copyError) {
      rmSync(copy, { recursive: true, force: true });
      throw copyError;
    }
    rmSync(next, { recursive: true, force: true });
  }
  rmSync(aside, { recursive: true, force: true });
}

/**
 * Render into a fresh folder beside `target` (`<target>.next-<pid>`) and swap it in only
 * when `render` reports success; otherwise the fresh folder is removed and `target` is left
 * byte for byte. Returns whether `target` was replaced.
 */
export async function buildInFreshFolder(
  target: string,
  render: (dir: string) => boolean | Promise<boolean>,
  options: ReplaceOptions = {},
): Promise<boolean> {
  const next = `${target}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  let replaced = false;
  try {
    if ((await render(next)) && existsSync(next)) {
      await replaceFolder(next, path.resolve(target), options);
      replaced = true;
    }
  } finally {
    if (!replaced) rmSync(next, { recursive: true, force: true });
  }
  return replaced;
}
