// Open data: every agency, how it serves at the MPP, and its partner agreements.
import type { APIRoute } from 'astro';
import { getSite } from '../../data/index.ts';
import { partnersDocument } from '../../lib/open-data/kemitraan.ts';

export const GET: APIRoute = async () => Response.json(partnersDocument(await getSite()));
