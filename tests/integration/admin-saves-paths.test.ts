// Every save goes through the room, and nothing an editor sends can exhaust it: each
// spelling of the update path is either refused with no file change or handled by the
// room's save path with a commit; names outside the content folder, devices and planted
// links are refused quickly; oversized and slow bodies are cut off with Indonesian text.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../src/admin-server/saves/limits.ts';
import type { Client } from '../fixtures/admin-room.ts';
import { startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';

let room: TestRoom;
let eka: Client;
const git = (...args: string[]) => execFileSync('git', args, { cwd: room.config.contentRepo, encoding: 'utf8' }).trim();
const file = (rel: string) => readFileSync(path.join(room.config.contentRepo, rel), 'utf8');
const exists = (rel: string) => existsSync(path.join(room.config.contentRepo, rel));

const headersMs = limits.headersMs;
beforeAll(async () => {
  // Node reads the header limit when the server starts: short here, so the test is quick.
  limits.headersMs = 1500;
  room = await startTestRoom();
  limits.headersMs = headersMs;
  await room.user('eka', 'editor', 'Eka Pratiwi');
  eka = await room.login('eka');
});
afterAll(() => room?.stop());

/** POST to a path exactly as spelled (fetch would normalise it first). */
function rawPost(
  client: Client,
  target: string,
  body: string,
  extra: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const url = new URL(client.base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: target,
        headers: {
          cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          origin: client.base,
          'content-type': 'application/json',
          'no-cors': '1',
          'content-length': String(Buffer.byteLength(body)),
          ...extra,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const updateBody = (additions: { path: string; contents: string }[], deletions: { path: string }[] = []) =>
  JSON.stringify({
    additions: additions.map((a) => ({ path: a.path, contents: Buffer.from(a.contents).toString('base64url') })),
    deletions,
  });
const baseHeader = async (paths: string[]) => ({ 'x-mpp-base': encodeURIComponent(JSON.stringify(await eka.baseOf(paths))) });

const SPELLINGS = [
  '/api/keystatic/update/',
  '/api/keystatic//update',
  '//api/keystatic/update',
  '/api/keystatic/%75pdate',
  '/api/keystatic/%2575pdate',
  '/api/%6Beystatic/update',
  '/api/keystatic/UPDATE',
  '/API/keystatic/update',
  '/api/Keystatic/update',
  '/api/keystatic/./update',
  '/api/keystatic/x/../update',
  '/api/keystatic/%2e/update',
  '/api/keystatic/tree/%2E%2E/update',
  '/keystatic/../api/keystatic/update',
  '/api/keystatic/update;x=1',
  '/api/keystatic/update%3Bx=1',
  '/api/keystatic\\update',
  '/api/keystatic%5Cupdate',
  '/api/keystatic/update%00',
  '/api/keystatic/update%2F',
  '/api/keystatic/blob/../update',
];

describe('every spelling of the update path goes through the room', () => {
  it.each(SPELLINGS)('V4.1.3 V5.1.1 deleting an in-use gerai via %s is refused; the gerai and HEAD stay', async (spelling) => {
    const gerai = 'content/gerai/imigrasi.yaml';
    const head = git('rev-parse', 'HEAD');
    const res = await rawPost(eka, spelling, updateBody([], [{ path: gerai }]), await baseHeader([gerai]));
    expect(res.status).not.toBe(200);
    expect(exists(gerai)).toBe(true);
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('status', '--porcelain')).toBe('');
  });

  it.each(SPELLINGS.map((s, i) => [s, i] as const))(
    'V4.1.3 V5.1.1 an edit via %s is either refused with no change, or committed under the editor',
    async (spelling, i) => {
      const entry = 'content/gerai/pdam.yaml';
      const before = file(entry);
      const head = git('rev-parse', 'HEAD');
      const after = before.replace(/^loket:.*$/m, `loket: Loket ${60 + i}`);
      const res = await rawPost(eka, spelling, updateBody([{ path: entry, contents: after }]), await baseHeader([entry]));
      if (res.status === 200) {
        expect(file(entry)).toBe(after);
        expect(git('log', '-1', '--format=%an|%s')).toMatch(/^Eka Pratiwi\|Ubah gerai: /);
      } else {
        expect(file(entry)).toBe(before);
        expect(git('rev-parse', 'HEAD')).toBe(head);
      }
      expect(git('status', '--porcelain')).toBe('');
    },
  );

  it('V4.1.5 refuses anything under the Keystatic API that Keystatic local mode does not use', async () => {
    for (const target of [
      '/api/keystatic/github/login',
      '/api/keystatic/blob/0000000000000000000000000000000000000000/.git/config',
      '/api/keystatic',
    ]) {
      const res = await eka.fetch(target, { headers: { 'no-cors': '1' } });
      expect(res.status, target).toBe(404);
      expect(await res.text()).toBe('Permintaan ini tidak dilayani ruang editor.');
    }
    expect((await eka.fetch('/api/keystatic/tree', { headers: { 'no-cors': '1' } })).status).toBe(200);
  });
});

describe('names an editor sends are resolved inside the content folder', () => {
  it('V12.3.1 a save naming /dev/zero through .. is refused quickly with a 400 naming the file', async () => {
    const name = 'content/gerai/../../../../../../../../dev/zero';
    const started = Date.now();
    const res = await eka.save([{ path: 'content/gerai/pdam.yaml', contents: 'nama: x\n' }], [{ path: name }], { [name]: null });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(
      `Belum tersimpan: nama berkas "${name}" tidak valid. Simpan dari formulir Konten tanpa mengubah alamatnya.`,
    );
    expect(git('status', '--porcelain')).toBe('');
  });

  it('V12.3.1 names outside the collection folders (absolute, .git, pengalihan.yaml) are refused', async () => {
    for (const name of [
      '/dev/zero',
      'content/../.git/config',
      'content/pengalihan.yaml',
      'content/gerai\\x.yaml',
      'content/gerai/a\u0000.yaml',
    ]) {
      const res = await eka.save([{ path: name, contents: 'x: 1\n' }], [], { [name]: null });
      expect(res.status, name).toBe(400);
      expect(await res.text()).toMatch(/^Belum tersimpan: nama berkas ".*" (tidak valid|di luar folder konten)\./);
    }
    expect(git('status', '--porcelain')).toBe('');
  });

  it('V12.3.2 a symlink planted in the content folder is never followed: save and blob read refused quickly', async () => {
    const link = 'content/gerai/nol.yaml';
    symlinkSync('/dev/zero', path.join(room.config.contentRepo, link));
    try {
      const started = Date.now();
      const res = await eka.save([{ path: link, contents: 'nama: x\n' }], [], { [link]: null });
      expect(Date.now() - started).toBeLessThan(3000);
      expect(res.status).toBe(400);
      expect(await res.text()).toBe(
        `Belum tersimpan: berkas "${link}" bukan berkas konten biasa (tautan, perangkat, atau terlalu besar). Hubungi staf TI.`,
      );
      const blob = await eka.fetch(`/api/keystatic/blob/${'a'.repeat(40)}/${link}`, { headers: { 'no-cors': '1' } });
      expect(blob.status).toBe(400);
      // Reference checks list the folder: the link is left out, the delete is still judged.
      const used = await eka.save([], [{ path: 'content/gerai/imigrasi.yaml' }]);
      expect(used.status).toBe(409);
    } finally {
      rmSync(path.join(room.config.contentRepo, link));
    }
  });
});

describe('Kembalikan never writes through a link', () => {
  it('V12.3.2 restoring an entry whose file was replaced by a link is refused; the link target is untouched', async () => {
    const entry = 'content/gerai/pos.yaml';
    const outside = path.join(room.dir, 'di-luar.txt');
    writeFileSync(outside, 'jangan ditimpa\n');
    const full = path.join(room.config.contentRepo, entry);
    const original = readFileSync(full);
    rmSync(full);
    symlinkSync(outside, full);
    try {
      const first = git('rev-list', '--max-parents=0', 'HEAD');
      const res = await eka.post('/riwayat/kembalikan', { commit: first, file: entry, base: 'tidak-terbaca' }, { from: '/riwayat' });
      expect(res.status).toBe(409);
      expect(await res.text()).toContain(`berkas &quot;${entry}&quot; bukan berkas konten biasa`);
      expect(readFileSync(outside, 'utf8')).toBe('jangan ditimpa\n');
    } finally {
      rmSync(full);
      writeFileSync(full, original);
    }
  });
});

describe('request size and time are bounded', () => {
  it('V12.1.1 an oversized save gets 413 with an Indonesian message and writes nothing', async () => {
    const saved = limits.saveBytes;
    limits.saveBytes = 1024 * 1024;
    try {
      const head = git('rev-parse', 'HEAD');
      const res = await rawPost(eka, '/api/keystatic/update', 'x'.repeat(2 * 1024 * 1024), await baseHeader([]));
      expect(res.status).toBe(413);
      expect(res.text).toBe('Isi simpanan terlalu besar (batas 1 MB). Perkecil berkas gambar lalu simpan lagi.');
      expect(git('rev-parse', 'HEAD')).toBe(head);
    } finally {
      limits.saveBytes = saved;
    }
  });

  it('V11.1.4 headers sent byte by byte are cut off after the header time limit', async () => {
    const url = new URL(room.url);
    const socket = connect(Number(url.port), url.hostname);
    let answer = '';
    socket.on('data', (c: Buffer) => {
      answer += c.toString('utf8');
    });
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    const started = Date.now();
    socket.write('GET /masuk HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const drip = setInterval(() => {
      if (!socket.destroyed) socket.write('X-Lambat: a\r\n');
    }, 100);
    await closed;
    clearInterval(drip);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(1400);
    expect(took).toBeLessThan(5000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('V11.1.4 a body sent byte by byte is cut off after the time limit', async () => {
    const saved = limits.bodyMs;
    limits.bodyMs = 1000;
    try {
      const url = new URL(room.url);
      const socket = connect(Number(url.port), url.hostname);
      const cookie = [...eka.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      let answer = '';
      socket.on('data', (c: Buffer) => {
        answer += c.toString('utf8');
      });
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      const started = Date.now();
      socket.write(
        `POST /api/keystatic/update HTTP/1.1\r\nHost: ${url.host}\r\nOrigin: ${room.url}\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\nno-cors: 1\r\nContent-Length: 1000\r\n\r\n`,
      );
      const drip = setInterval(() => {
        if (!socket.destroyed) socket.write('{');
      }, 100);
      await closed;
      clearInterval(drip);
      const took = Date.now() - started;
      expect(took).toBeGreaterThanOrEqual(900);
      expect(took).toBeLessThan(4000);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(answer).toContain('Simpanan terputus: data tidak selesai terkirim dalam 1 detik.');
    } finally {
      limits.bodyMs = saved;
    }
  });
});
