// parseSnapshot and contract.schema.json must agree. Every fixture goes through both: the
// runtime validator and a tiny checker that walks the JSON Schema keywords the schema uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QueueSnapshot } from '../../src/lib/queue/contract.ts';
import { parseSnapshot } from '../../src/lib/queue/parse.ts';
import { fakeSnapshot } from '../fixtures/queue-fake-api.ts';

type Schema = Record<string, unknown>;
const root = JSON.parse(readFileSync(new URL('../../src/lib/queue/contract.schema.json', import.meta.url), 'utf8')) as Schema;
const SUPPORTED = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  '$defs',
  '$ref',
  'type',
  'const',
  'required',
  'properties',
  'items',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'maxItems',
  'anyOf',
  'format',
]);

function typeOf(value: unknown): string[] {
  if (value === null) return ['null'];
  if (Array.isArray(value)) return ['array'];
  if (typeof value === 'number') return Number.isInteger(value) ? ['integer', 'number'] : ['number'];
  return [typeof value];
}

/** Returns true when `value` satisfies `schema` (subset of draft 2020-12 used by the contract). */
function validates(value: unknown, schema: Schema): boolean {
  for (const key of Object.keys(schema)) if (!SUPPORTED.has(key)) throw new Error(`checker lacks keyword ${key}`);
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/$defs/', '');
    if (!validates(value, (root.$defs as Record<string, Schema>)[name] as Schema)) return false;
  }
  if (schema.anyOf && !(schema.anyOf as Schema[]).some((s) => validates(value, s))) return false;
  if ('const' in schema && value !== schema.const) return false;
  if (schema.type) {
    const allowed = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!typeOf(value).some((t) => allowed.includes(t))) return false;
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) return false;
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) return false;
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return false;
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return false;
    if (schema.items && !value.every((item) => validates(item, schema.items as Schema))) return false;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    if (schema.required && !(schema.required as string[]).every((k) => Object.hasOwn(obj, k))) return false;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [key, sub] of Object.entries(props)) if (Object.hasOwn(obj, key) && !validates(obj[key], sub)) return false;
  }
  return true;
}

const base = (): QueueSnapshot => fakeSnapshot(0, false, '2025-03-10T02:15:00.000Z');
// biome-ignore lint/suspicious/noExplicitAny: fixtures are deliberately bent out of shape.
const edit = (change: (s: any) => void): unknown => {
  const s = structuredClone(base());
  change(s);
  return s;
};

const GOOD: [string, unknown][] = [
  ['a full snapshot', base()],
  ['a closed MPP', fakeSnapshot(2, true, '2025-03-10T12:00:00+07:00')],
  [
    'nulls where allowed',
    edit((s) => {
      s.stream = null;
      s.mpp.quota = null;
      s.mpp.quotaLeft = null;
      Object.assign(s.gerai[0], { nowServing: null, avgServiceMinutes: null, estimatedWaitMinutes: null, updatedAt: null });
    }),
  ],
  [
    'unknown extra fields (added later in v1)',
    edit((s) => {
      s.announcement = 'baru';
      s.gerai[0].floor = 2;
    }),
  ],
  ['no gerai at all', edit((s) => (s.gerai = []))],
  [
    'an absolute stream URL and fractional minutes',
    edit((s) => {
      s.stream = 'https://antrean.example.go.id/v1/antrean/stream';
      s.gerai[0].avgServiceMinutes = 7.5;
    }),
  ],
];

const BAD: [string, unknown][] = [
  ['null', null],
  ['an array', [base()]],
  ['a string', 'ok'],
  ['HTML from a proxy', '<html>502</html>'],
  ['version 2', edit((s) => (s.version = 2))],
  ['version as text', edit((s) => (s.version = '1'))],
  ['missing gerai', edit((s) => delete s.gerai)],
  ['gerai not a list', edit((s) => (s.gerai = 'banyak'))],
  ['missing mpp', edit((s) => delete s.mpp)],
  ['missing stream', edit((s) => delete s.stream)],
  ['updatedAt not a date-time', edit((s) => (s.updatedAt = 'kemarin'))],
  ['serviceDay in another format', edit((s) => (s.serviceDay = '10/03/2025'))],
  ['refreshSeconds zero', edit((s) => (s.refreshSeconds = 0))],
  ['quota below zero', edit((s) => (s.mpp.quota = -1))],
  ['mpp.open missing', edit((s) => delete s.mpp.open)],
  ['too many gerai', edit((s) => (s.gerai = Array.from({ length: 501 }, () => s.gerai[0])))],
];

