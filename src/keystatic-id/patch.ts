// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are JavaScript source for the patched files.
// Source transformations that give Keystatic 0.6.9's admin Indonesian and the editors' room
// frictions fixed (relationship labels, newest-first lists, save feedback). Pure functions on
// file text: the CLI (src/cli/patch-keystatic.ts) reads the pristine files and writes results.
// Every English text is kept and chosen at run time by the configured locale (`locale: 'id-ID'`).
import { parse } from 'acorn';
import { LOCALE_HELPER, RELATIONSHIP_HELPERS, SAVE_HELPERS } from './runtime.ts';
import { DECLARATIONS, FIELDS, SNIPPETS, type SnippetRule, UI } from './snippets.ts';
import { LITERALS, REACT_ARIA, TABLES, type TableValue, TEMPLATES } from './strings.ts';

export { DECLARATIONS, SNIPPETS, type SnippetRule };

/** The only versions these transformations are written for. */
export const PINNED = { '@keystatic/core': '0.6.9', '@keystar/ui': '0.10.0', 'react-aria': '3.50.0' } as const;

// Object properties whose literal values are shown to editors.
const UI_PROPS = new Set([
  'children',
  'label',
  'title',
  'description',
  'placeholder',
  'aria-label',
  'message',
  'cancelLabel',
  'primaryActionLabel',
  'secondaryActionLabel',
  'actionLabel',
  'reason',
  'errorMessage',
  'textValue',
  'nodeLabel',
  // Error answers of Keystatic's API, shown in the form's alert.
  'body',
]);
// Column headers and editor block names ("name" is otherwise too generic to translate).
const SHOWN_NAMES = new Set(['Name', 'Slug', 'Paragraph']);

/** Apply the snippet rules meant for `file`; returns the text and how often each rule matched. */
export function applySnippets(file: string, text: string, rules: SnippetRule[]): { text: string; matched: Map<string, number> } {
  const matched = new Map<string, number>();
  let out = text;
  for (const rule of rules) {
    if (!rule.file.test(file)) continue;
    const found = out.split(rule.find).length - 1;
    if (found === 0) continue;
    if (found !== (rule.count ?? 1)) throw new Error(`${file}: "${rule.id}" ditemukan ${found} kali, seharusnya ${rule.count ?? 1}`);
    out = out.split(rule.find).join(rule.replace);
    matched.set(rule.id, found);
  }
  return { text: out, matched };
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

// biome-ignore lint/suspicious/noExplicitAny: acorn's ESTree nodes, walked generically.
type Node = any;

function tableSource(table: Record<string, TableValue>): string {
  const entries = Object.entries(table).map(
    ([k, v]) => `    ${JSON.stringify(k)}: ${typeof v === 'string' ? JSON.stringify(v) : v.source}`,
  );
  return `"id-ID": {\n${entries.join(',\n')}\n  },\n  `;
}

/**
 * Translate one dist file: add an id-ID entry next to every string table's en-US entry, and
 * route hard-coded English shown to editors through __mppL(id, en). `used` lists the
 * LITERALS/TEMPLATES/TABLES keys found; `unknownTables` string tables without an id-ID entry.
 */
export function translateSource(text: string): { text: string; used: Set<string>; unknownTables: string[] } {
  const ast = parse(text, { ecmaVersion: 'latest', sourceType: 'module' });
  const edits: Edit[] = [];
  const used = new Set<string>();
  const unknownTables: string[] = [];
  const seen = new Set<number>();

  const literal = (node: Node) => {
    if (!node || seen.has(node.start)) return;
    let id: string | undefined;
    if (node.type === 'Literal' && typeof node.value === 'string') id = LITERALS[node.value];
    else if (node.type === 'TemplateLiteral' && node.expressions.length === 0) id = LITERALS[node.quasis[0].value.cooked];
    if (id === undefined) return;
    seen.add(node.start);
    used.add(node.type === 'Literal' ? node.value : node.quasis[0].value.cooked);
    edits.push({ start: node.start, end: node.end, text: `__mppL(${JSON.stringify(id)}, ${text.slice(node.start, node.end)})` });
  };
  const uiValue = (node: Node) => {
    if (node?.type === 'ArrayExpression') for (const el of node.elements) literal(el);
    else if (node?.type === 'ConditionalExpression') {
      literal(node.consequent);
      literal(node.alternate);
    } else if (node?.type === 'LogicalExpression' && node.operator === '&&') literal(node.right);
    else literal(node);
  };

  const walk = (node: Node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TemplateLiteral') {
      const source = text.slice(node.start, node.end);
      const id = TEMPLATES[source];
      if (id) {
        used.add(source);
        edits.push({ start: node.start, end: node.end, text: `__mppL(${id}, ${source})` });
        return;
      }
    }
    if (node.type === 'ObjectExpression') {
      const en = node.properties.find((p: Node) => p.type === 'Property' && p.key.type === 'Literal' && p.key.value === 'en-US');
      if (en && en.value.type === 'ObjectExpression') {
        const keys = en.value.properties
          .map((p: Node) => (p.key.type === 'Literal' ? p.key.value : p.key.name))
          .sort()
          .join(',');
        const table = TABLES[keys];
        if (table) {
          used.add(keys);
          edits.push({ start: node.properties[0].start, end: node.properties[0].start, text: tableSource(table) });
        } else unknownTables.push(keys);
        return;
      }
    }
    if (node.type === 'Property' && !node.computed) {
      const key = node.key.type === 'Identifier' ? node.key.name : node.key.value;
      if (UI_PROPS.has(key)) uiValue(node.value);
      if (key === 'name' && node.value.type === 'Literal' && SHOWN_NAMES.has(node.value.value)) literal(node.value);
    }
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.object.name === 'toastQueue') {
      literal(node.arguments[0]);
    }
    if (node.type === 'ReturnStatement') literal(node.argument);
    // The compiled link dialog keeps `invalid && "Please provide a valid URL."` in a variable
    // before passing it as errorMessage; only texts of the table are wrapped.
    if (node.type === 'VariableDeclarator' && node.init?.type === 'LogicalExpression' && node.init.operator === '&&') {
      literal(node.init.right);
    }
    if (node.type === 'NewExpression' && node.callee.name === 'Error') literal(node.arguments[0]);
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) for (const child of value) walk(child);
      else if (value && typeof value.type === 'string') walk(value);
    }
  };
  walk(ast);

  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { text: out, used, unknownTables };
}

