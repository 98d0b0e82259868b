// `npm start`: build the sample site wired to a local queue API, run that API with its
// demo simulator (so numbers move), and serve the site. Ctrl+C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSite } from '../data/index.ts';
import { demoClockPlan } from './start-notice.ts';
import { DEMO_TOKEN, demoDevice } from '../queue-server/demo.ts';
import { serveStatic } from '../server/static.ts';

const HOST = '127.0.0.1';
// Ports: PORT=8080 QUEUE_PORT=8788 npm start
const sitePort = Number(process.env.PORT ?? 4321);
const queuePort = Number(process.env.QUEUE_PORT ?? 8787);
const wantsDemoClock = process.argv.includes('--jam-demo');
const queueApiUrl = `http://${HOST}:${queuePort}/v1/antrean`;
const dataDir = path.resolve('.data/demo');

// The demo API serves the gerai of the content being built, so every gerai page has a line.
const site = await loadSite();
mkdirSync(dataDir, { recursive: true });
const configFile = path.join(dataDir, 'config.json');
writeFileSync(
  configFile,
  JSON.stringify(
    {
      host: HOST,
      dataDir,
      timeZone: site.profile.zonaWaktu,
      dailyQuota: Math.max(site.profile.kapasitasHarian ?? 0, 2000),
      refreshSeconds: 5,
      gerai: site.gerai.map((g) => ({
        id: g.antrian.id || g.slug,
        name: g.nama,
        prefix: g.antrian.prefix || 'A',
        counters: 2,
        defaultServiceMinutes: 10,
      })),
      cors: { allowedOrigins: [`http://${HOST}:${sitePort}`, `http://localhost:${sitePort}`] },
      devices: [demoDevice(site.gerai.map((g) => g.antrian.id || g.slug))],
    },
    null,
    2,
  ),
);

// Outside opening hours the portal rightly shows no queue numbers; say so, and offer (or use)
// a demo clock set inside opening hours so the numbers can be seen moving.
const started = new Date();
const { offsetMs, message } = demoClockPlan(site.hours, started, wantsDemoClock);
if (message) console.log(`\n${message}\n`);

console.log('Membangun situs dari konten contoh...');
const build = spawnSync('npm', ['run', '-s', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, MPP_QUEUE_API_URL: queueApiUrl, ...(offsetMs ? { PUBLIC_MPP_DEMO_CLOCK_OFFSET_MS: String(offsetMs) } : {}) },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const api = spawn(process.execPath, ['src/cli/queue-api.ts', '--demo', '--config', configFile, '--port', String(queuePort)], {
  stdio: 'inherit',
  // The API's clock moves with the portal's, from the same offset.
  env: { ...process.env, ...(offsetMs ? { QUEUE_FAKE_NOW: new Date(Date.now() + offsetMs).toISOString() } : {}) },
});
api.on('exit', (code) => {
  if (code) console.error(`API antrean berhenti (kode ${code}); situs tetap tersaji tanpa angka antrean.`);
});
const { url } = await serveStatic('dist', sitePort, HOST);
console.log(`\nPortal MPP siap: ${url}/`);
console.log(`API antrean demo: ${queueApiUrl} (token staf demo: ${DEMO_TOKEN})`);
console.log(
  offsetMs
    ? 'Jam demo aktif: build ini hanya untuk mencoba; jalankan npm run build untuk situs sungguhan. Tekan Ctrl+C untuk berhenti.'
    : 'Angka antrean tampil selama jam layanan MPP. Tekan Ctrl+C untuk berhenti.',
);

const stop = () => {
  api.kill('SIGTERM');
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
