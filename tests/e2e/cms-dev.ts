// Starts `astro dev` (the Keystatic admin) on a free loopback port for the CMS browser tests.
import { spawn } from 'node:child_process';
import { freePort } from '../fixtures/free-port.ts';

/** A running dev server: its base URL and how to stop it. */
export interface CmsDev {
  base: string;
  stop(): void;
}

/** Start `astro dev` with extra environment variables; resolves once `ready` answers. */
export async function startCmsDev(extraEnv: Record<string, string> = {}, ready = '/keystatic/collection/layanan'): Promise<CmsDev> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // A clean environment: Vitest's own variables (VITEST, NODE_ENV=test) change how the
  // dev server behaves.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
  const dev = spawn('npx', ['astro', 'dev', '--force', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
    env: { ...env, ...extraEnv },
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const ok = await fetch(base + ready).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return {
    base,
    stop: () => {
      if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
    },
  };
}