/** Result of patching one dist file of @keystatic/core or @keystar/ui. */
export interface FilePatch {
  text: string;
  /** Snippet rule ids, LITERALS/TEMPLATES texts and TABLES keys that matched. */
  used: Set<string>;
  unknownTables: string[];
}

/** Patch one dist file (path relative to its package's dist/): snippets, helpers, then translation. */
export function patchFile(file: string, pristine: string, rules: SnippetRule[] = SNIPPETS): FilePatch {
  const snipped = applySnippets(file, pristine, rules);
  const helpers = UI.test(file) ? SAVE_HELPERS : FIELDS.test(file) ? RELATIONSHIP_HELPERS : '';
  const withHelpers = snipped.matched.size > 0 ? snipped.text + helpers : snipped.text;
  const translated = translateSource(withHelpers);
  const text = translated.text.includes('__mppL(') ? translated.text + LOCALE_HELPER : translated.text;
  return { text, used: new Set([...snipped.matched.keys(), ...translated.used]), unknownTables: translated.unknownTables };
}

/** react-aria's string tables given an id-ID entry (one per component folder, ESM builds). */
export const REACT_ARIA_FILES = Object.keys(REACT_ARIA).flatMap((c) => [
  `dist/private/${c}/intlStrings.mjs`,
  `dist/private/${c}/intlStrings.js`,
]);

/** Add the id-ID table of the file's component next to react-aria's en-US one. */
export function patchReactAria(file: string, pristine: string): string {
  const table = REACT_ARIA[file.split('/').at(-2) ?? ''];
  const found = pristine.match(/\n( +)"en-US": (\$[\w$]+),\n/);
  if (!table || !found) throw new Error(`react-aria ${file}: tabel en-US tidak ditemukan`);
  const entry = tableSource(table).replace(/\n {2}\},\n {2}$/, '\n  },');
  return pristine.replace(found[0], `${found[0]}${found[1]}${entry}\n`);
}
