// What the room knows about content comes from keystatic.config.ts, the one schema:
// which file is which entry, the labels editors see, and which fields point at which
// collection. Nothing here restates the schema.
import keystaticConfig from '../../keystatic.config.ts';

// Keystatic field objects, seen structurally (their public types hide these members).
export interface AnyField {
  kind: 'form' | 'object' | 'array' | 'conditional' | 'child';
  formKind?: string;
  label?: string;
  fields?: Record<string, AnyField>;
  element?: AnyField;
  discriminant?: AnyField;
  values?: Record<string, AnyField>;
  defaultValue?: () => unknown;
  Input?: (props: Record<string, unknown>) => { props?: { collection?: unknown } } | null;
}
type Schema = Record<string, AnyField>;

/** A collection entry or a singleton, as the CMS names it. */
export interface EntryRef {
  kind: 'collection' | 'singleton';
  /** Key in keystatic.config.ts (layanan, jamLayanan). */
  key: string;
  /** Collection entry slug; undefined for singletons. */
  slug?: string;
  /** Label of the collection or singleton ("Layanan", "Jam layanan"). */
  label: string;
  /** File of the entry, relative to the content repository root. */
  file: string;
  /** Where the entry opens in Keystatic. */
  editUrl: string;
}

const collections = keystaticConfig.collections as unknown as Record<
  string,
  { label: string; path: string; slugField: string; format?: { contentField?: string }; schema: Schema }
>;
const singletons = keystaticConfig.singletons as unknown as Record<string, { label: string; path: string; schema: Schema }>;

const extensionOf = (c: { format?: { contentField?: string } }) => (c.format?.contentField ? 'mdoc' : 'yaml');

/** The collection keys, in schema order. */
export const collectionKeys = () => Object.keys(collections);

/** Label of a collection or singleton. */
export function sectionLabel(key: string): string {
  return collections[key]?.label ?? singletons[key]?.label ?? key;
}

/** Field of a collection whose value names the entry (its slug field). */
export function slugFieldOf(key: string): string | undefined {
  return collections[key]?.slugField;
}

/** The schema of a collection or singleton. */
export function schemaOf(key: string): Schema | undefined {
  return collections[key]?.schema ?? singletons[key]?.schema;
}

/** The file of a collection entry. */
export function entryFile(key: string, slug: string): string {
  const c = collections[key];
  if (!c) throw new Error(`koleksi ${key} tidak ada`);
  return `${c.path.replace(/\*$/, '')}${slug}.${extensionOf(c)}`;
}

/** Which entry a content file (relative path, e.g. content/layanan/ktp-el.yaml) belongs to, or null (media, other files). */
export function entryForFile(file: string): EntryRef | null {
  for (const [key, c] of Object.entries(collections)) {
    const dir = c.path.replace(/\*$/, '');
    const ext = `.${extensionOf(c)}`;
    if (file.startsWith(dir) && file.endsWith(ext)) {
      const slug = file.slice(dir.length, -ext.length);
      if (slug && !slug.includes('/')) {
        return {
          kind: 'collection',
          key,
          slug,
          label: c.label,
          file,
          editUrl: `/keystatic/collection/${key}/item/${encodeURIComponent(slug)}`,
        };
      }
    }
  }
  for (const [key, s] of Object.entries(singletons)) {
    if (file === `${s.path}.yaml`) return { kind: 'singleton', key, label: s.label, file, editUrl: `/keystatic/singleton/${key}` };
  }
  return null;
}

/** The entry of a file path as validation reports it (relative to any folder ending in content/). */
export function entryForIssueFile(file: string): EntryRef | null {
  const at = file.lastIndexOf('content/');
  return entryForFile(at >= 0 ? file.slice(at) : `content/${file}`);
}

// fields.empty(): a form field whose editor renders nothing.
export function isEmptyField(field: AnyField): boolean {
  if (field.kind !== 'form' || typeof field.Input !== 'function') return false;
  try {
    return field.Input({}) === null;
  } catch {
    return false;
  }
}

