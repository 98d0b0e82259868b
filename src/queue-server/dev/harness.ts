// Starts the real server as a child process on loopback with a throw-away data directory.
// Shared by the integration tests and the benchmark so both exercise exactly what
// `npm run queue-api` runs, including argument parsing and process signals.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashToken } from '../auth.ts';

const ENTRY = fileURLToPath(new URL('../../cli/queue-api.ts', import.meta.url));

export interface SpawnedServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** SIGTERM and wait for exit. */
  stop(): Promise<void>;
  /** SIGKILL and wait for exit (crash simulation). */
  kill(): Promise<void>;
}

/** A fresh temporary directory; remove it with {@link removeDir}. */
export const makeTempDir = (label = 'antrean-') => mkdtempSync(join(tmpdir(), label));
/** Removes a directory tree, ignoring absence. */
export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** A device entry (with hashed token) for a test config; every role unless `roles` narrows it. */
export function testDevice(
  id: string,
  token: string,
  gerai: string[] = [],
  roles: string[] = ['kiosk', 'counter', 'supervisor'],
  extra: Record<string, unknown> = {},
) {
  return { id, name: id, tokenHash: hashToken(token), gerai, roles, ...extra };
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

/** Spawns `node src/cli/queue-api.ts` with `config` written to a file; resolves once it listens. */
export async function spawnQueueServer(options: {
  config: Record<string, unknown>;
  dataDir: string;
  env?: Record<string, string>;
  args?: string[];
  timeoutMs?: number;
}): Promise<SpawnedServer> {
  const configFile = join(options.dataDir, 'config.json');
  // Tests name their zone when it matters; the rest run in WIB (a content folder brings its own).
  const zone = options.config.content ? {} : { timeZone: 'Asia/Jakarta' };
  writeFileSync(configFile, JSON.stringify({ host: '127.0.0.1', ...zone, ...options.config }));
  const child = spawn(
    process.execPath,
    [ENTRY, '--config', configFile, '--port', '0', '--data-dir', options.dataDir, ...(options.args ?? [])],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Server did not start in time:\n${log}`));
    }, options.timeoutMs ?? 15_000);
    const check = () => {
      const match = /siap di (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited early (${code}):\n${log}`));
    });
  });
  return {
    url,
    dataDir: options.dataDir,
    child,
    output: () => log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited(child);
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited(child);
    },
  };
}

/** Result of {@link call}. */
export interface CallResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** JSON request helper: `token` becomes a Bearer header, `body` is sent as JSON. */
// biome-ignore lint/suspicious/noExplicitAny: tests read loosely typed JSON and assert on it.
export async function call<T = any>(
  base: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string>; raw?: string } = {},
): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  let payload: string | undefined = init.raw;
  if (init.body !== undefined) {
    payload = JSON.stringify(init.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(base + path, { method: init.method ?? (payload === undefined ? 'GET' : 'POST'), headers, body: payload });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Non-JSON bodies stay as text.
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

/** An event-stream client on a raw socket that reads nothing after the first bytes until resumed; collects what it reads. */
export function pausedStream(url: string): Promise<{ socket: Socket; received: () => string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET /v1/antrean/stream HTTP/1.1\r\nHost: ${hostname}\r\nAccept: text/event-stream\r\n\r\n`);
    });
    socket.setEncoding('latin1');
    socket.once('data', (chunk: string) => {
      text += chunk;
      socket.pause();
      socket.on('data', (more: string) => {
        text += more;
      });
      resolve({ socket, received: () => text });
    });
    socket.once('error', reject);
    socket.on('error', () => {}); // the server resetting a stalled stream is expected
  });
}
