// Configuration checks both servers share. Settings come from hand-edited files, environment
// variables and flags, so every value is checked at start with zod, and a bad one stops the
// server with an Indonesian message naming it (each server words its own messages).
import { z } from 'zod';

/** A setting that stops a server from starting; the message is for the operator. */
export class ConfigError extends Error {}

/** Whether `zone` is an IANA time zone this runtime knows (Asia/Jakarta). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Whether `value` is exactly an http(s) origin (scheme, host, port; no path). */
export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/** A plain object (parsed JSON), not an array or null. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An integer in [min, max] (a JSON number). */
export const integer = (min: number, max: number) => z.number().int().min(min).max(max);

/** An integer in [min, max] written as digits (an environment variable or flag). */
export const wholeNumber = (min: number, max: number) => z.string().regex(/^\d+$/).transform(Number).pipe(integer(min, max));

/** Text with something other than spaces in it, kept as written, matching `pattern` when given. */
export const filled = (pattern?: RegExp) => z.string().refine((v) => v.trim() !== '' && (!pattern || pattern.test(v)));

/**
 * `schema`, with any failure reported as one issue worded `message`: zod's own messages are
 * English and name the innermost part, while staff need one Indonesian sentence per setting.
 * Absent keys reach `schema` as undefined, so it decides whether they are allowed.
 */
export function worded<T extends z.ZodType>(schema: T, message: string) {
  return z
    .unknown()
    .optional()
    .transform((value, ctx) => {
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data as z.output<T>;
      ctx.addIssue({ code: 'custom', message, input: value });
      return z.NEVER;
    });
}

/** A switch written as '', '0' or '1'. */
export const onOff = z.enum(['', '0', '1']).transform((v) => v === '1');

/** Text with something other than spaces in it. */
export const nonEmpty = z.string().trim().min(1);

/** One string setting: CLI flag, environment variable, default, schema, and what it must be. */
export type StringSetting = readonly [flag: string, env: string, fallback: string, schema: z.ZodType<unknown, string>, expected: string];

/**
 * Reads string settings from flags over environment variables over defaults. Returns the
 * parsed values by key, and one message per invalid setting from `invalid`.
 */
export function readSettings(
  settings: Record<string, StringSetting>,
  flags: Record<string, string>,
  env: NodeJS.ProcessEnv,
  invalid: (name: string, flag: string, raw: string, expected: string) => string,
): { values: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, [flag, name, fallback, schema, expected]] of Object.entries(settings)) {
    const raw = flags[flag] ?? env[name] ?? fallback;
    const parsed = schema.safeParse(raw);
    if (parsed.success) values[key] = parsed.data;
    else problems.push(invalid(name, flag, raw, expected));
  }
  return { values, problems };
}
