// JSON Schemas of the open-data files, published beside them (/data/<file>.schema.json).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/index.ts';
import { openDataSchemas } from '../../lib/open-data/schemas.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  const schemas = openDataSchemas(site.profile.origin, site.hours.timeZone);
  return Object.entries(schemas).map(([nama, schema]) => ({ params: { nama }, props: { schema } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.schema, null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
