// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are JavaScript source for the patched files.
// The fixed text edits to Keystatic's dist files and type declarations (applied by patch.ts):
// each names exactly what it changes in the pinned version, so an upstream change stops the patch.

/** A fixed text edit: `find` must occur exactly `count` times (default 1) in the file. */
export interface SnippetRule {
  id: string;
  /** Files (path relative to the package's dist/) the rule applies to. */
  file: RegExp;
  find: string;
  replace: string;
  count?: number;
}

export const UI = /^keystatic-core-ui\.js$/;
export const FIELDS = /^keystatic-core\.js$/;
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
  {
    id: 'list: names first, slug last as the address',
    file: UI,
    find: "      }]), {\n        name: 'Slug',\n        key: SLUG\n      }, ...collection.columns.map(column => {\n        const schema_0 = collection.schema[column];\n        return {\n          name: 'label' in schema_0 && schema_0.label || column,\n          key: column\n        };\n      })];",
    replace:
      "      }]), ...collection.columns.map(column => {\n        const schema_0 = collection.schema[column];\n        return {\n          name: 'label' in schema_0 && schema_0.label || column,\n          key: column\n        };\n      }), {\n        name: 'Slug',\n        key: SLUG\n      }];",
  },
  {
    id: 'list: relationship labels loaded',
    file: UI,
    find: '  const columns = useMemo(() => {\n    var _collection$columns2;',
    replace:
      '  const __mppCellLabels = __mppUseColumnLabels(collection);\n  const __mppRows = useMemo(() => __mppCellLabels ? sortedItems.map(item => ({ ...item })) : sortedItems, [sortedItems, __mppCellLabels]);\n  const columns = useMemo(() => {\n    var _collection$columns2;',
  },
  {
    id: 'list: cells in names and words',
    file: UI,
    find: "            children: [...(hideStatusColumn ? [] : [statusCell]), nameCell, ...collection.columns.map(column_0 => {\n              var _item_0$data;\n              let val;\n              val = (_item_0$data = item_0.data) === null || _item_0$data === void 0 ? void 0 : _item_0$data[column_0];\n              if (val == null) {\n                val = undefined;\n              } else {\n                val = val + '';\n              }",
    replace:
      '            children: [...(hideStatusColumn ? [] : [statusCell]), ...collection.columns.map(column_0 => {\n              var _item_0$data;\n              let val;\n              val = (_item_0$data = item_0.data) === null || _item_0$data === void 0 ? void 0 : _item_0$data[column_0];\n              if (val == null) {\n                val = undefined;\n              } else {\n                val = __mppCellText(collection, column_0, val, __mppCellLabels);\n              }',
  },
  {
    id: 'list: rows redrawn once names are loaded',
    file: UI,
    find: '      items: sortedItems,',
    replace: '      items: __mppRows,',
  },
  {
    id: 'list: address cell last',
    file: UI,
    find: '              }, column_0 + item_0.name);\n            })]\n',
    replace: '              }, column_0 + item_0.name);\n            }), nameCell]\n',
  },
  {
    id: 'list: search by name too',
    file: UI,
    find: '    return entriesWithData.filter(item => item.name.toLowerCase().includes(searchTerm.toLowerCase()));',
    replace:
      "    return entriesWithData.filter(item => [item.name, item.data?.[collection.slugField]?.name ?? item.data?.[collection.slugField] ?? ''].some(text => String(text).toLowerCase().includes(searchTerm.toLowerCase())));",
  },
  {
    id: 'entry header names the entry',
    file: UI,
    find: '  const $ = c(17);\n  let breadcrumbItems;\n  let T0;\n  let t0;\n  if ($[0] !== props.config || $[1] !== props.collection || $[2] !== props.basePath || $[3] !== props.itemSlug) {',
    replace:
      '  const $ = c(18);\n  const __mppTitle = __mppUseItemTitle(props.collection, props.itemSlug);\n  let breadcrumbItems;\n  let T0;\n  let t0;\n  if ($[0] !== props.config || $[1] !== props.collection || $[2] !== props.basePath || $[3] !== props.itemSlug || $[17] !== __mppTitle) {\n    $[17] = __mppTitle;',
  },
  {
    id: 'entry header label',
    file: UI,
    find: '      key: "item",\n      label: props.itemSlug\n    }];',
    replace: '      key: "item",\n      label: __mppTitle\n    }];',
  },
  {
    id: 'duplicate slug suffix',
    file: UI,
    find: "slug: serialized.slug ? `${serialized.slug}-copy` : ''",
    replace: "slug: serialized.slug ? `${serialized.slug}-${__mppL('salinan', 'copy')}` : ''",
  },
  {
    id: 'slug field default label',
    file: /\.js$/,
    find: "_props$args$slug$labe : 'Slug';",
    replace: "_props$args$slug$labe : __mppL('Alamat', 'Slug');",
  },
  {
    id: 'slug field default label (validation)',
    file: /\.js$/,
    find: "_args$slug$label : 'Slug',",
    replace: "_args$slug$label : __mppL('Alamat', 'Slug'),",
  },
  {
    id: 'editor placeholder',
    file: /^index-[0-9a-f]+\.js$/,
    find: `placeholderPlugin('Start writing or press "/" for commands…')`,
    replace: `placeholderPlugin(__mppL('Mulai menulis, atau tekan "/" untuk perintah…', 'Start writing or press "/" for commands…'))`,
  },
  {
    // Upstream names the link button "Divider" for screen readers (it is the link button).
    id: 'editor link button name',
    file: /^index-[0-9a-f]+\.js$/,
    find: '"aria-label": "Divider",\n        command: (state_0, dispatch) => {\n          const aroundFrom = markAround(',
    replace: '"aria-label": "Link",\n        command: (state_0, dispatch) => {\n          const aroundFrom = markAround(',
  },
  {
    id: 'editor link dialog title',
    file: /^index-[0-9a-f]+\.js$/,
    find: '  const t4 = props.href ? "Edit" : "Add";',
    replace: '  const t4 = props.href ? __mppL("Ubah", "Edit") : __mppL("Tambah", "Add");',
  },
  {
    id: 'editor heading items',
    file: /^index-[0-9a-f]+\.js$/,
    find: "        label: 'Heading ' + level,",
    replace: "        label: __mppL('Judul ' + level, 'Heading ' + level),",
  },
  {
    id: 'date in words under the field',
    file: FIELDS,
    find: '      description: props.description,\n      type: "date",',
    replace: '      description: __mppDateDescription(props.description, props.value),\n      type: "date",',
  },
  {
    id: 'relationship field knows its collection',
    file: FIELDS,
    find: 'function relationship({\n  label,\n  collection,\n  validation,\n  description\n}) {\n  return basicFormFieldWithSimpleReaderParse({',
    replace:
      'function relationship(args) {\n  return Object.assign(__mppRelationship(args), { __mppCollection: args.collection });\n}\nfunction __mppRelationship({\n  label,\n  collection,\n  validation,\n  description\n}) {\n  return basicFormFieldWithSimpleReaderParse({',
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