// One broken gerai entry: the schema rejects the snapshot, the island drops only that entry.
const BAD_ENTRY: [string, unknown, number][] = [
  ['a gerai without waiting', edit((s) => delete s.gerai[1].waiting), 1],
  ['negative waiting', edit((s) => (s.gerai[0].waiting = -1)), 0],
  ['fractional waiting', edit((s) => (s.gerai[0].waiting = 1.5)), 0],
  ['waiting as text', edit((s) => (s.gerai[0].waiting = '12')), 0],
  ['avgServiceMinutes as text', edit((s) => (s.gerai[0].avgServiceMinutes = '8')), 0],
  ['empty nowServing', edit((s) => (s.gerai[0].nowServing = '')), 0],
  ['open as text', edit((s) => (s.gerai[0].open = 'true')), 0],
  ['empty gerai id', edit((s) => (s.gerai[0].id = '')), 0],
  ['gerai updatedAt without zone', edit((s) => (s.gerai[0].updatedAt = '2025-03-10T09:00:00')), 0],
  ['a gerai that is not an object', edit((s) => (s.gerai[2] = 'dukcapil')), 2],
];

describe('parseSnapshot and the JSON Schema agree', () => {
  it.each(GOOD)('accepts %s', (_name, fixture) => {
    expect(validates(fixture, root)).toBe(true);
    const result = parseSnapshot(fixture);
    expect(result.ok).toBe(true);
  });

  it.each(BAD)('rejects %s', (_name, fixture) => {
    expect(validates(fixture, root)).toBe(false);
    const result = parseSnapshot(fixture);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^snapshot/);
  });
});

describe('a broken gerai entry', () => {
  it.each(BAD_ENTRY)('with %s is dropped, the other gerai are kept', (_name, fixture, index) => {
    expect(validates(fixture, root)).toBe(false);
    const result = parseSnapshot(fixture);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const expected = base().gerai.filter((_, i) => i !== index);
    expect(result.value.gerai.map((g) => g.id)).toEqual(expected.map((g) => g.id));
    expect(result.dropped).toHaveLength(1);
    expect(result.dropped[0]).toMatch(new RegExp(`^snapshot\\.gerai\\[${index}\\]`));
  });

  it('drops every entry of a gerai id that appears twice, since neither can be trusted', () => {
    const result = parseSnapshot(edit((s) => s.gerai.push({ ...s.gerai[0], nowServing: 'A-001' })));
    expect(result.ok && result.value.gerai.map((g) => g.id)).toEqual(['imigrasi', 'bpjs-kesehatan']);
    expect(result.ok && result.dropped).toEqual(['snapshot.gerai: id "dukcapil" muncul 2 kali']);
  });
});

describe('parseSnapshot', () => {
  it('returns only known fields, leaving the input untouched', () => {
    const input = edit((s) => (s.extra = { nested: true })) as Record<string, unknown>;
    const result = parseSnapshot(input);
    expect(result.ok && 'extra' in result.value).toBe(false);
    expect(input.extra).toEqual({ nested: true });
    expect(result.ok && result.value).toEqual(base());
  });

  it('rejects a timezone that is not an IANA zone (beyond what the schema can say)', () => {
    expect(parseSnapshot(edit((s) => (s.timeZone = 'Asia/Atlantis')))).toEqual({
      ok: false,
      error: 'snapshot.timeZone: harus zona waktu IANA',
    });
  });

  it('names the offending field', () => {
    expect(parseSnapshot(edit((s) => (s.mpp.waiting = -4)))).toEqual({
      ok: false,
      error: 'snapshot.mpp.waiting: harus bilangan bulat 0–1000000',
    });
    const dropped = parseSnapshot(edit((s) => (s.gerai[1].waiting = -4)));
    expect(dropped.ok && dropped.dropped).toEqual(['snapshot.gerai[1].waiting: harus bilangan bulat 0–1000000']);
  });

  it('never throws, even on hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        has: () => true,
      },
    );
    expect(parseSnapshot(hostile).ok).toBe(false);
  });
});
