// Redirects for published URLs that went away (a renamed or deleted service, gerai,
// announcement or page). The editors' room records them in content/pengalihan.yaml; the
// public build turns each into a redirect page at the old path.
import { parse, stringify } from 'yaml';

/** One redirect: old path → new path (both site paths ending in "/"). */
export interface Redirect {
  dari: string;
  ke: string;
}

/** File (inside the content folder) that holds the redirects. */
export const REDIRECTS_FILE = 'pengalihan.yaml';

const SITE_PATH = /^\/(?:[a-z0-9][a-z0-9-]*\/)+$|^\/$/;

/** Parse and validate the redirects file; invalid lines become Indonesian problems. */
export function parseRedirects(text: string | null): { redirects: Redirect[]; problems: string[] } {
  const problems: string[] = [];
  const redirects: Redirect[] = [];
  if (!text?.trim()) return { redirects, problems };
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return { redirects, problems: [`${REDIRECTS_FILE}: bukan YAML yang valid`] };
  }
  const list = (data as { pengalihan?: unknown })?.pengalihan;
  if (!Array.isArray(list)) return { redirects, problems: [`${REDIRECTS_FILE}: harus berisi daftar "pengalihan"`] };
  const seen = new Set<string>();
  list.forEach((item: { dari?: unknown; ke?: unknown }, i) => {
    const where = `${REDIRECTS_FILE} › pengalihan ${i + 1}`;
    if (typeof item?.dari !== 'string' || !SITE_PATH.test(item.dari) || item.dari === '/')
      problems.push(`${where}: alamat lama "${item?.dari}" tidak valid`);
    else if (typeof item.ke !== 'string' || !SITE_PATH.test(item.ke)) problems.push(`${where}: alamat tujuan "${item.ke}" tidak valid`);
    else if (item.dari === item.ke) problems.push(`${where}: alamat lama dan tujuan sama`);
    else if (seen.has(item.dari)) problems.push(`${where}: alamat lama ${item.dari} sudah dialihkan`);
    else {
      seen.add(item.dari);
      redirects.push({ dari: item.dari, ke: item.ke });
    }
  });
  return { redirects, problems };
}

/**
 * Add redirects for paths that went away, point older redirects at the newest target (no
 * chains), and drop redirects from paths that exist again.
 */
export function updateRedirects(current: Redirect[], gone: Redirect[], existing: Set<string>): Redirect[] {
  const target = new Map(gone.map((g) => [g.dari, g.ke]));
  const next = current.map((r) => ({ dari: r.dari, ke: target.get(r.ke) ?? r.ke }));
  for (const g of gone) if (!next.some((r) => r.dari === g.dari)) next.push(g);
  return next.filter((r) => r.dari !== r.ke && !existing.has(r.dari));
}

/** The redirects file's text. */
export function formatRedirects(redirects: Redirect[]): string {
  return stringify({ pengalihan: redirects });
}
