// The shape of the content model: every field of every collection and singleton, with what
// decides how content is stored (kind, options, default, which values parse), and nothing
// editors only read (labels, help, validation messages). A change here is a change of the
// content format, which needs a new model version and a migration step
// (tests/unit/migrate-shape.test.ts compares it with src/migrations/model-shapes.json).

/** Keystatic fields, seen structurally (their public types hide these members). */
interface ShapeField {
  kind: string;
  formKind?: string;
  collection?: string;
  options?: readonly { value: string }[];
  defaultValue?: () => unknown;
  parse?: (value: unknown, ctx?: unknown) => unknown;
  fields?: Record<string, ShapeField>;
  element?: ShapeField;
  discriminant?: ShapeField;
  values?: Record<string, ShapeField>;
}

interface ShapeEntry {
  path?: string;
  slugField?: string;
  format?: unknown;
  schema: Record<string, unknown>;
}

export interface ShapeConfig {
  collections?: Record<string, ShapeEntry>;
  singletons?: Record<string, ShapeEntry>;
}

// Values every plain field is tried with: which of them parse tells text, number, whole
// number, date, URL, checkbox and relationship fields apart.
const PROBES: unknown[] = ['x', 1, 1.5, true, '2026-01-01', 'https://contoh.go.id', null];

function accepts(field: ShapeField): string {
  return PROBES.map((value) => {
    try {
      field.parse?.(value, { slug: undefined });
      return '1';
    } catch {
      return '0';
    }
  }).join('');
}

function defaultOf(field: ShapeField): string {
  try {
    return JSON.stringify(field.defaultValue?.() ?? null) ?? 'null';
  } catch {
    return '?';
  }
}

function formSignature(field: ShapeField): string {
  const parts = [field.formKind ?? 'form'];
  if (field.options) parts.push(`[${field.options.map((o) => o.value).join(',')}]`);
  if (typeof field.collection === 'string') parts.push(`->${field.collection}`);
  // Slug, file and rich-text fields parse through the CMS's own context; their kind is enough.
  if (!field.formKind) parts.push(`default=${defaultOf(field)}`, `accepts=${accepts(field)}`);
  return parts.join(' ');
}

function walk(field: ShapeField, at: string, out: Record<string, string>): void {
  if (field.kind === 'object') {
    out[at] = 'object';
    for (const [name, child] of Object.entries(field.fields ?? {})) walk(child, `${at}.${name}`, out);
  } else if (field.kind === 'array' && field.element) {
    out[at] = 'list';
    walk(field.element, `${at}[]`, out);
  } else if (field.kind === 'conditional' && field.discriminant && field.values) {
    out[at] = `conditional on ${formSignature(field.discriminant)}`;
    for (const [value, child] of Object.entries(field.values)) walk(child, `${at}{${value}}`, out);
  } else if (field.kind === 'form') {
    out[at] = formSignature(field);
  } else {
    out[at] = field.kind;
  }
}

/** The model's shape as "collection.field.sub" → signature, sorted by path. */
export function modelShape(config: ShapeConfig): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [group, entries] of [
    ['singleton', config.singletons ?? {}],
    ['collection', config.collections ?? {}],
  ] as const) {
    for (const [key, entry] of Object.entries(entries)) {
      out[key] = `${group} ${entry.path ?? ''} ${JSON.stringify(entry.format ?? null)}${entry.slugField ? ` slug=${entry.slugField}` : ''}`;
      for (const [name, field] of Object.entries(entry.schema)) walk(field as ShapeField, `${key}.${name}`, out);
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Paths whose signature differs between two shapes ("+ added", "- removed", "~ changed"). */
export function shapeDifferences(before: Record<string, string>, after: Record<string, string>): string[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return paths.flatMap((p) => {
    if (!(p in before)) return [`+ ${p}: ${after[p]}`];
    if (!(p in after)) return [`- ${p}: ${before[p]}`];
    return before[p] === after[p] ? [] : [`~ ${p}: ${before[p]} → ${after[p]}`];
  });
}
