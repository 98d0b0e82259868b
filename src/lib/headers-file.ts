// Reads a `_headers` file (Netlify / Cloudflare Pages format) so the local server and
// the tests apply exactly what a deployment would.

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Parse `_headers` text into rules, in file order. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const at = raw.indexOf(':');
    const rule = rules[rules.length - 1];
    if (rule && at > 0) rule.headers.push([raw.slice(0, at).trim(), raw.slice(at + 1).trim()]);
  }
  return rules;
}

/** Headers for a request path: every matching rule applies, later ones win. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    const prefix = rule.pattern.replace(/\*$/, '');
    const matches = rule.pattern.endsWith('*') ? pathname.startsWith(prefix) : pathname === rule.pattern;
    if (matches) for (const [name, value] of rule.headers) result[name] = value;
  }
  return result;
}
