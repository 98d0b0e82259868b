// Assembles the editors' room: database, accounts, sessions, throttles, the content
// repository, checks, publisher and the one route table.
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { accountRoutes } from './accounts/account-routes.ts';
import { createAccounts } from './accounts/accounts.ts';
import { authRoutes } from './accounts/auth-routes.ts';
import { checkRoutes } from './checks/check-routes.ts';
import { createChecks } from './checks/checks.ts';
import { guideImageRoutes } from './guide-images.ts';
import type { AdminConfig } from './config.ts';
import type { Room, Route } from './context.ts';
import { openDatabase } from './db.ts';
import { createContentRepo } from './git.ts';
import { historyRoutes } from './history/history-routes.ts';
import { keystaticRoutes } from './keystatic.ts';
import { passwordRoutes } from './accounts/password-routes.ts';
import { secondStepRoutes } from './accounts/second-step-routes.ts';
import { createSecondSteps } from './accounts/second-step.ts';
import { migrateRoutes } from './migrate-routes.ts';
import { publishRoutes } from './publish/routes.ts';
import { createPublisher, type Publisher, type PublisherOptions, scheduleDaily } from './publish/index.ts';
import { createSaveQueue } from './saves/saves.ts';
import { startServer } from './server.ts';
import { createSessions } from './accounts/sessions.ts';
import { createLoginThrottle } from './accounts/throttle.ts';

/** Every route of the room, in one table (the access tests walk it). */
export function roomRoutes(config: Pick<AdminConfig, 'contentRepo' | 'uiDir'>): Route[] {
  return [
    ...authRoutes,
    ...checkRoutes,
    ...guideImageRoutes,
    ...keystaticRoutes(config.contentRepo, config.uiDir),
    ...historyRoutes,
    ...publishRoutes,
    ...accountRoutes,
    ...passwordRoutes,
    ...secondStepRoutes,
    ...migrateRoutes,
  ];
}

/** The publisher's options from the room's configuration. */
export function publisherOptions(config: AdminConfig): PublisherOptions {
  return {
    projectRoot: config.projectRoot,
    contentRepo: config.contentRepo,
    releasesDir: config.releasesDir,
    liveLink: config.liveLink,
    previewDir: config.previewDir,
    env: config.buildEnv,
    minFreeBytes: config.minFreeMb * 1024 * 1024,
  };
}

/** The publisher over the room's folders. */
export function roomPublisher(config: AdminConfig): Publisher {
  return createPublisher(publisherOptions(config));
}

/** Open the room's stores (creating the content repository from the project's content/ when missing). */
export async function createRoom(config: AdminConfig, publisher: Publisher | null): Promise<Room> {
  const db = openDatabase(config.dbFile);
  const repo = createContentRepo(config.contentRepo);
  await repo.ensure(path.join(config.projectRoot, 'content'));
  const readFile = (file: string) => {
    const full = path.join(config.contentRepo, file);
    return existsSync(full) ? readFileSync(full, 'utf8') : null;
  };
  return {
    config,
    db,
    accounts: createAccounts(db),
    sessions: createSessions(db, config.session),
    secondSteps: createSecondSteps(db),
    loginThrottle: createLoginThrottle(db, config.loginThrottle),
    repo,
    saves: createSaveQueue(),
    checks: createChecks(config.contentRepo, () => repo.head(), readFile, config.buildEnv),
    publisher,
    refusals: new Map(),
    saveIssues: new Map(),
  };
}

export interface RunningRoom {
  room: Room;
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * Forget what has expired: sessions, old login failures, and second-step logins that were
 * abandoned after the password (otherwise one stays until the next login starts).
 */
export function pruneExpired(room: Pick<Room, 'sessions' | 'loginThrottle' | 'secondSteps'>): void {
  room.sessions.prune();
  room.loginThrottle.prune();
  room.secondSteps.prune();
}

/** Start the room server; the daily rebuild runs unless disabled. */
export async function startRoom(config: AdminConfig, publisher: Publisher | null): Promise<RunningRoom> {
  const room = await createRoom(config, publisher);
  const { server, url } = await startServer(room, roomRoutes(config));
  const stopTimer =
    publisher && config.rebuildAt
      ? scheduleDaily(publisher, {
          time: config.rebuildAt,
          timeZone: config.timeZone,
          onRun: (outcome) => console.log(`Bangun ulang harian: ${outcome.ok ? 'berhasil' : outcome.messages.join(' ')}`),
        })
      : () => {};
  const prune = setInterval(() => pruneExpired(room), 10 * 60_000);
  prune.unref();
  return {
    room,
    server,
    url,
    close: async () => {
      stopTimer();
      clearInterval(prune);
      // No new connections; a running build is cancelled (and recorded) before the database closes.
      const closed = new Promise((resolve) => server.close(resolve));
      await publisher?.shutdown?.();
      server.closeAllConnections();
      await closed;
      room.db.close();
    },
  };
}
