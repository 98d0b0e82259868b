// `npm run admin`: the editors' room server (builds the Keystatic UI first when needed).
// `npm run admin -- user add|disable|enable|reset|unlock|reset-2fa|list ...`: manage accounts from a terminal.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AccountError, createAccounts, isRole } from '../admin-server/accounts/accounts.ts';
import { ConfigError, loadConfig } from '../admin-server/config.ts';
import { openDatabase } from '../admin-server/db.ts';
import { roomPublisher, startRoom } from '../admin-server/room.ts';
import { t } from '../admin-server/strings/index.ts';
import { createSecondSteps } from '../admin-server/accounts/second-step.ts';
import { createLoginThrottle } from '../admin-server/accounts/throttle.ts';
import { ensureUiBuilt } from '../admin-server/ui-build.ts';

const USAGE = `Pemakaian:
  npm run admin [-- --port 4322 --host 127.0.0.1 --data .data/admin --origin https://admin.contoh.go.id]
  npm run admin -- user add <nama-pengguna> --role editor|penerbit|admin --name "Nama Lengkap" [--password-stdin]
  npm run admin -- user disable <nama-pengguna>
  npm run admin -- user enable <nama-pengguna>
  npm run admin -- user reset <nama-pengguna> [--password-stdin]
  npm run admin -- user unlock <nama-pengguna>
  npm run admin -- user reset-2fa <nama-pengguna>
  npm run admin -- user list`;

const CONFIG_FLAGS = [
  'port',
  'host',
  'data',
  'origin',
  'content-repo',
  'db',
  'releases',
  'preview',
  'live',
  'ui',
  'email-domain',
  'time-zone',
  'rebuild-at',
  'dua-langkah',
  'min-free-mb',
];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string' },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    help: { type: 'boolean' },
    ...Object.fromEntries(CONFIG_FLAGS.map((f) => [f, { type: 'string' as const }])),
  },
});
const flags = Object.fromEntries(
  CONFIG_FLAGS.filter((f) => typeof values[f as keyof typeof values] === 'string').map((f) => [
    f,
    String(values[f as keyof typeof values]),
  ]),
);
// An invalid setting stops here, before anything starts, with the message naming it.
const config = (() => {
  try {
    return loadConfig(flags);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
})();

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  // Typed passwords are not echoed.
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(question);
      const mute = (rl as unknown as { _writeToOutput(s: string): void })._writeToOutput;
      (rl as unknown as { _writeToOutput(s: string): void })._writeToOutput = () => {};
      rl.question('', (answer) => {
        (rl as unknown as { _writeToOutput(s: string): void })._writeToOutput = mute;
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Kata sandi: ');
  const second = await ask('Ulangi kata sandi: ');
  rl.close();
  if (first !== second) throw new AccountError('Kedua kata sandi tidak sama.');
  return first;
}

async function userCommand(action: string | undefined, username: string | undefined): Promise<void> {
  const db = openDatabase(config.dbFile);
  const accounts = createAccounts(db);
  try {
    if (action === 'list') {
      for (const a of accounts.list()) console.log(`${a.username}\t${a.role}\t${a.disabled ? 'nonaktif' : 'aktif'}\t${a.name}`);
      return;
    }
    if (!username) throw new AccountError(USAGE);
    if (action === 'add') {
      if (!isRole(values.role)) throw new AccountError('Sebutkan peran: --role editor, penerbit atau admin.');
      if (!values.name) throw new AccountError('Sebutkan nama lengkap: --name "Nama Lengkap".');
      await accounts.add(username, values.name, values.role, await readPassword(Boolean(values['password-stdin'])));
      console.log(`Akun ${username} (${values.role}) ditambahkan.`);
    } else if (action === 'disable' || action === 'enable') {
      accounts.setDisabled(username, action === 'disable');
      console.log(`Akun ${username} ${action === 'disable' ? 'dinonaktifkan; semua sesinya berakhir' : 'diaktifkan'}.`);
    } else if (action === 'unlock') {
      // Also for a name that is not (yet) an account: its failures are recorded all the same.
      const rows = createLoginThrottle(db, config.loginThrottle).unlock(username);
      console.log(t.auth.unlocked(username, rows));
    } else if (action === 'reset-2fa') {
      // A lost phone: the account sets the second step up again at its next login.
      if (!accounts.find(username)) throw new AccountError(`Akun "${username}" tidak ada.`);
      const removed = createSecondSteps(db).remove(username);
      console.log(t.secondStep.reset(username, removed));
    } else if (action === 'reset') {
      await accounts.resetPassword(username, await readPassword(Boolean(values['password-stdin'])));
      console.log(`Kata sandi ${username} diganti; semua sesinya berakhir.`);
    } else throw new AccountError(USAGE);
  } finally {
    db.close();
  }
}

try {
  if (values.help) console.log(USAGE);
  else if (positionals[0] === 'user') await userCommand(positionals[1], positionals[2]);
  else if (positionals.length) throw new AccountError(USAGE);
  else {
    ensureUiBuilt(config.projectRoot, config.uiDir);
    const running = await startRoom(config, roomPublisher(config));
    console.log(`Ruang editor berjalan di ${running.url} (konten: ${config.contentRepo}).`);
    if (!config.secure) console.log('PERINGATAN: MPP_ADMIN_INSECURE=1 — cookie tanpa Secure; hanya untuk uji di komputer sendiri.');
    if (running.room.accounts.list().length === 0)
      console.log('Belum ada akun. Tambahkan: npm run admin -- user add <nama> --role admin --name "Nama"');
    // systemctl stop/restart: no new requests or builds, a running build is cancelled and
    // recorded (the Terbitkan page says so after the restart), well within TimeoutStopSec.
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`Ruang editor berhenti (${signal}).`);
      running.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }
} catch (error) {
  console.error(error instanceof AccountError ? error.message : error);
  process.exit(1);
}
