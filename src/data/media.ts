// Uploaded media (content/media) are published on the site's own origin, so only files that
// are what they claim to be get through: the type each field accepts, bytes that match the
// extension, no HTML or script hidden inside (polyglots), and SVG only when a maintained
// sanitiser (DOMPurify) finds nothing to remove.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { pdfProblem } from './media-pdf.ts';

/** Content types of the media the site publishes; any other file in content/media stays out of the build. */
export const MEDIA_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
};

const ascii = (bytes: Buffer, start: number, end: number) => bytes.subarray(start, end).toString('latin1');
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  webp: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
  avif: (b) => ascii(b, 4, 8) === 'ftyp' && /^(avif|avis|mif1)$/.test(ascii(b, 8, 12)),
  pdf: (b) => ascii(b, 0, 5) === '%PDF-',
};
// Markup a browser would run if it ever treated the file as a page (PDF actions: media-pdf.ts).
const ACTIVE_MARKUP = /<(script|html|body|iframe|object|embed|svg|meta|link)\b|javascript:/i;
// XML features where an XML parser (the browser opening the file) and an HTML parser (the
// sanitiser) can disagree about what the file contains.
const SVG_AMBIGUOUS = /<!DOCTYPE|<!ENTITY|<!\[CDATA\[|<\?(?!xml\s)/i;
// Comments are fine (design tools write "<!-- Generator: ... -->") when both parsers end them
// at the same "-->": no "--" inside, no "-" before the end, no "<!-->" or "<!--->" start.
const COMMENT = /<!--([\s\S]*?)-->/g;
const plainComment = (body: string) => !body.startsWith('>') && !body.startsWith('->') && !body.includes('--') && !body.endsWith('-');

let purifier: ReturnType<typeof createDOMPurify> | undefined;
function purify() {
  purifier ??= createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
  return purifier;
}

function svgProblem(text: string): string | null {
  if (!/<svg[\s>]/i.test(text)) return 'isi berkas bukan gambar SVG';
  if (SVG_AMBIGUOUS.test(text))
    return 'SVG memuat DOCTYPE, ENTITY, CDATA atau instruksi pemrosesan; simpan ulang sebagai SVG biasa atau gunakan PNG';
  if ([...text.matchAll(COMMENT)].some((m) => !plainComment(m[1] ?? '')))
    return 'SVG memuat komentar yang tidak lazim (berisi "--"); hapus komentar itu atau simpan ulang sebagai SVG biasa';
  const dompurify = purify();
  dompurify.sanitize(text, { USE_PROFILES: { svg: true, svgFilters: true } });
  const removed = dompurify.removed
    .map((r) => ('element' in r ? `<${r.element.nodeName.toLowerCase()}>` : `atribut ${r.attribute?.name ?? ''}`))
    .filter((name) => name !== '<body>' && name !== '<html>' && name !== '<head>' && name !== '<#comment>');
  return removed.length
    ? `SVG memuat unsur aktif (${[...new Set(removed)].slice(0, 5).join(', ')}) yang dapat menjalankan skrip; hapus unsur itu atau gunakan PNG`
    : null;
}

/** Why an uploaded file must not be published (its bytes do not match its type, or it carries script), or null. */
export function mediaFileProblem(bytes: Buffer, ext: string): string | null {
  const type = ext.toLowerCase();
  if (!MEDIA_TYPES[type]) return `jenis berkas .${type} tidak diterbitkan`;
  if (type === 'svg') return svgProblem(bytes.toString('utf8'));
  if (!SIGNATURES[type]?.(bytes))
    return `isi berkas bukan ${type.toUpperCase()} (mungkin berkas lain yang diganti namanya); ekspor ulang lalu unggah`;
  const text = bytes.toString('latin1');
  if (ACTIVE_MARKUP.test(text)) return 'berkas memuat kode HTML atau skrip tersembunyi; ekspor ulang gambar itu lalu unggah';
  return type === 'pdf' ? pdfProblem(bytes) : null;
}

/** Inspects an uploaded file by its public path (/media/...) inside a content folder. */
export function mediaProblemIn(dir: string) {
  return (publicPath: string): string | null => {
    const file = path.join(dir, decodeURI(publicPath).replace(/^\//, ''));
    return mediaFileProblem(readFileSync(file), path.extname(file).slice(1));
  };
}

/** Files under a media folder that may be published, and the ones left out with the reason. */
export function publishableMedia(mediaDir: string): { files: string[]; skipped: { file: string; reason: string }[] } {
  const files: string[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const entry of readdirSync(mediaDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(mediaDir, full);
    const reason = mediaFileProblem(readFileSync(full), path.extname(entry.name).slice(1));
    if (reason) skipped.push({ file: rel, reason });
    else files.push(rel);
  }
  return { files: files.sort(), skipped };
}
