// robots.txt: the whole portal may be crawled; the sitemap lists every page.
import type { APIRoute } from 'astro';
import { getSite } from '../data/index.ts';
import { robotsTxt } from '../lib/feeds.ts';

export const GET: APIRoute = async () =>
  new Response(robotsTxt((await getSite()).profile.origin), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
