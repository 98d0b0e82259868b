// OWASP ASVS 4.0.3 level 1, chapter V2 (authentication), walked item by item against the
// real editors' room on loopback. Items that do not apply are listed, with why, in
// ./items.ts and in deploy/README.md ("Apa yang dijaga ruang editor").
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccounts } from '../../../src/admin-server/accounts/accounts.ts';
import { openDatabase } from '../../../src/admin-server/db.ts';
import { passwordProblem } from '../../../src/admin-server/accounts/password.ts';
import { PASSWORD, type TestRoom } from '../../fixtures/admin-room.ts';
import { startRoomWith } from '../../fixtures/room-setups.ts';

let room: TestRoom;
beforeAll(async () => {
  room = await startRoomWith([
    ['eka', 'editor', 'Eka Editor'],
    ['ali', 'admin', 'Ali Admin'],
  ]);
});
afterAll(() => room?.stop());

const SCRIPT = readFileSync(new URL('../../../src/admin-server/ruang-sandi.js', import.meta.url), 'utf8');

/** An account `username` with `password`, added by the admin through the room itself. */
async function addThroughRoom(username: string, password: string) {
  const admin = await room.login('ali');
  return admin.post('/akun/tambah', { username, name: `Uji ${username}`, role: 'editor', password }, { from: '/akun' });
}

/** Run the room's password script on a page's HTML, as a browser would. */
function withScript(page: string): JSDOM {
  const dom = new JSDOM(page, { runScripts: 'outside-only' });
  dom.window.eval(SCRIPT);
  return dom;
}

