// `npm run bench:publish`: how long from pressing "Terbitkan" in the editors' room until
// the change is served from the live folder, for the sample content, and the room
// server's memory. Prints figures only; never fails on them.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../admin-server/config.ts';
import { roomPublisher, startRoom } from '../admin-server/room.ts';

const SERVICE = 'content/layanan/paspor-hilang-rusak.yaml';
const PAGE = 'layanan/paspor-hilang-rusak/index.html';
const PASSWORD = 'bench-kata-sandi-panjang';

const dir = mkdtempSync(path.join(tmpdir(), 'bench-terbit-'));
cpSync(path.resolve('content'), path.join(dir, 'konten', 'content'), { recursive: true });
const config = { ...loadConfig({ data: dir, port: '0', insecure: '1', 'rebuild-at': 'off' }), projectRoot: path.resolve('.') };
const running = await startRoom(config, roomPublisher(config));
await running.room.accounts.add('bench', 'Bench', 'penerbit', PASSWORD);

let cookies = '';
async function call(pathname: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(running.url + pathname, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.headers as Record<string, string>), cookie: cookies, origin: running.url },
  });
  const set = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  if (set.length) {
    const jar = new Map([...cookies.split('; '), ...set].filter(Boolean).map((c) => [c.split('=')[0] ?? '', c]));
    cookies = [...jar.values()].join('; ');
  }
  return res;
}
const token = async (pathname: string) => /name="_csrf" value="([^"]+)"/.exec(await (await call(pathname)).text())?.[1] ?? '';
const post = async (pathname: string, fields: Record<string, string>, from: string) =>
  call(pathname, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: await token(from), ...fields }).toString(),
  });

async function publishAndWait(marker: string): Promise<number> {
  const started = performance.now();
  await post('/terbit', {}, '/terbit');
  const live = path.join(config.liveLink, PAGE);
  while (!(existsSync(live) && readFileSync(live, 'utf8').includes(marker))) {
    const outcome = running.room.publisher?.progress()?.outcome;
    if (outcome && !outcome.ok) throw new Error(outcome.messages.join('\n'));
    await new Promise((r) => setTimeout(r, 100));
  }
  return (performance.now() - started) / 1000;
}

const seconds = (s: number) => `${s.toFixed(1).replace('.', ',')} dtk`;
try {
  await post('/masuk', { username: 'bench', password: PASSWORD }, '/masuk');
  const first = await publishAndWait('Penggantian Paspor');
  console.log(`Terbit pertama (tanpa cache gambar berbagi): ${seconds(first)}`);

  const marker = `Syarat uji bench ${Date.now()}`;
  const text = readFileSync(path.join(config.contentRepo, SERVICE), 'utf8').replace('dokumen: KK', `dokumen: ${marker}`);
  await call('/api/keystatic/update', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'no-cors': '1' },
    body: JSON.stringify({ additions: [{ path: SERVICE, contents: Buffer.from(text).toString('base64url') }], deletions: [] }),
  });
  const timed = await publishAndWait(marker);
  console.log(`Klik Terbitkan sampai perubahan tayang (satu persyaratan diubah): ${seconds(timed)} (target ≤ 30 dtk di 2 inti)`);
  console.log(`Memori server ruang editor (RSS): ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB`);
} finally {
  await running.close();
  rmSync(dir, { recursive: true, force: true });
}
