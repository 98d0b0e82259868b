// Technical settings of Profil MPP (site address, coordinates, map tiles, queue API) are
// changed by admins only: an editor's or penerbit's save that changes one is refused with
// 409 in Indonesian, naming the field and whom to ask, and writes nothing; their other
// changes to the profile save as before.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../fixtures/admin-room.ts';
import { startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';

const PROFILE = 'content/profil.yaml';
let room: TestRoom;
let eka: Client;
let putri: Client;
let ali: Client;
const git = (...args: string[]) => execFileSync('git', args, { cwd: room.config.contentRepo, encoding: 'utf8' }).trim();
const file = (rel: string) => readFileSync(path.join(room.config.contentRepo, rel), 'utf8');
const TILES = /^ {2}tileUrl: .*$/m;

beforeAll(async () => {
  room = await startTestRoom();
  await room.user('eka', 'editor', 'Eka Pratiwi');
  await room.user('putri', 'penerbit', 'Putri Penerbit');
  await room.user('ali', 'admin', 'Ali Admin');
  eka = await room.login('eka');
  putri = await room.login('putri');
  ali = await room.login('ali');
});
afterAll(() => room?.stop());

describe('technical settings in Profil MPP', () => {
  it('V4.1.3 refuses an editor changing the map tile URL with 409, naming the field and the admin, writing nothing', async () => {
    const before = file(PROFILE);
    const head = git('rev-parse', 'HEAD');
    const res = await eka.save([
      { path: PROFILE, contents: before.replace(TILES, '  tileUrl: https://ubin.contoh.invalid/{z}/{x}/{y}.png') },
    ]);
    expect(res.status).toBe(409);
    const text = await res.text();
    expect(text).toMatch(/^Belum tersimpan: pengaturan teknis Profil MPP \(Peta › [^)]+\) hanya boleh diubah admin/);
    expect(text).toContain('Minta Ali Admin mengubahnya.');
    expect(file(PROFILE)).toBe(before);
    expect(git('rev-parse', 'HEAD')).toBe(head);
  });

  it('V4.1.3 refuses a penerbit changing the coordinates and the queue API address', async () => {
    const before = file(PROFILE);
    const changed = before
      .replace(/^ {2}lintang: .*$/m, '  lintang: -6.9')
      .replace(/^ {2}apiUrl: .*$/m, '  apiUrl: https://antrean.contoh.invalid/api');
    const res = await putri.save([{ path: PROFILE, contents: changed }]);
    expect(res.status).toBe(409);
    const text = await res.text();
    expect(text).toContain('Koordinat lokasi › Lintang (latitude)');
    expect(text).toContain('Antrean langsung › URL API antrean');
    expect(file(PROFILE)).toBe(before);
  });

  it("saves an editor's change to other profile fields, and an admin's change to a technical one", async () => {
    const mine = file(PROFILE).replace(/^nama: .*$/m, 'nama: Mal Pelayanan Publik Kota Pekalongan Baru');
    expect((await eka.save([{ path: PROFILE, contents: mine }])).status).toBe(200);
    const tiles = file(PROFILE).replace(TILES, '  tileUrl: https://ubin.contoh.invalid/{z}/{x}/{y}.png');
    expect((await ali.save([{ path: PROFILE, contents: tiles }])).status).toBe(200);
    expect(file(PROFILE)).toContain('ubin.contoh.invalid');
    expect(file(PROFILE)).toContain('Kota Pekalongan Baru');
  });
});
