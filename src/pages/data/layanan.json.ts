// Open data: the whole service catalogue (fields documented on /data/ and in layanan.schema.json).
import type { APIRoute } from 'astro';
import { getSite } from '../../data/index.ts';
import { servicesDocument } from '../../lib/open-data/layanan.ts';

export const GET: APIRoute = async () => Response.json(servicesDocument(await getSite()));
