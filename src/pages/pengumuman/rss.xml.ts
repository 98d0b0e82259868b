// RSS 2.0 feed of announcements (linked from every page's head and the footer).
import type { APIRoute } from 'astro';
import { getSite } from '../../data/index.ts';
import { rssFeed } from '../../lib/feeds.ts';

export const GET: APIRoute = async () =>
  new Response(rssFeed(await getSite()), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
