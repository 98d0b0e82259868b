// Open data: weekly opening hours plus upcoming closures and special hours.
import type { APIRoute } from 'astro';
import { getSite } from '../../data/index.ts';
import { hoursDocument } from '../../lib/open-data/jam-layanan.ts';

export const GET: APIRoute = async () => Response.json(hoursDocument(await getSite()));
