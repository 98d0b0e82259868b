// JSON Schemas (draft 2020-12) of the open-data files, published beside them: one module
// per file in schema/, the shared field kinds and pieces in schema/fields.ts.
import { absoluteUrl } from '../urls.ts';
import { OPEN_DATA_FILES } from './files.ts';
import { envelope, type JsonSchema, obj } from './schema/fields.ts';
import { geraiProperties } from './schema/gerai.ts';
import { hoursProperties } from './schema/jam-layanan.ts';
import { partnersProperties } from './schema/kemitraan.ts';
import { servicesProperties } from './schema/layanan.ts';
import { guidesProperties } from './schema/panduan.ts';

export type { JsonSchema } from './schema/fields.ts';

const documentSchema = (origin: string, file: string, title: string, properties: Record<string, JsonSchema>): JsonSchema => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: absoluteUrl(origin, file),
  ...obj(title, { ...envelope, ...properties }),
  title,
});

/** The published schemas, keyed by the file name before ".schema.json"; times are in the MPP's `timeZone`. */
export function openDataSchemas(
  origin: string,
  timeZone: string,
): Record<'layanan' | 'gerai' | 'jam-layanan' | 'panduan' | 'kemitraan', JsonSchema> {
  return {
    layanan: documentSchema(origin, OPEN_DATA_FILES.layanan.schema, 'Katalog layanan', servicesProperties),
    gerai: documentSchema(origin, OPEN_DATA_FILES.gerai.schema, 'Daftar gerai', geraiProperties),
    'jam-layanan': documentSchema(origin, OPEN_DATA_FILES.jamLayanan.schema, 'Jam layanan', hoursProperties(timeZone)),
    panduan: documentSchema(origin, OPEN_DATA_FILES.panduan.schema, 'Panduan peristiwa hidup', guidesProperties),
    kemitraan: documentSchema(origin, OPEN_DATA_FILES.kemitraan.schema, 'Instansi dan kemitraan', partnersProperties),
  };
}
