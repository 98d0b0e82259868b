// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are JavaScript source for the patched files.
// Source transformations that give Keystatic 0.6.9's admin Indonesian and the editors' room
// frictions fixed (relationship labels, newest-first lists, save feedback). Pure functions on
// file text: the CLI (src/cli/patch-keystatic.ts) reads the pristine files and writes results.
// Every English text is kept and chosen at run time by the configured locale (`locale: 'id-ID'`).
import { parse } from 'acorn';
import { LITERALS, REACT_ARIA_COMBOBOX, SAVE_MESSAGES, TABLES, type TableValue, TEMPLATES } from './strings.ts';

/** The only versions these transformations are written for. */
export const PINNED = { '@keystatic/core': '0.6.9', '@keystar/ui': '0.10.0', 'react-aria': '3.50.0' } as const;

/** A fixed text edit: `find` must occur exactly `count` times (default 1) in the file. */
export interface SnippetRule {
  id: string;
  /** Files (path relative to the package's dist/) the rule applies to. */
  file: RegExp;
  find: string;
  replace: string;
  count?: number;
}

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
]);
// Column headers and editor block names ("name" is otherwise too generic to translate).
const SHOWN_NAMES = new Set(['Name', 'Slug', 'Paragraph']);

const LOCALE_HELPER = `
function __mppL(id, en) {
  return globalThis.__keystaticLocale === 'id-ID' ? id : en;
}
`;

const SAVE_HELPERS = `
function __mppSetLocale(locale) {
  globalThis.__keystaticLocale = locale;
  return locale;
}
// After a refused or failed save: bring the problem into view and announce it.
function __mppShowProblem(kind) {
  setTimeout(() => {
    const target = kind === 'invalid' ? document.querySelector('[aria-invalid="true"]') : document.querySelector('main [role="alert"]');
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    if (typeof target.focus === 'function') target.focus({ preventScroll: true });
    toastQueue.critical(__mppL(kind === 'invalid' ? ${JSON.stringify(SAVE_MESSAGES.invalid)} : ${JSON.stringify(SAVE_MESSAGES.failed)}, kind === 'invalid' ? 'Not saved: check the highlighted fields.' : 'Not saved: saving failed.'), { timeout: 8000 });
  }, 100);
  return false;
}
// The version each file of a local-mode save is based on: its blob SHA in the tree this tab
// holds (null: the file was not there). Keystatic resets an open form whenever its files
// change in that tree, so the tree is exactly what the form was loaded from. The room
// compares it with the working copy and refuses a save over someone else's newer change.
// A draft restored over a newer version of its entry (Keystatic warns, then lets it be
// saved over that version) is based on an older version than the tree: its saves send an
// unknown base, so the room refuses them, until the editor discards the draft.
function __mppBase(tree, paths) {
  const stale = globalThis.__mppStaleBase;
  const unknown = Boolean(stale && stale.page === location.pathname);
  const base = {};
  for (const p of paths) {
    const node = tree ? getTreeNodeAtPath(tree, p) : undefined;
    base[p] = unknown ? '0'.repeat(40) : node && node.entry && node.entry.type === 'blob' ? node.entry.sha : null;
  }
  return encodeURIComponent(JSON.stringify(base));
}
// A stale draft keeps the version it was based on across reloads (Keystatic would stamp it with the current one).
function __mppDraftBase(localTreeKey) {
  const stale = globalThis.__mppStaleBase;
  return stale && stale.page === location.pathname ? stale.treeKey : localTreeKey;
}
// "Batalkan perubahan" discards the draft: the form is the current version again.
function __mppOnReset(reset) {
  return () => {
    const stale = globalThis.__mppStaleBase;
    if (stale && stale.page === location.pathname) globalThis.__mppStaleBase = undefined;
    reset();
  };
}
function __mppAfterSave(saved) {
  if (saved) toastQueue.positive(__mppL(${JSON.stringify(SAVE_MESSAGES.saved)}, 'Saved'), { timeout: 5000 });
  else __mppShowProblem('failed');
  return saved;
}
// Labels for relationship pickers: the collection's entryLabel(entry), else its slug field's value.
function __mppUseEntryLabels(collectionKey) {
  const config = useConfig();
  const tree = useTree().current;
  const baseCommit = useBaseCommit();
  const repoInfo = useRepoInfo();
  const loadedTree = tree.kind === 'loaded' ? tree.data.tree : undefined;
  const result = useData(useCallback(async () => {
    const collection = config.collections?.[collectionKey];
    if (!collection || !loadedTree) return undefined;
    const formatInfo = getCollectionFormat(config, collectionKey);
    const labels = new Map();
    await Promise.all(getEntriesInCollectionWithTreeKey(config, collectionKey, loadedTree).map(async entry => {
      try {
        const file = getEntryDataFilepath(getCollectionItemPath(config, collectionKey, entry.slug), formatInfo);
        const { loaded } = loadDataFile(await fetchBlob(config, entry.sha, file, baseCommit, repoInfo), formatInfo);
        const data = loaded && typeof loaded === 'object' ? loaded : {};
        const label = collection.entryLabel ? collection.entryLabel({ slug: entry.slug, data }) : data[collection.slugField];
        if (typeof label === 'string' && label.trim()) labels.set(entry.slug, label.trim());
      } catch {}
    }));
    return labels;
  }, [config, collectionKey, loadedTree, baseCommit, repoInfo]));
  return result.kind === 'loaded' ? result.data : undefined;
}
globalThis.__mppUseEntryLabels = __mppUseEntryLabels;
`;

