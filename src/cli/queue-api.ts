// Entry point of the reference queue API (`npm run queue-api`). Runs directly on Node 24,
// which strips the TypeScript types itself; see src/queue-server/README.md.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateToken, hashToken } from '../queue-server/auth.ts';
import { createClock } from '../queue-server/clock.ts';
import { ConfigError, envOverrides, normalizeConfig, readRawConfig } from '../queue-server/config.ts';
import { watchContent } from '../queue-server/content-reload.ts';
import { DEMO_CONFIG, DEMO_TOKEN, startDemo } from '../queue-server/demo.ts';
import { startQueueServer } from '../queue-server/server.ts';

const HELP = `Penggunaan: npm run queue-api -- [opsi]

  --config BERKAS     berkas konfigurasi JSON (atau env QUEUE_CONFIG)
  --host ALAMAT       alamat dengar (bawaan 127.0.0.1)
  --port NOMOR        port (bawaan 8787; 0 = pilih acak)
  --data-dir FOLDER   folder basis data (bawaan ./.data)
  --content FOLDER    folder konten portal: zona waktu, jam layanan dan gerai diambil
                      dari sana (atau env QUEUE_CONTENT_DIR, atau "content" di konfigurasi)
  --demo              jalankan simulator antrean untuk mencoba portal
  --hash-token TOKEN  cetak hash token perangkat untuk devices[].tokenHash
  --generate-token    buat token perangkat baru beserta hash-nya
  --help              tampilkan bantuan ini
`;

/** The content folder configured (absolute), or null. */
function contentDir(raw: Record<string, unknown>): string | null {
  const { content } = raw;
  if (content === undefined) return null;
  if (typeof content !== 'string' || content.trim() === '')
    throw new ConfigError('Konfigurasi tidak valid: content harus jalur folder konten');
  return resolve(content);
}

/** Fills in the MPP's facts from the portal's content folder when one is configured. */
async function withContent(raw: Record<string, unknown>, quiet = false): Promise<Record<string, unknown>> {
  const { content: _content, ...rest } = raw;
  const dir = contentDir(raw);
  if (dir === null) return rest;
  // Loaded only when needed: the content reader is the portal's, with its dependencies.
  const [{ loadSite }, { withSiteFacts }] = await Promise.all([import('../data/index.ts'), import('../queue-server/site-facts.ts')]);
  const site = await loadSite(dir);
  const merged = withSiteFacts(rest, site, dir);
  if (!quiet) console.log(`Zona waktu, jam layanan dan ${(merged.gerai as unknown[]).length} gerai diambil dari konten ${dir}`);
  return merged;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      config: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      content: { type: 'string' },
      demo: { type: 'boolean', default: false },
      'hash-token': { type: 'string' },
      'generate-token': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values['hash-token'] !== undefined) {
    console.log(hashToken(values['hash-token']));
    return 0;
  }
  if (values['generate-token']) {
    const token = generateToken();
    console.log(`Token (berikan ke perangkat, simpan rahasia): ${token}`);
    console.log(`tokenHash (tulis di konfigurasi):             ${hashToken(token)}`);
    return 0;
  }

  const flags: Record<string, unknown> = {};
  if (values.host) flags.host = values.host;
  if (values.port !== undefined) flags.port = Number(values.port);
  if (values['data-dir']) flags.dataDir = values['data-dir'];
  if (values.content) flags.content = values.content;
  const file = values.config ?? process.env.QUEUE_CONFIG;
  const raw = values.demo && !file ? { ...DEMO_CONFIG, ...envOverrides(process.env), ...flags } : readRawConfig(file, process.env, flags);
  const config = normalizeConfig(await withContent(raw));
  if (config.gerai.length === 0) console.warn('Peringatan: konfigurasi tidak memuat gerai apa pun.');

  const fakeNow = process.env.QUEUE_FAKE_NOW;
  if (fakeNow) console.warn(`Peringatan: jam server digeser ke ${fakeNow} (QUEUE_FAKE_NOW, hanya untuk pengujian).`);
  const server = await startQueueServer(config, createClock(fakeNow));
  const stopDemo = values.demo ? startDemo(server.context) : null;
  const dir = contentDir(raw);
  const stopWatch = dir
    ? watchContent(server.context, dir, config.contentReloadSeconds, async () => normalizeConfig(await withContent(raw, true)))
    : null;

  console.log(`API antrean siap di ${server.url} (data: ${resolve(config.dataDir, 'antrean.db')}, zona waktu ${config.timeZone})`);
  console.log(`Layar kios, loket, papan panggilan dan supervisor: ${server.url}/layar`);
  // No supervisor yet (or a demo to try the screens): a supervisor pairs with a one-time code, so nobody types a token.
  if (!server.context.devices.hasSupervisor() || values.demo) {
    const first = server.context.devices.enrol({ name: 'Supervisor', roles: ['supervisor'], gerai: [] }, 'server');
    const why = server.context.devices.hasSupervisor() ? 'Untuk mencoba layar supervisor' : 'Belum ada perangkat supervisor';
    console.log(
      `${why}. Buka ${server.url}/layar/pasang di PC supervisor dan masukkan kode ${first.code} ` +
        `(berlaku 10 menit; mulai ulang server untuk kode baru).`,
    );
  }
  if (values.demo) {
    console.log(`Mode demo: antrean disimulasikan. Endpoint publik: ${server.url}/v1/antrean`);
    if (!file) console.log(`Token perangkat demo: ${DEMO_TOKEN}`);
  }

  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  stopDemo?.();
  stopWatch?.();
  await server.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || (error instanceof Error && error.name === 'ContentError')) console.error(error.message);
    else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      console.error(`Port sudah dipakai program lain: ${error.message}`);
    } else console.error('Server antrean gagal berjalan:', error);
    process.exit(1);
  },
);
