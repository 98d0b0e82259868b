// The content check, once: what `npm run build`, `npm run check-content`, the editors'
// room's "Periksa konten" and the publisher all run on a content folder, in-process, so
// none of them can pass content another refuses (media bytes, deployment URL overrides).
// The schema first: it and src/lib/validate.ts import each other (through redirects.ts), and
// only this order gives validate.ts's constants to the schema before it uses them.
import '../../keystatic.config.ts';
import { zonedNow } from '../lib/time-zone.ts';
import { validateContent } from '../lib/validate.ts';
import { mediaProblemIn } from './media.ts';
import { modelIssues } from '../migrations/status.ts';
import { displayPath, mediaExistsIn, readContent } from './read.ts';
import type { ContentIssue, RawContent } from './types.ts';

export interface CheckContentOptions {
  /**
   * Where MPP_TODAY, MPP_QUEUE_API_URL and MPP_TILE_URL are read from (default process.env):
   * the publisher passes the environment its build gets, so both see the same values.
   */
  env?: NodeJS.ProcessEnv;
  /** The clock, for "today" when MPP_TODAY is unset. */
  now?: Date;
  /** How the folder is named in messages (default: its path from the working directory). */
  shownDir?: string;
}

export interface ContentCheck {
  content: RawContent;
  /** Errors (stop the build) and warnings, in the order the checks found them. */
  issues: ContentIssue[];
  /** The day the warnings are relative to (YYYY-MM-DD, MPP's zone). */
  today: string;
  timeZone: string;
}

/** Today in `timeZone`, or MPP_TODAY (YYYY-MM-DD) for reproducible builds. */
export function todayIn(timeZone: string, env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  return env.MPP_TODAY || zonedNow(now, timeZone).date;
}

/** Read and validate a content folder exactly as the build does. */
export async function checkContent(dir: string, options: CheckContentOptions = {}): Promise<ContentCheck> {
  const env = options.env ?? process.env;
  const { content, issues: readIssues } = await readContent(dir);
  const timeZone = content.profil?.entry.zonaWaktu ?? 'Asia/Jakarta';
  const today = todayIn(timeZone, env, options.now);
  const issues = [
    // Content written for another model version says so first, with what to run.
    ...modelIssues(dir, options.shownDir ?? displayPath(dir)),
    ...readIssues,
    ...validateContent(content, {
      today,
      mediaExists: mediaExistsIn(dir),
      mediaProblem: mediaProblemIn(dir),
      overrides: { queueApiUrl: env.MPP_QUEUE_API_URL, tileUrl: env.MPP_TILE_URL },
    }),
  ];
  return { content, issues, today, timeZone };
}
