// "Periksa konten" in the editors' room runs the build's own content check: content that
// only the media check refuses (a PDF that carries JavaScript) or only the deployment's URL
// overrides break (MPP_TILE_URL) is reported in the room exactly as `npm run check-content`
// reports it, instead of "clean" followed by a failing publish.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestRoom } from '../fixtures/admin-room.ts';

const content = mkdtempSync(path.join(os.tmpdir(), 'mpp-periksa-'));
cpSync('content', path.join(content, 'content'), { recursive: true });
const PDF = 'media/kerja-sama/pks-bpjs-kesehatan/dokumen.pdf';
writeFileSync(
  path.join(content, 'content', PDF),
  '%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
afterAll(() => rmSync(content, { recursive: true, force: true }));

const BAD_TILES = 'http://ubin.example.go.id/{z}/{x}/{y}.png';

/** Lines "file › field: message" of `npm run check-content` on the folder, with the given environment. */
function buildReport(env: Record<string, string>): string[] {
  const result = spawnSync('npm', ['run', '-s', 'check-content'], {
    encoding: 'utf8',
    env: { ...process.env, MPP_CONTENT_DIR: path.join(content, 'content'), MPP_TODAY: '2026-06-15', ...env },
  });
  expect(result.status).toBe(1);
  return `${result.stdout}${result.stderr}`
    .split('\n')
    .filter((line) => line.startsWith('  - '))
    .map((line) => line.slice(4).replace(/^.*?content\//, 'content/'));
}

describe('Periksa konten runs the build check', () => {
  it('reports a media file only the media check refuses, and a bad MPP_TILE_URL, as the build does', async () => {
    const room = await startTestRoom({
      content: path.join(content, 'content'),
      overrides: { buildEnv: { MPP_TILE_URL: BAD_TILES, MPP_TODAY: '2026-06-15' } },
    });
    try {
      await room.user('ani', 'editor');
      const ani = await room.login('ani');
      const page = await (await ani.fetch('/periksa')).text();
      const result = await room.room.checks.current();
      // Errors and warnings alike (the build prints both).
      const roomLines = result.issues.map(
        (issue) => `${issue.raw.file.replace(/^.*?content\//, 'content/')} › ${issue.raw.field}: ${issue.raw.message}`,
      );
      const build = buildReport({ MPP_TILE_URL: BAD_TILES });
      expect(build.some((line) => line.includes(PDF) && /PDF memuat JavaScript/.test(line))).toBe(true);
      expect(build.some((line) => line.includes('MPP_TILE_URL'))).toBe(true);
      expect(roomLines.sort()).toEqual(build.sort());
      // Each one is on the page the editor sees, with its message.
      for (const issue of result.issues) {
        expect(page).toContain(issue.message.replaceAll('"', '&quot;').replaceAll("'", '&#39;'));
      }
    } finally {
      await room.stop();
    }
  }, 120_000);
});
