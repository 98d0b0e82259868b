// Addresses in the MPP profile that pages call or link to. Each is checked before the build,
// because a wrong one either crashes the render (an unparsable URL) or silently breaks the
// site for residents (an http:// API called from an https:// page is blocked by browsers).

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.hostname ? url : null;
  } catch {
    return null;
  }
}

/** Why a URL the browser will fetch from is unusable (https only; http:// just for localhost), or null. */
export function fetchUrlProblem(value: string, example: string): string | null {
  const url = parse(value);
  if (!url || !/^https?:$/.test(url.protocol)) return `"${value}" bukan alamat URL lengkap; tulis misalnya ${example}`;
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    return `"${value}" harus diawali https://: peramban memblokir alamat http:// dari situs https (http:// hanya untuk localhost)`;
  }
  return null;
}

/** Why a map tile URL template is unusable (https with {z}, {x} and {y}), or null. */
export function tileUrlProblem(template: string): string | null {
  const missing = ['{z}', '{x}', '{y}'].filter((p) => !template.includes(p));
  if (missing.length) return `pola alamat ubin "${template}" belum memuat ${missing.join(', ')}`;
  const sample = template
    .replace(/\{s\}/g, 'a')
    .replace(/\{r\}/g, '')
    .replace(/\{[a-z]+\}/gi, '0');
  return fetchUrlProblem(sample, 'https://tile.openstreetmap.org/{z}/{x}/{y}.png')?.replace(`"${sample}"`, `"${template}"`) ?? null;
}

/** Why a link for residents is unusable (an absolute http(s) address), or null. */
export function linkUrlProblem(value: string): string | null {
  const url = parse(value);
  return url && /^https?:$/.test(url.protocol) ? null : `"${value}" bukan alamat URL lengkap; tulis misalnya https://www.contoh.go.id`;
}
