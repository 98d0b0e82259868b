// content/pengalihan.yaml never gets a line the content check refuses: deleting an entry
// whose slug is no valid address records no redirect (and says so in Riwayat), and
// invalid lines already in the file can be removed from Periksa konten, as a commit.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRedirects } from '../../src/lib/redirects.ts';
import type { Client } from '../fixtures/admin-room.ts';
import { startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';

const REDIRECTS = 'content/pengalihan.yaml';

let room: TestRoom;
let eka: Client;
const git = (...args: string[]) => execFileSync('git', args, { cwd: room.config.contentRepo, encoding: 'utf8' }).trim();
const file = (rel: string) => readFileSync(path.join(room.config.contentRepo, rel), 'utf8');
const redirectsText = () => {
  try {
    return file(REDIRECTS);
  } catch {
    return null;
  }
};

beforeAll(async () => {
  room = await startTestRoom();
  await room.user('eka', 'editor', 'Eka Pratiwi');
  eka = await room.login('eka');
});
afterAll(() => room?.stop());

describe('redirects the room writes', () => {
  it('deleting a gerai whose slug is not a valid address writes no invalid redirect, and Riwayat says why', async () => {
    const odd = 'content/gerai/Gerai_Lama.yaml';
    expect((await eka.save([{ path: odd, contents: file('content/gerai/pos.yaml').replace('Pos Indonesia', 'Gerai Lama') }])).status).toBe(
      200,
    );
    const res = await eka.save([], [{ path: odd }]);
    expect(res.status).toBe(200);
    expect(parseRedirects(redirectsText()).problems).toEqual([]);
    expect(redirectsText() ?? '').not.toContain('Gerai_Lama');
    expect(git('log', '-1', '--format=%s')).toBe(
      'Hapus gerai: Gerai Lama — pengalihan tidak dicatat untuk alamat lama "Gerai_Lama" karena bukan alamat yang valid (hanya huruf kecil, angka, dan tanda hubung)',
    );
  });

  it('a valid slug still gets its redirect', async () => {
    const entry = 'content/gerai/gerai-pindah.yaml';
    expect(
      (await eka.save([{ path: entry, contents: file('content/gerai/pos.yaml').replace('Pos Indonesia', 'Gerai Pindah') }])).status,
    ).toBe(200);
    expect((await eka.save([], [{ path: entry }])).status).toBe(200);
    expect(parseRedirects(redirectsText()).redirects).toContainEqual({ dari: '/gerai/gerai-pindah/', ke: '/gerai/' });
  });

  it('invalid lines already in the file are named on Periksa konten and removed by its button, as a commit', async () => {
    const broken = `pengalihan:\n  - dari: /gerai/gerai-pindah/\n    ke: /gerai/\n  - dari: /gerai/Nama Salah/\n    ke: /gerai/\n`;
    writeFileSync(path.join(room.config.contentRepo, REDIRECTS), broken);
    git('commit', '-qam', 'Pengalihan rusak dari versi lama');
    room.room.checks.refresh();
    let page = '';
    for (let i = 0; i < 100 && !page.includes('Nama Salah'); i++) {
      page = await (await eka.fetch('/periksa')).text();
      if (!page.includes('Nama Salah')) await new Promise((r) => setTimeout(r, 200));
    }
    expect(page).toContain(
      'Pengalihan alamat (content/pengalihan.yaml) › pengalihan 2 › alamat lama: alamat lama &quot;/gerai/Nama Salah/&quot; tidak valid',
    );
    expect(page).toContain('Hapus baris pengalihan yang tidak valid');

    const res = await eka.post('/periksa/pengalihan', {}, { from: '/periksa' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('1 baris pengalihan yang tidak valid dihapus dari content/pengalihan.yaml.');
    expect(parseRedirects(redirectsText()).problems).toEqual([]);
    expect(parseRedirects(redirectsText()).redirects).toEqual([{ dari: '/gerai/gerai-pindah/', ke: '/gerai/' }]);
    expect(git('log', '-1', '--format=%an|%s')).toBe(
      'Eka Pratiwi|1 baris pengalihan yang tidak valid dihapus dari content/pengalihan.yaml.',
    );
  });
});