// Items of an array of time ranges are "rentang" to editors; anything else is a "butir".
export function itemWord(element: AnyField | undefined): string {
  const keys = Object.keys(element?.fields ?? {});
  return keys.length === 2 && keys.includes('mulai') && keys.includes('selesai') ? 'rentang' : 'butir';
}

/** Split "jadwal.sabtu[2]" / "persyaratan.0.dokumen" into names and 1-based item numbers. */
function segments(fieldPath: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of fieldPath.split('.')) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      out.push(part);
      continue;
    }
    if (match[1]) out.push(/^\d+$/.test(match[1]) ? Number(match[1]) + 1 : match[1]);
    for (const index of match[2]?.match(/\d+/g) ?? []) out.push(Number(index));
  }
  return out;
}

/**
 * The labels an editor sees for a field path of an entry of `key`, e.g. ["Jadwal mingguan",
 * "Sabtu", "rentang 2"]. Unknown parts are kept as written, so nothing is ever hidden.
 */
export function labelPath(key: string, fieldPath: string): string[] {
  const schema = schemaOf(key);
  const labels: string[] = [];
  let current: AnyField | undefined = schema ? { kind: 'object', fields: schema } : undefined;
  const parts = segments(fieldPath);
  for (let i = 0; i < parts.length; i++) {
    const segment = parts[i] as string | number;
    if (current?.kind === 'conditional') {
      if (segment === 'discriminant') {
        labels.push(current.discriminant?.label ?? String(segment));
        current = undefined;
        continue;
      }
      // A conditional's value: the named branch, else the one that is not empty
      // (validation names branches loosely, e.g. "jenis.jamKhusus").
      const named = current.values?.[String(segment)];
      const branch: AnyField | undefined = named ?? Object.values(current.values ?? {}).find((b) => !isEmptyField(b));
      current = branch;
      if (branch?.label) labels.push(branch.label);
      // An object branch continues with this segment as one of its fields.
      if (!named && branch?.kind === 'object' && segment !== 'value') i--;
      continue;
    }
    if (typeof segment === 'number') {
      labels.push(`${itemWord(current?.element)} ${segment}`);
      current = current?.element;
      continue;
    }
    const next: AnyField | undefined = current?.fields?.[segment];
    if (!next) {
      if (segment !== '-' && segment !== 'slug') labels.push(segment);
      current = undefined;
      continue;
    }
    if (next.kind === 'conditional') labels.push(next.discriminant?.label ?? segment);
    else labels.push(next.label ?? segment);
    current = next;
  }
  return labels;
}

/** A field that points at entries of another collection. */
export interface RelationField {
  /** Top-level field name (relationships in this schema are top-level, or one branch of a top-level conditional). */
  field: string;
  target: string;
  multiple: boolean;
  /** For a relationship inside a conditional: the discriminant value whose branch it is (stored at field.value). */
  branch?: string;
}

// Keystatic keeps a relationship's collection inside its editor component; rendering the
// component's element (without mounting it) reveals it.
function relationTarget(field: AnyField): string | null {
  if (field.kind !== 'form' || typeof field.Input !== 'function' || field.formKind) return null;
  try {
    const target = field.Input({ value: null, onChange() {}, autoFocus: false, forceValidation: false })?.props?.collection;
    return typeof target === 'string' && target in collections ? target : null;
  } catch {
    return null;
  }
}

/** Relationship fields of every collection, keyed by the collection that holds them. */
export function relationFields(): Map<string, RelationField[]> {
  const map = new Map<string, RelationField[]>();
  for (const [key, c] of Object.entries(collections)) {
    const list: RelationField[] = [];
    for (const [field, schema] of Object.entries(c.schema)) {
      const target = relationTarget(schema);
      if (target) list.push({ field, target, multiple: Array.isArray(schema.defaultValue?.()) });
      // e.g. instansi.kehadiran: "gerai-lain" names a gerai.
      for (const [branch, value] of Object.entries(schema.kind === 'conditional' ? (schema.values ?? {}) : {})) {
        const inner = relationTarget(value);
        if (inner) list.push({ field, target: inner, multiple: Array.isArray(value.defaultValue?.()), branch });
      }
    }
    map.set(key, list);
  }
  return map;
}
