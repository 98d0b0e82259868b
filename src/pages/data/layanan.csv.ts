// Open data: one row per service, RFC 4180 CSV in UTF-8 with a header row.
import type { APIRoute } from 'astro';
import { getSite } from '../../data/index.ts';
import { servicesCsv } from '../../lib/open-data/csv.ts';

export const GET: APIRoute = async () =>
  new Response(servicesCsv(await getSite()), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
