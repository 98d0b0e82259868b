// robots.txt: the whole portal may be crawled; the sitemap lists every page (a preview build: nothing).
import type { APIRoute } from 'astro';
import { getSite, isPreviewBuild } from '../data/index.ts';
import { robotsTxt } from '../lib/feeds.ts';

export const GET: APIRoute = async () =>
  new Response(robotsTxt((await getSite()).profile.origin, isPreviewBuild()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
