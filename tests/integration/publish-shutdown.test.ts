// `systemctl stop` / `restart` of the editors' room while a publish runs: the room CLI
// (src/cli/admin.ts, started as the systemd unit starts it) gets SIGTERM mid-build, cancels the
// build cleanly within the unit's TimeoutStopSec and exits 0; the live site is untouched;
// after the restart the Terbitkan page says, in Indonesian, what happened to the publish.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAccounts } from '../../src/admin-server/accounts/accounts.ts';
import { openDatabase } from '../../src/admin-server/db.ts';
import { Client, PASSWORD } from '../fixtures/admin-room.ts';
import { freePort } from '../fixtures/free-port.ts';
import { commitEdit, treeHash } from '../fixtures/publish.ts';

const UNIT = path.resolve('deploy/systemd/portal-mpp-admin.service');
const work = mkdtempSync(path.join(os.tmpdir(), 'mpp-henti-'));
const ui = path.join(work, 'ui');
const releases = path.join(work, 'rilis');
const live = path.join(work, 'live');
const started: ChildProcess[] = [];

afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

/** The unit's stop timeout in milliseconds. */
function timeoutStopMs(): number {
  const value = /^TimeoutStopSec=(\d+)s?$/m.exec(readFileSync(UNIT, 'utf8'))?.[1];
  if (!value) throw new Error(`${UNIT}: no TimeoutStopSec`);
  return Number(value) * 1000;
}

/** Processes (the room and every build it started) that carry this test's data folder in their environment. */
function ourProcesses(): number[] {
  const mark = `MPP_ADMIN_DATA=${work}\0`;
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(mark);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** The unit's command: the project's node running the room CLI (here the node running the tests). */
function execStart(): string[] {
  const command = /^ExecStart=\/opt\/portal-mpp\/node_modules\/\.bin\/node (.+)$/m.exec(readFileSync(UNIT, 'utf8'))?.[1];
  if (!command) throw new Error(`${UNIT}: ExecStart does not run the room with the project's node`);
  return command.split(' ');
}

/** Start the room as the systemd unit does, on a free loopback port. */
async function startRoomCli(): Promise<{ child: ChildProcess; client: Client; output: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, execStart(), {
    cwd: path.resolve('.'),
    env: {
      ...process.env,
      MPP_ADMIN_DATA: work,
      MPP_ADMIN_PORT: String(port),
      MPP_ADMIN_INSECURE: '1',
      MPP_ADMIN_REBUILD_AT: 'off',
      MPP_ADMIN_UI_DIR: ui,
      MPP_ADMIN_MIN_FREE_MB: '50',
      MPP_TODAY: '2026-06-15',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  for (let waited = 0; !output.includes('Ruang editor berjalan di'); waited += 100) {
    if (waited > 60_000 || child.exitCode !== null) throw new Error(`the room did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const client = new Client(`http://127.0.0.1:${port}`);
  expect((await client.login('budi', PASSWORD)).status).toBe(303);
  return { child, client, output: () => output };
}

async function waitFor(what: string, ready: () => boolean | Promise<boolean>, ms = 180_000) {
  for (let waited = 0; !(await ready()); waited += 200) {
    if (waited > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('stopping the room while a publish runs', () => {
  it('cancels the build on SIGTERM within TimeoutStopSec, exits 0, keeps the live site, and the Terbitkan page says so after the restart', async () => {
    // A prebuilt UI (the room only checks it is newer than its sources) and one penerbit account.
    mkdirSync(path.join(ui, 'keystatic'), { recursive: true });
    writeFileSync(path.join(ui, 'keystatic', 'index.html'), '<!doctype html><title>Keystatic</title>');
    const db = openDatabase(path.join(work, 'ruang-editor.db'));
    await createAccounts(db).add('budi', 'Budi Penerbit', 'penerbit', PASSWORD);
    db.close();

    const first = await startRoomCli();
    expect((await first.client.post('/terbit', {}, { from: '/terbit' })).status).toBe(303);
    await waitFor('the first publish', async () => /Selesai dalam/.test(await (await first.client.fetch('/terbit/proses')).text()));
    const liveTarget = readlinkSync(live);
    const liveHash = treeHash(live);

    commitEdit(path.join(work, 'konten'), 'halaman/tentang.mdoc', (text) => `${text.trimEnd()}\n\nKalimat terbitan yang dihentikan.\n`);
    expect((await first.client.post('/terbit', {}, { from: '/terbit' })).status).toBe(303);
    // Signalled while the build runs: its processes (they carry the room's environment) have
    // started, and a site build takes seconds. Waiting for its output folder instead lost the
    // race on a fast machine, where the build finished within a second of starting to write.
    await waitFor('the second build to start', () => ourProcesses().length > 1);
    await new Promise((resolve) => setTimeout(resolve, 300));

    // systemd (KillMode=mixed) signals the main process only: the room.
    const stopAt = performance.now();
    const exited = new Promise<number | null>((resolve) => first.child.on('exit', (code) => resolve(code)));
    process.kill(first.child.pid as number, 'SIGTERM');
    const code = await exited;
    const stopMs = performance.now() - stopAt;
    expect(code, first.output()).toBe(0);
    expect(stopMs).toBeLessThan(timeoutStopMs());
    await waitFor('the build processes to end', () => ourProcesses().length === 0, 10_000);
    expect(first.output()).toMatch(/Penerbit: Terbitan oleh budi dihentikan karena server ruang editor dimatikan atau dimulai ulang/);

    expect(readlinkSync(live)).toBe(liveTarget);
    expect(treeHash(live)).toBe(liveHash);
    expect(readdirSync(releases).filter((n) => n.startsWith('.') && n !== '.og-cache')).toEqual([]);

    const second = await startRoomCli();
    const page = await (await second.client.fetch('/terbit')).text();
    expect(page).toMatch(/Terbitkan: Gagal/);
    expect(page).toContain(
      'Terbitan oleh budi dihentikan karena server ruang editor dimatikan atau dimulai ulang; situs yang tayang tidak diubah',
    );
    const secondExit = new Promise<number | null>((resolve) => second.child.on('exit', (code) => resolve(code)));
    process.kill(second.child.pid as number, 'SIGTERM');
    expect(await secondExit).toBe(0);
    expect(existsSync(path.join(live, 'index.html'))).toBe(true);
  }, 400_000);
});
