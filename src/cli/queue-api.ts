// Entry point of the reference queue API (`npm run queue-api`). Runs directly on Node 24,
// which strips the TypeScript types itself; see src/queue-server/README.md.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateToken, hashToken } from '../queue-server/auth.ts';
import { createClock } from '../queue-server/clock.ts';
import { ConfigError, loadConfig, normalizeConfig, envOverrides } from '../queue-server/config.ts';
import { DEMO_CONFIG, DEMO_TOKEN, startDemo } from '../queue-server/demo.ts';
import { startQueueServer } from '../queue-server/server.ts';

const HELP = `Penggunaan: npm run queue-api -- [opsi]

  --config BERKAS     berkas konfigurasi JSON (atau env QUEUE_CONFIG)
  --host ALAMAT       alamat dengar (bawaan 127.0.0.1)
  --port NOMOR        port (bawaan 8787; 0 = pilih acak)
  --data-dir FOLDER   folder basis data (bawaan ./.data)
  --demo              jalankan simulator antrean untuk mencoba portal
  --hash-token TOKEN  cetak hash token perangkat untuk devices[].tokenHash
  --generate-token    buat token perangkat baru beserta hash-nya
  --help              tampilkan bantuan ini
`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      config: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
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
  const file = values.config ?? process.env.QUEUE_CONFIG;
  const config =
    values.demo && !file
      ? normalizeConfig({ ...DEMO_CONFIG, ...envOverrides(process.env), ...flags })
      : loadConfig(file, process.env, flags);
  if (config.gerai.length === 0) console.warn('Peringatan: konfigurasi tidak memuat gerai apa pun.');

  const fakeNow = process.env.QUEUE_FAKE_NOW;
  if (fakeNow) console.warn(`Peringatan: jam server digeser ke ${fakeNow} (QUEUE_FAKE_NOW, hanya untuk pengujian).`);
  const server = await startQueueServer(config, createClock(fakeNow));
  const stopDemo = values.demo ? startDemo(server.context) : null;

  console.log(`API antrean siap di ${server.url} (data: ${resolve(config.dataDir, 'antrean.db')}, zona waktu ${config.timeZone})`);
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
  await server.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      console.error(`Port sudah dipakai program lain: ${error.message}`);
    } else console.error('Server antrean gagal berjalan:', error);
    process.exit(1);
  },
);