const RELATIONSHIP_HELPERS = `
function __mppUseLabels(collection) {
  const use = globalThis.__mppUseEntryLabels;
  return use ? use(collection) : undefined;
}
function __mppLabelOptions(options, labels) {
  if (!labels) return options;
  return options.map(option => ({ slug: option.slug, label: labels.get(option.slug) ?? option.slug })).sort((a, b) => a.label.localeCompare(b.label, 'id', { numeric: true }));
}
`;

const UI = /^keystatic-core-ui\.js$/;
const FIELDS = /^keystatic-core\.js$/;
const ITEM_LABEL = (indent: string) => `${indent}children: item.label ?? item.slug,\n${indent}textValue: item.label ?? item.slug\n`;

/** Fixed edits to @keystatic/core's dist files. */
export const SNIPPETS: SnippetRule[] = [
  {
    id: 'locale from config()',
    file: /\.js$/,
    find: 'function config(config) {\n  return config;\n}',
    replace: 'function config(config) {\n  if (config.locale) globalThis.__keystaticLocale = config.locale;\n  return config;\n}',
  },
  {
    id: 'plural nouns',
    file: /\.js$/,
    find: 'const variant = count === 1 ? singular : plural;',
    replace:
      "const variant = __mppL({ entry: 'entri', change: 'perubahan', item: 'butir' }[singular] ?? (count === 1 ? singular : plural), count === 1 ? singular : plural);",
  },
  {
    id: 'locale in Provider',
    file: UI,
    find: "locale: config.locale || 'en-US',",
    replace: "locale: __mppSetLocale(config.locale || 'en-US'),",
  },
  {
    id: 'collection default sort',
    file: UI,
    find: "let [sortDescriptor, setSortDescriptor] = useState({\n    column: SLUG,\n    direction: 'ascending'\n  });",
    replace:
      "let [sortDescriptor, setSortDescriptor] = useState(() => {\n    const sort = props.config.collections[props.collection].defaultSort;\n    return sort ? { column: sort.column, direction: sort.direction } : { column: SLUG, direction: 'ascending' };\n  });",
  },
  {
    id: 'item save feedback',
    file: UI,
    find: '        setForceValidation(true);\n        return false;\n      }\n      const slug = getSlugFromState(collectionConfig, props.state);\n      const hasUpdated = await parentOnUpdate();',
    replace:
      "        setForceValidation(true);\n        __mppShowProblem('invalid');\n        return false;\n      }\n      const slug = getSlugFromState(collectionConfig, props.state);\n      const hasUpdated = __mppAfterSave(await parentOnUpdate());",
  },
  {
    id: 'create feedback',
    file: UI,
    find: '        setForceValidation(true);\n        return;\n      }\n      if (await props.createItem()) {',
    replace:
      "        setForceValidation(true);\n        __mppShowProblem('invalid');\n        return;\n      }\n      if ((await props.createItem()) || __mppShowProblem('failed')) {",
  },
  {
    id: 'singleton save feedback',
    file: UI,
    find: '        setForceValidation(true);\n        return;\n      }\n      await props.onUpdate();',
    replace:
      "        setForceValidation(true);\n        __mppShowProblem('invalid');\n        return;\n      }\n      __mppAfterSave(await props.onUpdate());",
  },
  {
    id: 'singleton save button',
    file: UI,
    find: 'const t21 = isCreating ? "Create" : "Save";',
    replace: 'const t21 = isCreating ? __mppL("Buat", "Create") : __mppL("Simpan", "Save");',
  },
  {
    id: 'save sends its base version',
    file: UI,
    find: "          headers: {\n            'Content-Type': 'application/json',\n            'no-cors': '1'\n          },\n          body: JSON.stringify({\n            additions: additions.map(",
    replace:
      "          headers: {\n            'Content-Type': 'application/json',\n            'no-cors': '1',\n            'x-mpp-base': __mppBase(unscopedTree, [...additions.map(a => a.path), ...deletions.map(d => d.path)])\n          },\n          body: JSON.stringify({\n            additions: additions.map(",
  },
  {
    id: 'delete sends its base version',
    file: UI,
    find: "          headers: {\n            'Content-Type': 'application/json',\n            'no-cors': '1'\n          },\n          body: JSON.stringify({\n            additions: [],",
    replace:
      "          headers: {\n            'Content-Type': 'application/json',\n            'no-cors': '1',\n            'x-mpp-base': __mppBase(unscopedTree, deletions)\n          },\n          body: JSON.stringify({\n            additions: [],",
  },
  {
    id: 'stale draft marks its form',
    file: /^index-[0-9a-f]+\.js$/,
    find: 'showDraftRestoredToast(draft.savedAt, localTreeKey !== draft.treeKey);',
    replace:
      'showDraftRestoredToast(draft.savedAt, localTreeKey !== draft.treeKey && Boolean(globalThis.__mppStaleBase = { page: location.pathname, treeKey: draft.treeKey }));',
  },
  {
    id: 'stale draft keeps its base',
    file: UI,
    find: 'beforeTreeKey: localTreeKey,',
    replace: 'beforeTreeKey: __mppDraftBase(localTreeKey),',
    count: 2,
  },
  {
    id: 'discarded draft forgets its base (entry)',
    file: UI,
    find: '  const onReset = t10;',
    replace: '  const onReset = __mppOnReset(t10);',
  },
  {
    id: 'discarded draft forgets its base (singleton)',
    file: UI,
    find: '  const onReset = t8;',
    replace: '  const onReset = __mppOnReset(t8);',
  },
  {
    id: 'relationship labels: load',
    file: FIELDS,
    find: '  const slugs = useSlugsInCollection(props.collection);\n  let t1;',
    replace: '  const slugs = useSlugsInCollection(props.collection);\n  const __mppLabels = __mppUseLabels(props.collection);\n  let t1;',
  },
  {
    id: 'relationship labels: options',
    file: FIELDS,
    find: '  t1 = t2;\n  const options = t1;\n  const _errorMessage',
    replace: '  t1 = t2;\n  const options = useMemo(() => __mppLabelOptions(t1, __mppLabels), [t1, __mppLabels]);\n  const _errorMessage',
  },
  {
    id: 'relationship labels: items',
    file: FIELDS,
    find: '    t7 = item => /*#__PURE__*/jsx(Item$2, {\n      children: item.slug\n    }, item.slug);',
    replace: `    t7 = item => /*#__PURE__*/jsx(Item$2, {\n${ITEM_LABEL('      ')}    }, item.slug);`,
  },
  {
    id: 'multi-relationship labels: options',
    file: FIELDS,
    find: '  const slugs = useSlugsInCollection(props.collection);\n  const options = useMemo(() => {\n    return slugs.map(slug => ({\n      slug\n    }));\n  }, [slugs]);',
    replace:
      '  const slugs = useSlugsInCollection(props.collection);\n  const __mppLabels = __mppUseLabels(props.collection);\n  const options = useMemo(() => __mppLabelOptions(slugs.map(slug => ({ slug })), __mppLabels), [slugs, __mppLabels]);',
  },
  {
    id: 'multi-relationship labels: items',
    file: FIELDS,
    find: '      children: item => /*#__PURE__*/jsx(Item$2, {\n        children: item.slug\n      }, item.slug)',
    replace: `      children: item => /*#__PURE__*/jsx(Item$2, {\n${ITEM_LABEL('        ')}      }, item.slug)`,
  },
  {
    id: 'multi-relationship labels: chosen',
    file: FIELDS,
    find: '      elements: valAsObjects,',
    replace: '      elements: __mppLabels ? valAsObjects.map(x => ({ key: x.key, label: __mppLabels.get(x.key) })) : valAsObjects,',
  },
  {
    id: 'multi-relationship labels: chosen items',
    file: FIELDS,
    find: '        const label = item_0.key;',
    replace: '        const label = item_0.label ?? item_0.key;',
  },
];

