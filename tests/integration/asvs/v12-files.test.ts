// OWASP ASVS 4.0.3 level 1, chapter V12 (files and resources), against the real editors'
// room: what an editor uploads or names in a save, and what the room serves back.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../../src/admin-server/saves/limits.ts';
import type { Client, TestRoom } from '../../fixtures/admin-room.ts';
import { postUpdate, startRoomWith } from '../../fixtures/room-setups.ts';

let room: TestRoom;
let eka: Client;
const ui = path.join(tmpdir(), `asvs-ui-${process.pid}`);

beforeAll(async () => {
  // A UI folder holding what a careless copy might leave beside the built files.
  mkdirSync(path.join(ui, '_ruang-ui', '.git'), { recursive: true });
  mkdirSync(path.join(ui, 'keystatic'), { recursive: true });
  writeFileSync(path.join(ui, 'keystatic', 'index.html'), '<!doctype html><title>Keystatic</title>');
  writeFileSync(path.join(ui, '_ruang-ui', 'app.js'), 'console.log(1);');
  for (const leftover of ['app.js.bak', 'app.js.map', 'app.ts', '.env', 'app.js~', '.git/config']) {
    writeFileSync(path.join(ui, '_ruang-ui', leftover), 'RAHASIA=1');
  }
  room = await startRoomWith([['eka', 'editor', 'Eka Editor']], { overrides: { uiDir: ui } });
  eka = await room.login('eka');
  const media = path.join(room.config.previewDir, 'media');
  mkdirSync(media, { recursive: true });
  writeFileSync(path.join(media, 'jebakan.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  writeFileSync(path.join(media, 'jebakan.html'), '<script>alert(1)</script>');
  writeFileSync(path.join(room.config.previewDir, 'index.html'), '<!doctype html><title>Pratinjau</title>');
});
afterAll(async () => {
  await room?.stop();
});

const ANNOUNCEMENT = 'content/pengumuman/uji-berkas.mdoc';
const announcement = `---\njudul: Uji berkas\ntanggal: '2026-12-01'\njenis: pengumuman\nringkasan: Uji\npenulis: DPMPTSP\n---\nIsi.\n`;

/** Files directly under the content repository's parent folder and the room's data (to see nothing escaped). */
const outside = () => readdirSync(room.dir).sort();

describe('V12 files and resources', () => {
  it('V12.1.1 a save larger than the room accepts is refused in Indonesian before it is read, and writes nothing', async () => {
    const before = outside();
    const huge = Buffer.alloc(limits.saveBytes + 1024, 'a').toString();
    const res = await postUpdate(eka, huge, { headers: { 'x-mpp-base': '%7B%7D' } });
    expect(res.status).toBe(413);
    // Plain text: Keystatic shows a refused save's body as it is, above the form.
    expect(await res.text()).toContain(`batas ${limits.saveBytes / 1024 / 1024} MB`);
    expect(outside()).toEqual(before);
  });

  it('V12.3.1 a file name in a save cannot leave the content folder', async () => {
    for (const name of [
      'content/../../lolos.txt',
      '../lolos.txt',
      '/tmp/lolos.txt',
      'content/pengumuman/../../../lolos.mdoc',
      'content\\..\\..\\lolos.txt',
    ]) {
      const res = await eka.save([{ path: name, contents: 'x' }], [], { [name]: null });
      expect(res.status, name).toBeGreaterThanOrEqual(400);
      expect(res.status, name).toBeLessThan(500);
    }
    expect(existsSync(path.join(room.dir, 'lolos.txt'))).toBe(false);
    expect(existsSync('/tmp/lolos.txt')).toBe(false);
  });

  it('V12.3.2 a name pointing at a device or through a planted link is refused quickly, not read', async () => {
    const link = path.join(room.config.contentRepo, 'content', 'pengumuman', 'tautan.mdoc');
    symlinkSync('/dev/zero', link);
    try {
      const started = Date.now();
      for (const name of ['content/../../../../../../dev/zero', 'content/pengumuman/tautan.mdoc']) {
        const res = await eka.save([{ path: name, contents: announcement }], [], { [name]: null });
        expect(res.status, name).toBeGreaterThanOrEqual(400);
        expect(res.status, name).toBeLessThan(500);
      }
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      rmSync(link);
    }
  });

  it('V12.3.3 a remote address as a file name is refused, never fetched', async () => {
    for (const name of ['http://127.0.0.1:9/konten.yaml', 'file:///etc/passwd', '//127.0.0.1/share/x.yaml']) {
      const res = await eka.save([{ path: name, contents: 'x' }], [], { [name]: null });
      expect(res.status, name).toBeGreaterThanOrEqual(400);
      expect(res.status, name).toBeLessThan(500);
    }
  });

  it('V12.3.5 shell syntax in a file name runs nothing', async () => {
    const marker = path.join(tmpdir(), `asvs-${process.pid}-berkas`);
    const name = `content/media/$(touch ${marker.replaceAll('/', '_')});touch ${marker}.png`;
    await eka.save([{ path: name, contents: 'x' }], [], { [name]: null });
    await eka.save([{ path: `content/pengumuman/\`touch ${marker}\`.mdoc`, contents: announcement }]);
    expect(existsSync(marker)).toBe(false);
  });

  it('V12.6.1 the room requests nothing from addresses in content: no outgoing HTTP client in its code', () => {
    const files = readdirSync('src/admin-server', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      expect(readFileSync(path.join('src/admin-server', file), 'utf8'), file).not.toMatch(
        /\bfetch\(|https?\.(request|get)\(|net\.connect|from 'undici'/,
      );
    }
  });

  it('V12.3.4 API answers name their own type and never let the address choose a download name', async () => {
    for (const probe of ['/api/keystatic/tree;/setup.bat', '/api/keystatic/blob/x/setup.cmd?f=1.bat', '/api/keystatic/%2e%2e/x.bat']) {
      const res = await eka.fetch(probe);
      expect(res.headers.get('content-type'), probe).toMatch(/^(application\/json|text\/plain)/);
      expect(res.headers.get('x-content-type-options'), probe).toBe('nosniff');
      expect(res.headers.get('content-disposition') ?? '', probe).not.toMatch(/\.(bat|cmd)/);
    }
  });

  it('V12.4.1 saved files land in the content repository, outside every served folder, and are not executable', async () => {
    expect((await eka.save([{ path: ANNOUNCEMENT, contents: announcement }])).status).toBe(200);
    const file = path.join(room.config.contentRepo, ANNOUNCEMENT);
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o111).toBe(0);
    for (const served of [room.config.previewDir, ui]) expect(path.relative(served, file).startsWith('..')).toBe(true);
    // Nothing of the content repository is reachable by address.
    for (const probe of [`/${ANNOUNCEMENT}`, `/pratinjau/${ANNOUNCEMENT}`, '/pratinjau/../konten/content/profil.yaml']) {
      expect((await eka.fetch(probe)).status, probe).toBe(404);
    }
  });

  it('V12.5.1 serves only the kinds of file a built site holds: no backups, sources, maps or hidden files', async () => {
    expect((await eka.fetch('/_ruang-ui/app.js')).status).toBe(200);
    expect(readdirSync(path.join(ui, '_ruang-ui')).length).toBeGreaterThan(5);
    for (const leftover of ['app.js.bak', 'app.js.map', 'app.ts', '.env', 'app.js~', '.git/config', '%2egit/config', '.%65nv']) {
      const res = await eka.fetch(`/_ruang-ui/${leftover}`);
      expect(res.status, leftover).toBe(404);
      expect(await res.text(), leftover).not.toContain('RAHASIA');
    }
  });

  it('V12.5.2 uploaded files are never run as a page: media come with a sandbox policy, unknown kinds not at all', async () => {
    const svg = await eka.fetch('/pratinjau/media/jebakan.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-security-policy')).toMatch(/script-src 'none'.*sandbox/);
    expect(svg.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await eka.fetch('/pratinjau/media/jebakan.html');
    expect(page.headers.get('content-security-policy')).toMatch(/sandbox/);
  });
});
