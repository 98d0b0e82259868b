// Reads what a PDF made by Chromium says, without a PDF library: page sizes from MediaBox,
// and text by decoding each font's ToUnicode map over the Tj/TJ strings of the content
// streams. Enough to check a printed ticket; not a general PDF reader.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  for (const m of text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = m[2] as string;
    const at = body.search(/stream\r?\n/);
    let stream: Buffer | null = null;
    let dict = body;
    if (at >= 0) {
      dict = body.slice(0, at);
      const start = at + (body.slice(at).startsWith('stream\r\n') ? 8 : 7);
      const raw = Buffer.from(body.slice(start, body.lastIndexOf('endstream')), 'latin1');
      try {
        stream = /FlateDecode/.test(dict) ? inflateSync(raw) : raw;
      } catch {
        stream = raw;
      }
    }
    found.set(Number(m[1]), { dict, stream });
  }
  return found;
}

/** Glyph code (hex) to text, from a ToUnicode CMap. */
function cmap(source: string): Map<string, string> {
  const map = new Map<string, string>();
  const unhex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => Number.parseInt(x, 16)));
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] as string).matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set((m[1] as string).toUpperCase(), unhex(m[2] as string));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] as string).matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const [from, to, base] = [
        Number.parseInt(m[1] as string, 16),
        Number.parseInt(m[2] as string, 16),
        Number.parseInt(m[3] as string, 16),
      ];
      const width = (m[1] as string).length;
      for (let c = from; c <= to; c++) map.set(c.toString(16).toUpperCase().padStart(width, '0'), String.fromCodePoint(base + c - from));
    }
  }
  return map;
}

/** Widths and heights (in millimetres) of the PDF's pages, and all the text it shows. */
export function readPdf(pdf: Buffer): { pagesMm: { width: number; height: number }[]; text: string } {
  const all = objects(pdf);
  const toMm = (pt: number) => Math.round((pt / 72) * 25.4 * 10) / 10;
  const pagesMm = [...all.values()]
    .filter((o) => /\/Type\s*\/Page\b/.test(o.dict))
    .map((o) => /\/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(o.dict))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ width: toMm(Number(m[1])), height: toMm(Number(m[2])) }));
  // Font resource name -> its ToUnicode map.
  const maps = new Map<string, Map<string, string>>();
  for (const o of all.values()) {
    for (const res of o.dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const ref of (res[1] as string).matchAll(/\/([\w.+-]+)\s+(\d+)\s+0\s+R/g)) {
        const font = all.get(Number(ref[2]));
        const uni = font && /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(font.dict);
        const stream = uni ? all.get(Number(uni[1]))?.stream : null;
        if (stream) maps.set(ref[1] as string, cmap(stream.toString('latin1')));
      }
    }
  }
  let text = '';
  for (const o of all.values()) {
    const content = o.stream?.toString('latin1') ?? '';
    if (!/\bT[jJ]\b/.test(content)) continue;
    let font: Map<string, string> | undefined;
    for (const m of content.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\bET\b/g)) {
      if (m[1]) font = maps.get(m[1]);
      else if (m[0] === 'ET') text += '\n';
      else {
        const hexes =
          m[2] !== undefined ? [...(m[2] as string).matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1] as string) : [m[3] as string];
        for (const hex of hexes) {
          const width = font && [...font.keys()][0]?.length === 2 ? 2 : 4;
          for (const code of hex.toUpperCase().match(new RegExp(`.{${width}}`, 'g')) ?? []) text += font?.get(code) ?? '';
        }
      }
    }
  }
  return { pagesMm, text };
}
