// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are JavaScript source for the patched files.
// JavaScript appended to Keystatic's patched dist files (see patch.ts): the locale switch,
// save feedback and base versions, entry names for pickers, lists and headers, dates in words.
import { SAVE_MESSAGES } from './strings.ts';

// Texts built while a module loads (e.g. the entry menu's items) come before config() sets the
// locale: then this admin's own locale, id-ID, applies.
export const LOCALE_HELPER = `
function __mppL(id, en) {
  return (globalThis.__keystaticLocale ?? 'id-ID') === 'id-ID' ? id : en;
}
`;

// Dates in words, the Indonesian way ("Rabu, 20 Januari 2027"): <input type=date> and stored
// values follow the browser's locale or ISO, where day and month are easily swapped.
const DATE_HELPER = `
function __mppDateWords(value, weekday) {
  if (typeof value !== 'string' || !/^\\d{4}-\\d{2}-\\d{2}$/.test(value)) return undefined;
  const date = new Date(value + 'T00:00:00Z');
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat('id-ID', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric', weekday: weekday ? 'long' : undefined }).format(date);
}
`;

export const SAVE_HELPERS = `${DATE_HELPER}
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
  if (saved) {
    toastQueue.positive(__mppL(${JSON.stringify(SAVE_MESSAGES.saved)}, 'Saved'), { timeout: 5000 });
    __mppRefreshBar();
  } else __mppShowProblem('failed');
  return saved;
}
// Leaving an entry with unsaved changes (a menu link of the room's bar, a reload, closing
// the tab) asks first. Keystatic marks such a form "Belum disimpan"; a new entry counts as
// unsaved once one of its text fields is filled.
function __mppUnsaved() {
  const main = document.querySelector('main');
  if (!main) return false;
  const unsaved = __mppL('Belum disimpan', 'Unsaved');
  if ([...main.querySelectorAll('span')].some(el => el.childElementCount === 0 && el.textContent === unsaved)) return true;
  return //create$/.test(location.pathname) && [...main.querySelectorAll('input:not([type=search]), textarea')].some(el => el.value !== '');
}
if (typeof window !== 'undefined' && !globalThis.__mppLeaveGuard) {
  globalThis.__mppLeaveGuard = true;
  window.addEventListener('beforeunload', event => {
    if (!__mppUnsaved()) return;
    event.preventDefault();
    event.returnValue = '';
  });
}
// In the editors' room the bar above Keystatic says what a save left to fix ("Tersimpan,
// tetapi ada 1 masalah", with a link to the entry); it is rendered with the page, so after a
// save this tab fetches the page again and swaps in its new bar.
function __mppRefreshBar() {
  const bar = document.querySelector('header.ruang-bar');
  if (!bar) return;
  fetch(location.pathname, { credentials: 'same-origin' })
    .then(res => (res.ok ? res.text() : ''))
    .then(text => {
      const next = text ? new DOMParser().parseFromString(text, 'text/html').querySelector('header.ruang-bar') : null;
      if (!next) return;
      next.querySelector('.save-note')?.setAttribute('role', 'alert');
      bar.replaceWith(document.importNode(next, true));
    })
    .catch(() => {});
}
// A link to a field ("Buka isian" in the room's bar, "Buka di Konten" in Periksa konten) ends
// in #isian=<labels joined by ›>, e.g. "Jadwal mingguan › Sabtu › rentang 2": Keystatic has no
// field anchors, so the field is found by its labels (a group or input named by that text;
// "rentang N"/"butir N" is the Nth row of the list), then scrolled to and focused once the
// form shows it. A label not found (yet) waits for the form; after 15 s the deepest found wins.
function __mppOwnText(el) {
  return [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
}
function __mppFieldIn(scope, label) {
  const item = /^(?:rentang|butir) (\\d+)$/.exec(label);
  if (item) {
    const rows = [...scope.querySelectorAll('[role="row"]')];
    return rows.find(row => row.getAttribute('aria-rowindex') === item[1]) ?? rows[Number(item[1]) - 1] ?? null;
  }
  for (const el of scope.querySelectorAll('[aria-labelledby]')) {
    const names = (el.getAttribute('aria-labelledby') ?? '').split(/\\s+/).map(id => document.getElementById(id));
    if (names.some(name => name && __mppOwnText(name) === label)) return el;
  }
  return null;
}
function __mppOpenField() {
  const found = /^#isian=(.+)$/.exec(location.hash);
  if (!found) return;
  const labels = decodeURIComponent(found[1]).split('›').map(label => label.trim()).filter(Boolean);
  const until = Date.now() + 15000;
  const attempt = () => {
    let scope = document.querySelector('main');
    let deepest = null;
    let complete = true;
    for (const label of labels) {
      const next = scope && __mppFieldIn(scope, label);
      if (!next) {
        complete = false;
        break;
      }
      deepest = scope = next;
    }
    if (!complete && Date.now() < until) return void setTimeout(attempt, 150);
    if (!deepest) return;
    const focusable = 'input, textarea, select, button, [role="row"], [tabindex]:not([tabindex="-1"])';
    const target = deepest.matches(focusable) ? deepest : deepest.querySelector(focusable) ?? deepest;
    deepest.scrollIntoView({ block: 'center' });
    if (typeof target.focus === 'function') target.focus({ preventScroll: true });
  };
  attempt();
}
if (typeof window !== 'undefined' && !globalThis.__mppFieldLinks) {
  globalThis.__mppFieldLinks = true;
  window.addEventListener('hashchange', __mppOpenField);
  __mppOpenField();
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
// Entry lists: a relationship column names the entry (as pickers do; the first such column),
// dates read in words.
function __mppUseColumnLabels(collection) {
  const related = (collection.columns ?? []).map(column => collection.schema[column]?.__mppCollection).find(Boolean);
  return __mppUseEntryLabels(related ?? '');
}
function __mppCellText(collection, column, value, labels) {
  const text = value + '';
  if (globalThis.__keystaticLocale !== 'id-ID') return text;
  if (collection.schema[column]?.__mppCollection) return labels?.get(text) ?? text;
  return __mppDateWords(text, false) ?? text;
}
// The entry's header names it (its label), not its slug.
function __mppUseItemTitle(collection, slug) {
  return __mppUseEntryLabels(collection)?.get(slug) ?? slug;
}
`;

export const RELATIONSHIP_HELPERS = `${DATE_HELPER}
// Under a date field: the chosen date in words, so a swapped day and month shows at once.
function __mppDateDescription(description, value) {
  const words = globalThis.__keystaticLocale === 'id-ID' ? __mppDateWords(value, true) : undefined;
  if (!words) return description;
  return description ? \`Tanggal terpilih: \${words}. \${description}\` : \`Tanggal terpilih: \${words}.\`;
}
function __mppUseLabels(collection) {
  const use = globalThis.__mppUseEntryLabels;
  return use ? use(collection) : undefined;
}
function __mppLabelOptions(options, labels) {
  if (!labels) return options;
  return options.map(option => ({ slug: option.slug, label: labels.get(option.slug) ?? option.slug })).sort((a, b) => a.label.localeCompare(b.label, 'id', { numeric: true }));
}
`;
