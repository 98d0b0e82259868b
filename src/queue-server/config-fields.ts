// Building blocks of the queue server's config schema (config.ts): the file is edited by hand
// by MPP staff, so each field fails with one Indonesian message that follows the field's name
// ("gerai[0].prefix" + " tidak valid"), and absent or null values take the documented default.
import { z } from 'zod';
import { filled, integer, isObject, worded } from '../server/config.ts';

/** Any value, the key may be absent. */
export const anything = z.unknown().optional();
export const int = (min: number, max: number) => worded(integer(min, max), ` harus bilangan bulat ${min}–${max}`);
export const text = (pattern?: RegExp) => worded(filled(pattern), ' tidak valid');
/** `schema`, or `fallback` when the value is absent or null (a config file only names what differs). */
export const or = <S extends z.ZodType, F>(fallback: F, schema: S) => schema.nullish().transform((v) => v ?? fallback);
/** A daily ticket cap; absent or null = no cap. */
export const quota = or(null, int(0, 1_000_000));
/** A settings group; anything but an object counts as an empty one. */
export const group = <S extends z.ZodRawShape>(shape: S) => anything.transform((v) => (isObject(v) ? v : {})).pipe(z.object(shape));
/** Passes on an object (kept whole, for a following schema), else fails with `message`. */
export const objectOr = (message: string) => worded(z.looseObject({}), message);
/** A list of `item`; absent or null = empty. */
export const listOf = <S extends z.ZodType>(item: S) => or([], worded(z.array(z.unknown()), ' harus daftar').pipe(z.array(item)));

/** Names the second entry with an id already listed, e.g. `gerai "x" tercantum dua kali`. */
export function once(label: string) {
  return (list: { id: string }[], ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `${label} "${id}" tercantum dua kali`, input: list });
      seen.add(id);
    }
  };
}

/** The first issue as staff read it: a message starting with a space or colon follows the field's name, e.g. `gerai[0].prefix`. */
export function messageOf(error: z.ZodError): string {
  const { path, message } = error.issues[0] ?? { path: [], message: error.message };
  if (!/^[ :]/.test(message)) return message;
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('') + message;
}
