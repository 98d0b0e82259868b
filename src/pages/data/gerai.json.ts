// Open data: every gerai with its agency, place, weekly hours and services.
import type { APIRoute } from 'astro';
import { getSite } from '../../data/index.ts';
import { geraiDocument } from '../../lib/open-data/gerai.ts';

export const GET: APIRoute = async () => Response.json(geraiDocument(await getSite()));
