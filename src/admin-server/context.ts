// What every route handler gets: the room's services and the request's session.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DatabaseSync } from 'node:sqlite';
import type { Account, Accounts, Role } from './accounts/accounts.ts';
import type { CheckIssue, Checks } from './checks/checks.ts';
import type { AdminConfig } from './config.ts';
import type { ContentRepo } from './git.ts';
import { type LayoutOptions, layout } from './html.ts';
import type { Html } from './html.ts';
import { send } from './http.ts';
import type { Publisher } from './publish/types.ts';
import type { SaveQueue } from './saves/saves.ts';
import type { SecondSteps } from './accounts/second-step.ts';
import type { Session, Sessions } from './accounts/sessions.ts';
import type { LoginThrottle } from './accounts/throttle.ts';

/** The room's long-lived services. */
export interface Room {
  config: AdminConfig;
  db: DatabaseSync;
  accounts: Accounts;
  sessions: Sessions;
  loginThrottle: LoginThrottle;
  repo: ContentRepo;
  saves: SaveQueue;
  checks: Checks;
  publisher: Publisher | null;
  /** The last refused save of each editor (shown on Periksa konten). */
  refusals: Map<string, string>;
  /** Errors the last save of each editor left in the entries it touched (shown in the bar). */
  saveIssues: Map<string, CheckIssue[]>;
  secondSteps: SecondSteps;
}

/** One request. */
export interface Ctx {
  room: Room;
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The room's own origin (scheme://host[:port]). */
  origin: string;
  session: Session | null;
  sessionId: string | undefined;
  account: Account | null;
  /** Parsed form body of a page POST (CSRF token already checked). */
  form: URLSearchParams;
}

/** Who may use a route. */
export type Access = 'public' | Role;

/** One entry of the route table; the server and the route tests both read the table. */
export interface Route {
  method: 'GET' | 'POST';
  /** Exact path, or a prefix when `prefix` is set. */
  path: string;
  prefix?: boolean;
  access: Access;
  /** Pages redirect to /masuk when logged out; API routes answer 401 JSON. */
  kind: 'page' | 'api';
  /** Page POST routes with their own body handling (Keystatic's API) skip the form token. */
  rawBody?: boolean;
  handle(ctx: Ctx): void | Promise<void>;
}

type Handler = Route['handle'];

/**
 * A page with a form: GET shows it, POST (form token already checked) acts on it. Both
 * answer at the same path for the same people.
 */
export function pageRoute(path: string, access: Access, get: Handler, post: Handler): Route[] {
  return [
    { method: 'GET', path, access, kind: 'page', handle: get },
    { method: 'POST', path, access, kind: 'page', handle: post },
  ];
}

/** Send a full room page. */
export function sendPage(
  ctx: Ctx,
  status: number,
  options: Omit<LayoutOptions, 'account' | 'csrf' | 'path' | 'saveIssues'>,
  body: Html,
): void {
  send(
    ctx.res,
    status,
    layout(
      {
        ...options,
        account: ctx.account,
        csrf: ctx.session?.csrf ?? '',
        path: ctx.url.pathname,
        saveIssues: ctx.account ? ctx.room.saveIssues.get(ctx.account.username) : undefined,
      },
      body,
    ),
    'text/html; charset=utf-8',
  );
}
