// Editors' rich text (Markdoc) turned into safe HTML. Markdoc never passes raw HTML
// through; on top of that we reject link schemes that can run script and images from
// other hosts, demote headings below the page's h1, and mark external links.
import Markdoc, { type Config, type Node, type RenderableTreeNode } from '@markdoc/markdoc';

const { Tag } = Markdoc;

/** A problem in an editor's text, phrased for the editor. */
export interface RichTextProblem {
  message: string;
}

export interface PreparedRichText {
  tree: RenderableTreeNode;
  text: string;
  problems: RichTextProblem[];
}

/** Longest body we accept; longer texts are almost always a paste accident. */
export const MAX_RICH_TEXT_CHARS = 100_000;

const SAFE_LINK = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;
const LOCAL_MEDIA = /^\/(?!\/)/;
/** An HTML tag or comment typed into the text: "<script>", "<img src=x onerror=…>", "</b>", "<!-- -->". */
const RAW_HTML = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;

/** True when a link target is safe to publish (web, mail, phone or same-site). */
export function isSafeHref(href: string): boolean {
  return SAFE_LINK.test(href.trim());
}

/** True for http(s) links that leave the site. */
export function isExternalHref(href: string): boolean {
  return /^https?:\/\//i.test(href.trim());
}

const config: Config = {
  nodes: {
    heading: {
      children: ['inline'],
      attributes: { level: { type: Number, required: true } },
      transform(node, cfg) {
        // The page title is the only h1; body headings start at h2.
        const level = Math.min(6, Math.max(2, Number(node.attributes.level) || 2));
        return new Tag(`h${level}`, {}, node.transformChildren(cfg));
      },
    },
    link: {
      children: ['strong', 'em', 's', 'code', 'text', 'tag'],
      attributes: { href: { type: String, required: true }, title: { type: String } },
      transform(node, cfg) {
        const href = String(node.attributes.href);
        const attrs: Record<string, string> = { href };
        if (isExternalHref(href)) attrs.rel = 'noopener noreferrer';
        return new Tag('a', attrs, node.transformChildren(cfg));
      },
    },
  },
  tags: {},
};

function plainText(node: Node): string {
  const parts: string[] = [];
  for (const child of node.walk()) {
    if (child.type === 'text' && typeof child.attributes.content === 'string') parts.push(child.attributes.content);
    if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const quoted = (message: string) => message.match(/'([^']*)'/)?.[1] ?? '';

// Markdoc's validation messages, in Indonesian, by error id.
const MARKDOC_MESSAGES: Record<string, (name: string) => string> = {
  'tag-undefined': (n) => `tag {% ${n} %} tidak dikenal; hapus tag itu atau tulis sebagai teks biasa`,
  'node-undefined': (n) => `unsur "${n}" tidak dikenal`,
  'attribute-undefined': (n) => `atribut "${n}" tidak diizinkan; hapus atribut itu`,
  'attribute-type-invalid': (n) => `nilai atribut "${n}" tidak valid`,
  'attribute-value-invalid': (n) => `nilai atribut "${n}" tidak valid`,
  'attribute-missing-required': (n) => `atribut "${n}" wajib diisi`,
  'duplicate-attribute': (n) => `atribut "${n}" ditulis dua kali`,
  'missing-closing': (n) => `tag "${n}" belum ditutup`,
  'missing-opening': (n) => `penutup tag "${n}" tidak punya pembuka`,
  'variable-undefined': (n) => `variabel "${n}" tidak dikenal`,
  'function-undefined': (n) => `fungsi "${n}" tidak dikenal`,
  'child-invalid': () => 'susunan unsur tidak diizinkan di sini',
};

/** A Markdoc validation error in Indonesian. */
export function markdocMessage(error: { id: string; message: string }): string {
  const translate = MARKDOC_MESSAGES[error.id];
  return translate ? translate(quoted(error.message)) : 'penulisan tag {% %} tidak valid';
}

/**
 * Check and transform a Markdoc document; problems are returned, never thrown.
 * `lineOffset` is the number of lines above the body (the frontmatter), so line numbers
 * count from the top of the file.
 */
export function prepareRichText(ast: Node, lineOffset = 0): PreparedRichText {
  const problems: RichTextProblem[] = [];
  const text = plainText(ast);
  if (text.length > MAX_RICH_TEXT_CHARS) {
    problems.push({ message: `teks terlalu panjang (${text.length} karakter, maksimum ${MAX_RICH_TEXT_CHARS})` });
  }
  // Markdown drops links with script schemes to plain text; tell the editor instead of
  // silently publishing a broken link.
  for (const match of text.matchAll(/\]\(\s*((?:javascript|vbscript|data):(?:[^()\s]|\([^()]*\))*)/gi)) {
    problems.push({
      message: `tautan "${match[1]?.slice(0, 80)}" tidak diizinkan; gunakan alamat https://, mailto:, tel: atau tautan internal yang diawali /`,
    });
  }
  for (const node of ast.walk()) {
    // Markdoc shows raw HTML as literal text ("<script>…" in the page, the search excerpt and
    // the feeds): refuse it, like script links, so residents never read markup.
    const html = node.type === 'text' ? RAW_HTML.exec(String(node.attributes.content ?? '')) : null;
    if (html) {
      problems.push({
        message: `baris ${(node.lines[0] ?? 0) + 1 + lineOffset}: kode HTML "${html[0].slice(0, 80)}" tidak diizinkan; tulis teks biasa dan gunakan tombol format di editor (tebal, tautan, gambar)`,
      });
    }
    if (node.type === 'link' && !isSafeHref(String(node.attributes.href ?? ''))) {
      problems.push({
        message: `tautan "${String(node.attributes.href).slice(0, 80)}" tidak diizinkan; gunakan alamat https://, mailto:, tel: atau tautan internal yang diawali /`,
      });
    }
    if (node.type === 'image' && !LOCAL_MEDIA.test(String(node.attributes.src ?? ''))) {
      problems.push({
        message: `gambar "${String(node.attributes.src).slice(0, 80)}" harus diunggah lewat CMS (alamat diawali /media/), bukan dari situs lain`,
      });
    }
  }
  for (const error of Markdoc.validate(ast, config)) {
    if (error.error.level === 'error' || error.error.level === 'critical') {
      problems.push({ message: `baris ${(error.lines[0] ?? 0) + 1 + lineOffset}: ${markdocMessage(error.error)}` });
    }
  }
  return { tree: Markdoc.transform(ast, config), text, problems };
}

/** Render a prepared tree to an HTML string (text is escaped by Markdoc). */
export function renderRichText(tree: RenderableTreeNode): string {
  return Markdoc.renderers.html(tree);
}

/** Every image source in a render tree (editors' uploads inside the body). */
export function imageSources(tree: RenderableTreeNode): string[] {
  const found: string[] = [];
  const walk = (node: RenderableTreeNode) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (Tag.isTag(node)) {
      if (node.name === 'img' && typeof node.attributes.src === 'string') found.push(node.attributes.src);
      node.children.forEach(walk);
    }
  };
  walk(tree);
  return found;
}
