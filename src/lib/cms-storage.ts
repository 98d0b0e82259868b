// Where the Keystatic admin keeps content: local files (the default), or a GitHub repository
// for offices allowed to keep content there. Chosen by environment variables with the PUBLIC_
// prefix, because the admin's browser half reads the same config as its server half.

/** Keystatic storage settings this project supports. */
export type CmsStorage = { kind: 'local' } | { kind: 'github'; repo: `${string}/${string}` };

/** Environment variable that switches the admin to GitHub mode ("github"; default "local"). */
export const STORAGE_VARIABLE = 'PUBLIC_MPP_KEYSTATIC_STORAGE';
/** Environment variable naming the GitHub repository (owner/name) in GitHub mode. */
export const REPO_VARIABLE = 'PUBLIC_MPP_KEYSTATIC_REPO';

/** The storage the environment asks for; an unknown kind or a malformed repo is an error. */
export function storageFromEnv(env: Record<string, string | undefined>): CmsStorage {
  const kind = (env[STORAGE_VARIABLE] ?? '').trim() || 'local';
  if (kind === 'local') return { kind: 'local' };
  if (kind !== 'github') throw new Error(`${STORAGE_VARIABLE}="${kind}" tidak dikenal; gunakan local atau github`);
  const repo = (env[REPO_VARIABLE] ?? '').trim();
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) {
    throw new Error(`${REPO_VARIABLE} wajib diisi dengan pemilik/nama repositori GitHub, misalnya dpmptsp-kota/portal-mpp`);
  }
  return { kind: 'github', repo: repo as `${string}/${string}` };
}

/** The environment as this runtime exposes it: Node's process.env, else (browser) Vite's import.meta.env. */
export function runtimeEnv(): Record<string, string | undefined> {
  if (typeof process !== 'undefined' && process.env) return process.env;
  return (import.meta as { env?: Record<string, string | undefined> }).env ?? {};
}
