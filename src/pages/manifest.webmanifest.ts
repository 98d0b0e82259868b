// Web app manifest: the portal can be installed and opened like an app.
import type { APIRoute } from 'astro';
import { getSite } from '../data/index.ts';
import { webManifest } from '../lib/offline.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(webManifest((await getSite()).profile)), { headers: { 'Content-Type': 'application/manifest+json' } });
