// OWASP ASVS 4.0.3 level 1, chapter V5 (validation, sanitisation, encoding), against the
// real editors' room and the content check every save and publish runs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaFileProblem } from '../../../src/data/media.ts';
import { PASSWORD, type TestRoom } from '../../fixtures/admin-room.ts';
import { postUpdate, startRoomWith } from '../../fixtures/room-setups.ts';

let room: TestRoom;
beforeAll(async () => {
  room = await startRoomWith([
    ['eka', 'editor', 'Eka Editor'],
    ['ali', 'admin', 'Ali Admin'],
  ]);
});
afterAll(() => room?.stop());

/** Every .ts file under a source folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => f.endsWith('.ts') && statSync(f).isFile());
}
const serverSources = () => [...sources('src/admin-server'), ...sources('src/data'), ...sources('src/lib')];

const ANNOUNCEMENT = 'content/pengumuman/uji-asvs.mdoc';
const announcement = (title: string) =>
  `---\njudul: ${JSON.stringify(title)}\ntanggal: '2026-12-01'\njenis: pengumuman\nringkasan: Uji\npenulis: DPMPTSP\n---\nIsi.\n`;

describe('V5.1 input validation', () => {
  it('V5.1.1 repeated parameters cannot smuggle a second value past a check', async () => {
    const ali = await room.login('ali');
    const token = await ali.token('/akun');
    // The first token is wrong: a second, right one appended by an attacker does not help.
    const res = await ali.fetch('/akun/nonaktif', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=salah&_csrf=${token}&username=eka`,
    });
    expect(res.status).toBe(403);
    // Two usernames at login: one account is tried, never the second one's session.
    const client = room.client();
    const form = await client.token('/masuk');
    const login = await client.fetch('/masuk', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${form}&username=tidak-ada&username=ali&password=${PASSWORD}`,
    });
    expect(login.status).toBe(401);
  });

  it('V5.1.2 extra fields in a form are ignored: no mass assignment of role, state or hash', async () => {
    const ali = await room.login('ali');
    const res = await ali.post(
      '/akun/tambah',
      { username: 'massal', name: 'Uji Massal', role: 'editor', password: PASSWORD, disabled: '1', password_hash: 'x', created_at: '0' },
      { from: '/akun' },
    );
    expect(res.status).toBe(303);
    const row = room.room.db.prepare('SELECT role, disabled, password_hash, created_at FROM users WHERE username = ?').get('massal') as {
      role: string;
      disabled: number;
      password_hash: string;
      created_at: number;
    };
    expect(row).toMatchObject({ role: 'editor', disabled: 0 });
    expect(row.password_hash.startsWith('scrypt$')).toBe(true);
    expect(row.created_at).toBeGreaterThan(Date.now() - 60_000);
  });

  it('V5.1.3 names and roles are checked against allow lists, with Indonesian messages', async () => {
    const ali = await room.login('ali');
    for (const username of ['../etc', '<b>x</b>', 'a', 'x'.repeat(40), 'nama pengguna']) {
      const res = await ali.post('/akun/tambah', { username, name: 'Uji', role: 'editor', password: PASSWORD }, { from: '/akun' });
      expect(res.status, username).toBe(400);
      expect(await res.text()).toContain('Nama pengguna 2–32 karakter');
    }
    const role = await ali.post(
      '/akun/tambah',
      { username: 'peran', name: 'Uji', role: 'superadmin', password: PASSWORD },
      { from: '/akun' },
    );
    expect(role.status).toBe(400);
    expect(await role.text()).toContain('Peran tidak dikenal.');
  });

  it('V5.1.4 a save with the wrong shape is refused and writes nothing', async () => {
    const eka = await room.login('eka');
    const before = readdirSync(path.join(room.config.contentRepo, 'content', 'pengumuman')).sort();
    for (const body of [
      '{"additions":"x","deletions":[]}',
      '{"additions":[{"path":1,"contents":"x"}],"deletions":[]}',
      'bukan json',
      '[]',
    ]) {
      const res = await postUpdate(eka, body);
      expect(res.status, body).toBe(400);
    }
    expect(readdirSync(path.join(room.config.contentRepo, 'content', 'pengumuman')).sort()).toEqual(before);
  });
});

describe('V5.1.5 redirects', () => {
  it('V5.1.5 after login the browser goes only to a path of the room, however the address is spelled', async () => {
    for (const lanjut of [
      '//situs-jahat.example',
      '/\t/situs-jahat.example',
      '/\\situs-jahat.example',
      'https://situs-jahat.example/',
      '/%2F%2Fsitus-jahat.example',
      '/.//situs-jahat.example',
      'javascript:alert(1)',
    ]) {
      const client = room.client();
      const token = await client.token(`/masuk?lanjut=${encodeURIComponent(lanjut)}`);
      const res = await client.fetch('/masuk', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: token, username: 'eka', password: PASSWORD, lanjut }).toString(),
      });
      const location = res.headers.get('location') ?? '';
      expect(location, JSON.stringify(lanjut)).toMatch(/^\/(?![/\\])/);
      expect(new URL(location, room.url).origin, JSON.stringify(lanjut)).toBe(new URL(room.url).origin);
    }
    const client = room.client();
    const token = await client.token('/masuk');
    const back = await client.fetch('/masuk', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token, username: 'eka', password: PASSWORD, lanjut: '/riwayat?entri=x' }).toString(),
    });
    expect(back.headers.get('location')).toBe('/riwayat?entri=x');
  });
});

describe('V5.2 sanitisation and sandboxing', () => {
  it('V5.2.1 names typed by staff are shown as text, never as markup', async () => {
    await room.room.accounts.add('nakal', '<img src=x onerror=alert(1)>', 'editor', PASSWORD);
    const ali = await room.login('ali');
    const page = await (await ali.fetch('/akun')).text();
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('<img src=x');
  });

  it('V5.2.2 free text is bounded: a full name over 80 characters or with control characters is refused', async () => {
    const ali = await room.login('ali');
    for (const name of ['x'.repeat(81), 'Budi\nPalsu <budi@contoh>', 'Budi\u0000', 'Budi\tSantoso']) {
      const res = await ali.post('/akun/tambah', { username: 'bebas', name, role: 'editor', password: PASSWORD }, { from: '/akun' });
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(await res.text()).toContain('Nama lengkap paling panjang 80 karakter');
    }
    expect(room.room.accounts.find('bebas')).toBeUndefined();
  });

  it('V5.2.4 the room and the content check never evaluate text as code', () => {
    for (const file of serverSources()) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(|vm\.run|setTimeout\(\s*['"`]/);
    }
  });

  it('V5.2.5 template syntax in content is shown literally, not evaluated', async () => {
    const dollar = '$';
    await room.room.accounts.add('templat', `${dollar}{process.env.HOME} {{7*7}} <%= 7*7 %>`, 'editor', PASSWORD);
    const ali = await room.login('ali');
    const page = await (await ali.fetch('/akun')).text();
    expect(page).toContain(`${dollar}{process.env.HOME} {{7*7}} &lt;%= 7*7 %&gt;`);
    expect(page).not.toContain(tmpdir());
  });

  it('V5.2.6 the room makes no outgoing request from anything an editor sends (no SSRF surface)', () => {
    for (const file of sources('src/admin-server')) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|http\.request|https\.request|net\.connect|from 'undici'/);
    }
  });

  it('V5.2.7 an uploaded SVG with script or event handlers is refused', () => {
    const svg = (inner: string) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`);
    expect(mediaFileProblem(svg('<script>alert(1)</script>'), 'svg')).toMatch(/unsur aktif/);
    expect(mediaFileProblem(svg('<rect onload="alert(1)" width="1" height="1"/>'), 'svg')).toMatch(/unsur aktif/);
    expect(mediaFileProblem(svg('<a href="javascript:alert(1)"><rect/></a>'), 'svg')).toMatch(/unsur aktif/);
    expect(mediaFileProblem(svg('<rect width="1" height="1"/>'), 'svg')).toBeNull();
  });

  it('V5.2.8 rich text may not carry script links: the content check names file and field', async () => {
    const eka = await room.login('eka');
    const body = `${announcement('Uji tautan')}\n[Klik](javascript:alert(1))\n`;
    expect((await eka.save([{ path: ANNOUNCEMENT, contents: body }])).status).toBe(200);
    const check = await (await eka.fetch('/periksa')).text();
    expect(check).toContain('javascript:alert(1)');
    expect(check).toMatch(/Pengumuman: Uji tautan/);
    expect(check).toMatch(/tidak diizinkan/);
  });
});

describe('V5.3 output encoding and injection', () => {
  it('V5.3.1 text is encoded for where it lands: an attribute value cannot be closed', async () => {
    const client = room.client();
    const res = await client.login('"><script>alert(1)</script>', 'salah-sekali-panjang');
    const page = await res.text();
    expect(page).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('V5.3.2 text keeps its characters: Indonesian, Arabic and emoji names round-trip in UTF-8', async () => {
    const name = 'Siti Nur’aini عائشة 👩‍💼';
    await room.room.accounts.add('utf', name, 'editor', PASSWORD);
    const ali = await room.login('ali');
    const res = await ali.fetch('/akun');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain(name);
    const client = await room.login('utf');
    expect((await client.save([{ path: ANNOUNCEMENT, contents: announcement('Uji UTF-8') }])).status).toBe(200);
    expect((await room.room.repo.log({ limit: 1 }))[0]?.authorName).toBe(name);
  });

  it('V5.3.3 escaping covers every character that could start markup', async () => {
    const client = room.client();
    const page = await (await client.login(`'&<>"`, 'salah-sekali-panjang')).text();
    expect(page).toContain('value="&#39;&amp;&lt;&gt;&quot;"');
  });

  it('V5.3.4 account look-ups are parameterised: SQL in a username is just a wrong username', async () => {
    for (const username of ["' OR '1'='1", "ali'--", 'ali" OR 1=1 --']) {
      expect((await room.client().login(username, PASSWORD)).status, username).toBe(401);
    }
    expect(room.room.accounts.list().length).toBeGreaterThan(1);
  });

  it('V5.3.6 API answers are JSON built by serialising, valid whatever the request spelled', async () => {
    const client = room.client();
    for (const probe of ['/api/keystatic/%22%7D%2C%22admin%22%3Atrue%7D', "/api/keystatic/tree?ref=%22'%3C"]) {
      const res = await client.fetch(probe);
      expect(res.headers.get('content-type'), probe).toMatch(/^application\/json/);
      expect(Object.keys(JSON.parse(await res.text())), probe).toEqual(['error']);
    }
  });

  it('V5.3.8 git runs without a shell: an editor name full of shell syntax is committed literally', async () => {
    const marker = path.join(tmpdir(), `asvs-${process.pid}-perintah`);
    await room.room.accounts.add('shell', `Uji $(touch ${marker}); \`touch ${marker}\``, 'editor', PASSWORD);
    const client = await room.login('shell');
    expect((await client.save([{ path: ANNOUNCEMENT, contents: announcement('Uji shell') }])).status).toBe(200);
    expect(existsSync(marker)).toBe(false);
    const [latest] = await room.room.repo.log({ limit: 1 });
    expect(latest?.authorName).toBe(`Uji $(touch ${marker}); \`touch ${marker}\``);
  });

  it('V5.3.9 files are served only from inside their folder, whatever the spelling', async () => {
    const eka = await room.login('eka');
    for (const probe of [
      '/_ruang-ui/../../package.json',
      '/_ruang-ui/%2e%2e/%2e%2e/package.json',
      '/_ruang-ui/..%2f..%2fpackage.json',
      '/_ruang-ui/%252e%252e/package.json',
    ]) {
      const res = await eka.fetch(probe);
      // Refused as a path outside the folder (404) or as a spelling the room does not route (400).
      expect([400, 404], probe).toContain(res.status);
      expect(await res.text(), probe).not.toContain('"name": "portal-mpp"');
    }
  });
});

describe('V5.5 deserialisation', () => {
  it('V5.5.4 request bodies are read with JSON.parse, so code in a body is only bad data', async () => {
    const eka = await room.login('eka');
    const res = await postUpdate(eka, '{"additions": (function () { globalThis.dijalankan = 1; return []; })(), "deletions": []}');
    expect(res.status).toBe(400);
    expect((globalThis as Record<string, unknown>).dijalankan).toBeUndefined();
    expect(readFileSync('src/admin-server/saves/saves.ts', 'utf8')).toMatch(/JSON\.parse\(/);
  });

  it('V5.5.2 XML entities in an SVG are refused (no XXE)', () => {
    const xxe = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
    );
    expect(mediaFileProblem(xxe, 'svg')).toMatch(/DOCTYPE, ENTITY/);
  });

  it('V5.5.3 a save body cannot pollute object prototypes', async () => {
    const eka = await room.login('eka');
    const res = await postUpdate(
      eka,
      '{"__proto__":{"tercemar":"ya"},"constructor":{"prototype":{"tercemar":"ya"}},"additions":[],"deletions":[]}',
    );
    expect(res.status).toBeLessThan(500);
    expect(({} as Record<string, unknown>).tercemar).toBeUndefined();
  });
});
