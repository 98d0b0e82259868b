// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are JavaScript source fed to the patch.
// The pinned patch that gives Keystatic's admin Indonesian: installed and consistent, chosen
// by the configured locale, and refusing loudly to touch a Keystatic version it was not
// written for.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fields } from '@keystatic/core';
import { afterEach, describe, expect, it } from 'vitest';
import keystaticConfig from '../../keystatic.config.ts';
import { keystaticHandler } from '../../src/admin-server/keystatic.ts';
import { patchKeystatic } from '../../src/cli/patch-keystatic.ts';
import { PINNED, patchFile, patchReactAria } from '../../src/keystatic-id/patch.ts';

const locale = globalThis as { __keystaticLocale?: string };
const dirs: string[] = [];
afterEach(() => {
  locale.__keystaticLocale = keystaticConfig.locale;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fakeInstall(versions: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mpp-patch-'));
  dirs.push(root);
  for (const [name, version] of Object.entries(versions)) {
    mkdirSync(path.join(root, 'node_modules', name, 'dist'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
  }
  return root;
}

describe('Keystatic id-ID patch', () => {
  it('is installed: every patched file matches a fresh patch of its pristine copy', () => {
    const outcome = patchKeystatic({ check: true });
    expect(outcome.stale).toEqual([]);
    expect(outcome.unknownTables).toEqual([]);
  }, 60_000);

  it('is switched by the configured locale, keeping the English', () => {
    expect(keystaticConfig.locale).toBe('id-ID');
    const jumlah = fields.integer({ label: 'Jumlah', validation: { min: 1 } }) as unknown as { validate(v: unknown): unknown };
    const messageIn = (value: string) => {
      locale.__keystaticLocale = value;
      try {
        jumlah.validate(0);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    expect(messageIn('id-ID')).toBe('Jumlah minimal 1');
    expect(messageIn('en-US')).toBe('Jumlah must be at least 1');
  });

  it('adds an id-ID entry beside en-US and wraps shown English only', () => {
    const source = [
      'const intlMessages = { "en-US": { "alert": `Alert`, "dismiss": `Dismiss` } };',
      'const a = jsx(Button, { children: "Cancel" });',
      'const b = { case: "Cancel" };',
      'function v(label) { return `${label} is required`; }',
      'const c = { errorMessage: touched && "Please provide a valid URL." };',
      'const t8 = showInvalidState && "Please provide a valid URL.";',
    ].join('\n');
    const { text } = patchFile('keystar-ui-dialog.js', source, []);
    expect(text).toContain('"id-ID": {\n    "alert": "Peringatan",\n    "dismiss": "Tutup"\n  },');
    expect(text).toContain('children: __mppL("Batal", "Cancel")');
    expect(text).toContain('case: "Cancel"');
    expect(text).toContain('__mppL(`${label} wajib diisi`, `${label} is required`)');
    expect(text).toContain('function __mppL(id, en)');
    // The link dialog's error, whether passed straight or kept in a variable first.
    expect(text).toContain('errorMessage: touched && __mppL("Isi alamat tautan yang benar.", "Please provide a valid URL.")');
    expect(text).toContain('const t8 = showInvalidState && __mppL("Isi alamat tautan yang benar.", "Please provide a valid URL.")');
  });

  it("gives react-aria's screen-reader tables an id-ID entry (sortable column, clear search, drag hints)", () => {
    const pristine = (name: string) => `var $x = {};\n$x = {\n    "ar-AE": $a,\n    "en-US": $${name}enUS,\n    "es-ES": $e\n};\n`;
    const table = patchReactAria('dist/private/table/intlStrings.mjs', pristine('table'));
    expect(table).toContain('"en-US": $tableenUS,\n    "id-ID": {\n    "select": "Pilih"');
    expect(table).toContain('"sortable": "kolom yang dapat diurutkan"');
    expect(patchReactAria('dist/private/searchfield/intlStrings.js', pristine('s'))).toContain('"Clear search": "Kosongkan pencarian"');
    const dnd = patchReactAria('dist/private/dnd/intlStrings.mjs', pristine('d'));
    const entry = dnd.slice(dnd.indexOf('"id-ID"'));
    // The plural and argument messages stay functions react-aria calls with its formatter.
    const drag = new Function(`return {${entry.slice(0, entry.indexOf('\n  },'))}}}`)()['id-ID'].dragItem;
    expect(drag({ itemText: 'Akta Kelahiran' })).toBe('Seret Akta Kelahiran');
    expect(() => patchReactAria('dist/private/unknown/intlStrings.mjs', pristine('u'))).toThrow(/tabel en-US tidak ditemukan/);
  });

  it("answers its API's errors in Indonesian (shown in the form's alert)", async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'mpp-api-'));
    dirs.push(repo);
    const handler = keystaticHandler(repo) as unknown as (req: Request) => Promise<{ status: number; body: unknown }>;
    const base = 'http://127.0.0.1/api/keystatic';
    const missing = await handler(new Request(`${base}/tidak-ada`));
    expect([missing.status, missing.body]).toEqual([404, 'Tidak ditemukan']);
    const bad = await handler(
      new Request(`${base}/update`, {
        method: 'POST',
        headers: { 'no-cors': '1', 'content-type': 'application/json' },
        body: '{"additions":1}',
      }),
    );
    expect([bad.status, bad.body]).toEqual([400, 'Data yang dikirim tidak valid']);
  });

  it('stops with a clear message when Keystatic is not the pinned version', () => {
    const root = fakeInstall({ '@keystatic/core': '0.6.10', '@keystar/ui': PINNED['@keystar/ui'] });
    expect(() => patchKeystatic({ root })).toThrow(/@keystatic\/core terpasang versi 0\.6\.10, padahal tambalan .* untuk 0\.6\.9/);
    const other = fakeInstall({ '@keystatic/core': PINNED['@keystatic/core'], '@keystar/ui': '0.11.0' });
    expect(() => patchKeystatic({ root: other })).toThrow(/@keystar\/ui terpasang versi 0\.11\.0/);
  });

  it('stops when a pinned text is no longer found (an upstream change under the same version)', () => {
    const root = fakeInstall({ '@keystatic/core': PINNED['@keystatic/core'], '@keystar/ui': PINNED['@keystar/ui'] });
    mkdirSync(path.join(root, 'node_modules/@keystatic/core/dist/declarations/src/app/l10n'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules/@keystatic/core/dist/declarations/src/app/l10n/locales.d.ts'), "    'hu-HU': string;\n");
    writeFileSync(path.join(root, 'node_modules/@keystatic/core/dist/declarations/src/config.d.ts'), 'type X = {};\n');
    expect(() => patchKeystatic({ root, check: true })).toThrow(/config\.d\.ts: "collection options type" tidak ditemukan/);
  });
});
