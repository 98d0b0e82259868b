// The second login step as staff meet it: a login that waits for a code gives up after five
// wrong ones, an editor may switch it off only with password and code, and IT staff clear it
// from the terminal when a phone is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode, codeAt, stepAt } from '../../src/admin-server/accounts/totp.ts';
import { adminCli, type Client, PASSWORD, startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';

let room: TestRoom;
beforeAll(async () => {
  room = await startTestRoom({ overrides: { secondStep: 'admin' } });
});
afterAll(() => room?.stop());

/** Set up the second step for a logged-in client; returns a function giving the code `offset` steps from now. */
async function enrol(client: Client): Promise<(offset?: number) => string> {
  const page = await (await client.fetch('/dua-langkah')).text();
  const secret = base32Decode(/<code class="key">([A-Z2-7 ]+)<\/code>/.exec(page)?.[1] ?? '');
  if (!secret) throw new Error('no key');
  const code = (offset = 0) => codeAt(secret, stepAt(Date.now()) + offset);
  const res = await client.post('/dua-langkah', { aksi: 'aktifkan', kode: code() }, { from: '/dua-langkah' });
  if (res.status !== 303) throw new Error(`set-up failed: ${res.status}`);
  return code;
}
const wrongCode = (right: string) => (right === '000000' ? '111111' : '000000');

describe('second login step', () => {
  it('sends a login back to the password after five wrong codes, with the reason', async () => {
    await room.user('rina', 'admin', 'Rina Admin');
    const code = await enrol(await room.login('rina'));
    const client = room.client();
    expect((await client.login('rina', PASSWORD)).headers.get('location')).toBe('/masuk/kode');
    for (let i = 0; i < 4; i++)
      expect((await client.post('/masuk/kode', { kode: wrongCode(code(1)) }, { from: '/masuk/kode' })).status).toBe(401);
    const fifth = await client.post('/masuk/kode', { kode: wrongCode(code(1)) }, { from: '/masuk/kode' });
    expect(fifth.headers.get('location')).toBe('/masuk?kode=habis');
    // Even the right code no longer helps this login.
    const late = await client.post('/masuk/kode', { kode: code(1) }, { token: client.cookies.get('ruang-masuk') ?? '' });
    expect(late.headers.get('location')).toBe('/masuk?kode=habis');
    expect(await (await client.fetch('/masuk?kode=habis')).text()).toContain('Waktu memasukkan kode habis atau terlalu banyak kode salah.');
  });

  it('lets an editor switch it off only with password and code; an admin cannot', async () => {
    await room.user('sari', 'editor', 'Sari Editor');
    const sari = await room.login('sari');
    const code = await enrol(sari);
    const refused = await sari.post(
      '/dua-langkah',
      { aksi: 'matikan', password: 'salah-sekali-panjang', kode: code(1) },
      { from: '/dua-langkah' },
    );
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('verifikasi dua langkah tetap aktif');
    const off = await sari.post('/dua-langkah', { aksi: 'matikan', password: PASSWORD, kode: code(1) }, { from: '/dua-langkah' });
    expect(off.headers.get('location')).toBe('/dua-langkah?mati=1');
    expect((await room.client().login('sari', PASSWORD)).headers.get('location')).toBe('/');

    await room.user('tono', 'admin', 'Tono Admin');
    const tono = await room.login('tono');
    const tonoCode = await enrol(tono);
    const kept = await tono.post('/dua-langkah', { aksi: 'matikan', password: PASSWORD, kode: tonoCode(1) }, { from: '/dua-langkah' });
    expect(kept.status).toBe(403);
    expect(await kept.text()).toContain('wajib untuk akun Anda dan tidak dapat dimatikan');
  });

  it('is cleared by IT staff with `user reset-2fa` when a phone is lost', async () => {
    await room.user('umar', 'admin', 'Umar Admin');
    await enrol(await room.login('umar'));
    expect((await room.client().login('umar', PASSWORD)).headers.get('location')).toBe('/masuk/kode');
    const run = await adminCli(room, ['user', 'reset-2fa', 'umar']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Verifikasi dua langkah akun umar dihapus.');
    const after = await room.client().login('umar', PASSWORD);
    expect(after.headers.get('location')).toBe('/');
  });
});
