// The /data/ page's list of files and their field tables, rendered from the published
// schemas so the page and the schemas cannot disagree.
import type { Site } from '../site-types.ts';
import { t } from '../../i18n/id.ts';
import { formatCount } from '../format.ts';
import { DAY_KEYS } from '../hours.ts';
import { CSV_COLUMNS, CSV_SOURCES } from './csv.ts';
import { OPEN_DATA_FILES } from './files.ts';
import type { JsonSchema } from './schema/fields.ts';
import { openDataSchemas } from './schemas.ts';

/** One documented field, for the /data/ page. */
export interface FieldDoc {
  /** Dotted path, "[]" marking list items, e.g. persyaratan[].dokumen */
  path: string;
  type: string;
  description: string;
}

const TYPE_NAMES: Record<string, string> = t.openData.types;

const DAY_LIST = DAY_KEYS.join(', ');
// A weekly schedule documents one day as "{hari}" instead of seven identical entries.
const isWeekly = (schema: JsonSchema) => Object.keys(schema.properties ?? {}).join() === DAY_KEYS.join();

/** Flattens a schema's properties into documented fields, depth first. */
export function schemaFields(schema: JsonSchema, prefix = ''): FieldDoc[] {
  if (isWeekly(schema)) {
    const day = schema.properties?.senin as JsonSchema;
    return schemaFields(
      { properties: { '{hari}': { ...day, description: `Rentang jam buka per hari (${DAY_LIST}); kosong bila tutup` } } },
      prefix,
    );
  }
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const types = [field.type ?? []].flat().map((type) => TYPE_NAMES[type] ?? type);
    const own = { path, type: types.join(t.openData.typeOr), description: field.description ?? '' };
    if (field.type === 'array' && field.items?.properties) return [own, ...schemaFields(field.items, `${path}[].`)];
    if (field.properties) return [own, ...schemaFields(field, `${path}.`)];
    return [own];
  });
}

/** One file listed on the /data/ page, with its documented fields. */
export interface OpenDataEntry {
  id: string;
  href: string;
  name: string;
  format: 'JSON' | 'CSV';
  description: string;
  /** "66 data", or '' when a count means nothing (the schedule). */
  size: string;
  schema: { href: string; name: string } | null;
  /** JSON fields, or for the CSV its columns described by the field each comes from. */
  fields: (FieldDoc & { source?: string })[];
}

const fileName = (href: string) => href.slice(href.lastIndexOf('/') + 1);

/** The files of /data/ as the page lists them. */
export function openDataCatalogue(site: Site): OpenDataEntry[] {
  const o = t.openData;
  const schemas = openDataSchemas(site.profile.origin, site.hours.timeZone);
  const count = (n: number) => o.count.replace('{n}', formatCount(n));
  const serviceFields = schemaFields(schemas.layanan);
  const byPath = new Map(serviceFields.map((f) => [f.path, f]));
  const csvFields = CSV_COLUMNS.map((column) => {
    const source = byPath.get(CSV_SOURCES[column]);
    return { path: column, type: source?.type ?? '', description: source?.description ?? '', source: CSV_SOURCES[column] };
  });
  // A JSON file is listed under its file name, its schema beside it.
  const json = (file: { data: string; schema: string }, description: string, size: string, fields: FieldDoc[]): OpenDataEntry => ({
    id: fileName(file.data).replace('.', '-'),
    href: file.data,
    name: fileName(file.data),
    format: 'JSON',
    description,
    size,
    schema: { href: file.schema, name: fileName(file.schema) },
    fields,
  });
  const { layanan, gerai, jamLayanan, panduan, kemitraan } = OPEN_DATA_FILES;
  return [
    json(layanan, o.servicesJson, count(site.services.length), serviceFields),
    {
      id: 'layanan-csv',
      href: layanan.csv,
      name: fileName(layanan.csv),
      format: 'CSV',
      description: o.servicesCsv,
      size: count(site.services.length),
      schema: null,
      fields: csvFields,
    },
    json(gerai, o.geraiJson, count(site.gerai.length), schemaFields(schemas.gerai)),
    json(jamLayanan, o.hoursJson, '', schemaFields(schemas['jam-layanan'])),
    json(panduan, o.guidesJson, count(site.guides.length), schemaFields(schemas.panduan)),
    json(kemitraan, o.partnersJson, count(site.instansi.length), schemaFields(schemas.kemitraan)),
  ];
}
