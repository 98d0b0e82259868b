// One set-up for the browser tests of the reference queue server (screens, booking, QR
// check-in): Chromium, optionally the fixture portal build (whose queue API address is
// FIXTURE_QUEUE_PORT), and a real queue server on a fresh data folder at a fixed "now";
// pages opened through `open` are closed, and everything stopped and removed, after the file.
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { FIXTURE_QUEUE_PORT } from '../../src/cli/test-targets.ts';
import { makeTempDir, removeDir, type SpawnedServer, spawnQueueServer } from '../../src/queue-server/dev/harness.ts';
import { FIXTURE_DIST, launchBrowser, openPage, type RunningSite, startSite, type WatchedPage } from './harness.ts';

export interface QueueScene {
  browser: Browser;
  /** The fixture portal build, when asked for (`withPortal`). */
  site: RunningSite;
  server: SpawnedServer;
  dataDir: string;
  /** A watched page in a fresh context, closed after the file. */
  open(options?: BrowserContextOptions, on?: Browser): Promise<WatchedPage>;
}

interface SceneOptions {
  /** Start of the temporary data folder's name. */
  prefix: string;
  /** The server's clock starts here and runs on. */
  now: Date;
  /** Serve the fixture portal build and run the queue server on the port that build calls. */
  withPortal?: boolean;
  /** The server's settings; `portalUrl` is the portal's address (for CORS) when served. */
  config: (portalUrl: string | null) => Record<string, unknown>;
  /** Writes history into the data folder before the server starts. */
  seed?: (dataDir: string) => void;
}

export function queueScene({ prefix, now, withPortal = false, config, seed }: SceneOptions): QueueScene {
  const opened: WatchedPage[] = [];
  const scene = {
    async open(options: BrowserContextOptions = {}, on?: Browser) {
      const watched = await openPage(on ?? scene.browser, options);
      opened.push(watched);
      return watched;
    },
  } as QueueScene;
  beforeAll(async () => {
    scene.browser = await launchBrowser();
    if (withPortal) scene.site = await startSite(FIXTURE_DIST);
    scene.dataDir = makeTempDir(prefix);
    seed?.(scene.dataDir);
    scene.server = await spawnQueueServer({
      dataDir: scene.dataDir,
      ...(withPortal ? { args: ['--port', String(FIXTURE_QUEUE_PORT)] } : {}),
      env: { QUEUE_FAKE_NOW: now.toISOString() },
      config: config(withPortal ? scene.site.url : null),
    });
  }, 60_000);
  afterAll(async () => {
    for (const p of opened) await p.close();
    await scene.browser?.close();
    await scene.site?.close();
    await scene.server?.stop();
    if (scene.dataDir) removeDir(scene.dataDir);
  });
  return scene;
}
