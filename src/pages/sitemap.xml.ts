// sitemap.xml of every page. Routes are discovered from the page files themselves (and
// their getStaticPaths), so a new page is listed without anyone updating this file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../data/index.ts';
import { lastModified, routePath, sitemapXml } from '../lib/feeds.ts';

type PageModule = { getStaticPaths?: GetStaticPaths };
// Error pages are not content; everything else under src/pages is.
const pageFiles = import.meta.glob<PageModule>(['./**/*.astro', '!./404.astro', '!./500.astro']);
// Addresses that moved (never indexed) are listed at their new address only.
const MOVED_PAGES = './[...pengalihan].astro';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const paths: string[] = [];
  for (const [file, load] of Object.entries(pageFiles)) {
    if (file === MOVED_PAGES) continue;
    if (!file.includes('[')) {
      paths.push(routePath(file));
      continue;
    }
    const { getStaticPaths } = await load();
    const entries = (await getStaticPaths?.({} as Parameters<GetStaticPaths>[0])) ?? [];
    for (const entry of entries.flat()) paths.push(routePath(file, entry.params));
  }
  return new Response(sitemapXml(site.profile.origin, paths, lastModified(site)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
