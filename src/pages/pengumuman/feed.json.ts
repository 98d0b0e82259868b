// JSON Feed 1.1 of announcements.
import type { APIRoute } from 'astro';
import { getSite } from '../../data/index.ts';
import { jsonFeed } from '../../lib/feeds.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(jsonFeed(await getSite())), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