/** Edits to the type declarations, so `locale: 'id-ID'`, defaultSort and entryLabel type-check. */
export const DECLARATIONS: SnippetRule[] = [
  {
    id: 'id-ID locale type',
    file: /^declarations\/src\/app\/l10n\/locales\.d\.ts$/,
    find: "    'hu-HU': string;\n",
    replace: "    'hu-HU': string;\n    'id-ID': string;\n",
  },
  {
    id: 'collection options type',
    file: /^declarations\/src\/config\.d\.ts$/,
    find: '    parseSlugForSort?: (slug: string) => string | number;\n',
    replace:
      "    parseSlugForSort?: (slug: string) => string | number;\n    /** Initial sort of the entry list (a field listed in columns). Added by Portal MPP's patch. */\n    defaultSort?: { column: string; direction: 'ascending' | 'descending' };\n    /** How relationship pickers name an entry (data is the entry's stored fields). Added by Portal MPP's patch. */\n    entryLabel?: (entry: { slug: string; data: Record<string, unknown> }) => string;\n",
  },
];

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
    } else literal(node);
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

/** react-aria's combobox strings (the pickers' button label and screen-reader announcements). */
export const REACT_ARIA_COMBOBOX_FILES = ['dist/private/combobox/intlStrings.mjs', 'dist/private/combobox/intlStrings.js'];

/** Add the id-ID combobox table next to react-aria's en-US one. */
export function patchReactAriaCombobox(file: string, pristine: string): string {
  const found = pristine.match(/\n( +)"en-US": (\$[\w$]+),\n/);
  if (!found) throw new Error(`react-aria ${file}: tabel en-US tidak ditemukan`);
  const table = tableSource(REACT_ARIA_COMBOBOX).replace(/\n {2}\},\n {2}$/, '\n  },');
  return pristine.replace(found[0], `${found[0]}${found[1]}${table}\n`);
}
