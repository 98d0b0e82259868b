// Content-Security-Policy sources derived from editor configuration.

/** CSP source for a Leaflet tile URL template; {s} subdomains become a wildcard. */
export function tileSource(template: string): string {
  const url = new URL(template.replace(/\{s\}/g, 'SUB').replace(/\{[a-z]+\}/gi, '0'));
  const host = url.host.replace(/^SUB\./i, '*.');
  return `${url.protocol}//${host}`;
}

/** CSP source (origin) for an optional API URL, or '' when none is configured. */
export function originSource(url: string | null | undefined): string {
  return url ? new URL(url).origin : '';
}
