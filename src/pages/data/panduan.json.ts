// Open data: life-event guides (fields documented on /data/ and in panduan.schema.json).
import type { APIRoute } from 'astro';
import { getSite } from '../../data/index.ts';
import { guidesDocument } from '../../lib/open-data/panduan.ts';

export const GET: APIRoute = async () => Response.json(guidesDocument(await getSite()));