describe('V2.1 password security', () => {
  it('V2.1.1 refuses passwords shorter than 12 characters', async () => {
    const res = await addThroughRoom('pendek', 'aB3$kd9!x2');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Kata sandi minimal 12 karakter.');
    expect(room.room.accounts.find('pendek')).toBeUndefined();
  });

  it('V2.1.2 accepts passwords of 64 and 128 characters, refuses over 128', async () => {
    const long = (n: number) => Array.from({ length: n }, (_, i) => 'tenang-sungai-biru-Kajen '[i % 25]).join('');
    expect((await addThroughRoom('panjang64', long(64))).status).toBe(303);
    expect((await addThroughRoom('panjang128', long(128))).status).toBe(303);
    const res = await addThroughRoom('panjang129', long(129));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Kata sandi maksimal 128 karakter.');
  });

  it('V2.1.3 never truncates: a password differing only in its 100th character does not log in', async () => {
    const password = `${'gerai-sepi-di-pagi-hari-'.repeat(4)}zzzz`;
    expect(password.length).toBe(100);
    await room.room.accounts.add('utuh', 'Uji Utuh', 'editor', password);
    expect((await room.client().login('utuh', `${password.slice(0, 99)}y`)).status).toBe(401);
    expect((await room.client().login('utuh', password)).status).toBe(303);
  });

  it('V2.1.4 accepts any printable Unicode, spaces and emoji included', async () => {
    const password = 'Sabtu pagi 🌧️ di Kajen: ngopi ☕ dulu, ya — تمام';
    expect((await addThroughRoom('unicode', password)).status).toBe(303);
    expect((await room.client().login('unicode', password)).status).toBe(303);
  });

  it('V2.1.5 every account can change its own password', async () => {
    await room.user('ganti', 'editor');
    const client = await room.login('ganti');
    const next = 'pohon-mangga-berbuah-lebat-sekali';
    const res = await client.post('/sandi', { current: PASSWORD, next, repeat: next }, { from: '/sandi' });
    expect(res.status).toBe(303);
    expect(await (await client.fetch(res.headers.get('location') ?? '')).text()).toContain('Kata sandi sudah diganti.');
    expect((await room.client().login('ganti', PASSWORD)).status).toBe(401);
    expect((await room.client().login('ganti', next)).status).toBe(303);
  });

  it('V2.1.6 a password change needs the current password, and ends the account’s other sessions', async () => {
    await room.user('curi', 'editor');
    const owner = await room.login('curi');
    const thief = await room.login('curi');
    const next = 'lampu-merah-di-simpang-lima';
    const wrong = await thief.post('/sandi', { current: 'bukan-sandi-yang-benar', next, repeat: next }, { from: '/sandi' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Kata sandi sekarang salah.');
    expect((await owner.post('/sandi', { current: PASSWORD, next, repeat: next }, { from: '/sandi' })).status).toBe(303);
    expect((await owner.fetch('/')).status).toBe(200);
    expect((await thief.fetch('/')).status).toBe(303);
  });

  it('V2.1.7 refuses leaked and easily guessed passwords, with a reason in Indonesian', async () => {
    expect(passwordProblem('password1234')).toContain('daftar kata sandi yang sering dipakai dan bocor');
    expect(passwordProblem('qwertyuiop123')).toMatch(/mudah ditebak|bocor/);
    // Long, but a city and a year: Indonesian words count too.
    expect(passwordProblem('pekalongan2024')).toContain('terlalu mudah ditebak');
    // The account's own name is the first thing an attacker tries.
    expect(passwordProblem('budi-santoso')).toBeNull();
    expect(passwordProblem('budi-santoso', ['budi', 'santoso'])).toContain('terlalu mudah ditebak');
    const res = await addThroughRoom('bocor', 'iloveyou1234');
    expect(res.status).toBe(400);
    expect(room.room.accounts.find('bocor')).toBeUndefined();
  });

  it('V2.1.8 a strength meter follows a new password as it is typed', async () => {
    const client = await room.login('eka');
    const dom = withScript(await (await client.fetch('/sandi')).text());
    const input = dom.window.document.querySelector<HTMLInputElement>('#sandi-baru');
    const meter = dom.window.document.querySelector('#sandi-baru-kekuatan');
    expect(input?.getAttribute('aria-describedby')).toContain('sandi-baru-kekuatan');
    const type = (value: string) => {
      if (!input) throw new Error('no field');
      input.value = value;
      input.dispatchEvent(new dom.window.Event('input'));
      return meter?.textContent;
    };
    expect(type('pendek')).toBe('Kekuatan: Terlalu pendek (minimal 12 karakter)');
    expect(type('abcdefghijkl')).toBe('Kekuatan: Lemah');
    expect(type('kopi tubruk pagi di alun-alun Kajen')).toBe('Kekuatan: Kuat');
  });

  it('V2.1.9 sets no composition rules: a lowercase passphrase without digits or symbols is accepted', async () => {
    expect(passwordProblem('kereta malam melintas sawah')).toBeNull();
    expect((await addThroughRoom('frasa', 'kereta malam melintas sawah')).status).toBe(303);
  });

  it('V2.1.10 passwords never expire and no history rule applies: a two-year-old password still logs in', async () => {
    const twoYearsAgo = Date.now() - 2 * 365 * 24 * 3600_000;
    await room.room.accounts.add('lama', 'Uji Lama', 'editor', PASSWORD);
    room.room.db.prepare('UPDATE users SET created_at = ?, updated_at = ? WHERE username = ?').run(twoYearsAgo, twoYearsAgo, 'lama');
    const res = await room.client().login('lama', PASSWORD);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });

  it('V2.1.11 password fields let password managers fill and paste', async () => {
    const login = new JSDOM(await (await room.client().fetch('/masuk')).text()).window.document;
    expect(login.querySelector('#username')?.getAttribute('autocomplete')).toBe('username');
    expect(login.querySelector('#password')?.getAttribute('autocomplete')).toBe('current-password');
    const client = await room.login('eka');
    const change = new JSDOM(await (await client.fetch('/sandi')).text()).window.document;
    expect(change.querySelector('#sandi-baru')?.getAttribute('autocomplete')).toBe('new-password');
    for (const field of [...login.querySelectorAll('input'), ...change.querySelectorAll('input')]) {
      for (const attr of ['onpaste', 'oncopy', 'oncut', 'ondrop']) expect(field.hasAttribute(attr)).toBe(false);
    }
    // No inline script can block paste either: the page's CSP allows the room's own file only.
    expect((await room.client().fetch('/masuk')).headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
  });

  it('V2.1.12 "Tampilkan kata sandi" shows the masked password on demand', async () => {
    const dom = withScript(await (await room.client().fetch('/masuk')).text());
    const input = dom.window.document.querySelector<HTMLInputElement>('#password');
    const reveal = dom.window.document.querySelector<HTMLInputElement>('label.reveal input');
    expect(dom.window.document.querySelector('label.reveal')?.textContent).toContain('Tampilkan kata sandi');
    reveal?.click();
    expect(input?.type).toBe('text');
    reveal?.click();
    expect(input?.type).toBe('password');
  });
});

describe('V2.2 general authenticator security', () => {
  it('V2.2.1 wrong passwords from many addresses slow the attacker, never lock out the owner’s own browser', async () => {
    const proxied = await startRoomWith([['pemilik', 'editor', 'Uji pemilik']], { overrides: { trustProxy: true } });
    try {
      const owner = await proxied.login('pemilik');
      await owner.post('/keluar', {});
      const from = async (client: ReturnType<typeof proxied.client>, address: string, password: string) => {
        const token = await client.token('/masuk');
        return client.fetch('/masuk', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-real-ip': address },
          body: new URLSearchParams({ _csrf: token, username: 'pemilik', password }).toString(),
        });
      };
      const answers: number[] = [];
      for (let i = 0; i < 15; i++) answers.push((await from(proxied.client(), `203.0.113.${i}`, `tebakan-${i}-salah`)).status);
      expect(answers.slice(-3)).toEqual([429, 429, 429]);
      // Even the right password from a new browser waits; the owner's recognised browser does not.
      expect((await from(proxied.client(), '198.51.100.7', PASSWORD)).status).toBe(429);
      expect((await from(owner, '10.1.1.1', PASSWORD)).status).toBe(303);
    } finally {
      await proxied.stop();
    }
  });
});

describe('V2.5 credential recovery', () => {
  it('V2.5.2 asks no password hint or secret question', async () => {
    const page = (await (await room.client().fetch('/masuk')).text()).toLowerCase();
    for (const word of ['petunjuk', 'pertanyaan rahasia', 'hint', 'nama ibu']) expect(page).not.toContain(word);
    const columns = (room.room.db.prepare('PRAGMA table_info(users)').all() as { name: string }[]).map((c) => c.name);
    expect(columns.filter((c) => /hint|question|answer/.test(c))).toEqual([]);
  });

  it('V2.5.3 a reset never reveals the current password: only a salted scrypt hash is stored', async () => {
    const row = room.room.db.prepare('SELECT password_hash FROM users WHERE username = ?').get('eka') as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(row.password_hash).not.toContain(PASSWORD);
    const admin = await room.login('ali');
    expect(await (await admin.fetch('/akun')).text()).not.toContain(row.password_hash.split('$')[5]);
  });

  it('V2.5.4 ships no shared or default account: a new room has no account until IT staff add one', () => {
    const db = openDatabase(':memory:');
    expect(createAccounts(db).list()).toEqual([]);
    db.close();
    expect(readFileSync('src/cli/admin.ts', 'utf8')).not.toMatch(/accounts\.add\(\s*['"]/);
  });

  it('V2.5.6 a forgotten password is reset by an admin, which ends the account’s sessions', async () => {
    await room.user('lupa', 'editor');
    const forgetful = await room.login('lupa');
    const admin = await room.login('ali');
    const res = await admin.post('/akun/reset', { username: 'lupa', password: 'sandal-jepit-warna-hijau' }, { from: '/akun' });
    expect(res.status).toBe(303);
    expect((await forgetful.fetch('/')).status).toBe(303);
    expect((await room.client().login('lupa', 'sandal-jepit-warna-hijau')).status).toBe(303);
  });
});
