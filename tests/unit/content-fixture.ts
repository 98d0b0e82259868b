// Private copies of the fixture content set with files changed, for tests of the content check.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, expect } from 'vitest';
import { ContentError, loadSite } from '../../src/data/index.ts';
import { copyWithChanges } from '../fixtures/content-copies.ts';

export const FIXTURE = path.resolve('tests/fixtures/content');
const dirs: string[] = [];

/** Registers the fixed "today" and the clean-up of copies; call once at the top of a test file. */
export function registerContentCopies() {
  beforeAll(() => {
    process.env.MPP_TODAY = '2026-11-23';
  });
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
}

/** A private copy of the fixture, optionally with files changed (text, bytes or a function of the text). */
export function contentWith(changes: Record<string, string | Buffer | ((text: string) => string)> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mpp-content-'));
  dirs.push(dir);
  copyWithChanges(FIXTURE, dir, changes);
  return dir;
}

/** The content check's message for a folder that must be rejected. */
export async function errorsOf(dir: string): Promise<string> {
  try {
    await loadSite(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected the content to be rejected');
}
