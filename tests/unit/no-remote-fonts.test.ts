// The editors' room must not ask Google Fonts for Keystatic's font: the admin build removes
// the link from the installed Keystatic, and a Keystatic whose link changed shape stops the
// build instead of shipping it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutRemoteFonts } from '../../src/integrations/no-remote-fonts.ts';

const require = createRequire(import.meta.url);
const keystaticUi = path.join(path.dirname(require.resolve('@keystatic/core/package.json')), 'dist/keystatic-core-ui.js');

describe('Keystatic without Google Fonts', () => {
  it('removes the stylesheet link from the installed Keystatic and keeps the rest', () => {
    const code = readFileSync(keystaticUi, 'utf8');
    expect(code).toContain('https://fonts.googleapis.com/');
    const stripped = withoutRemoteFonts(code, keystaticUi);
    expect(stripped).not.toContain('fonts.googleapis.com');
    expect(stripped.length).toBeGreaterThan(code.length - 200);
    expect(stripped).toContain('jsx(Toaster, {})');
  });

  it('leaves other modules alone and refuses a link it does not recognise', () => {
    expect(withoutRemoteFonts('export const a = 1;', 'x.js')).toBe('export const a = 1;');
    expect(() => withoutRemoteFonts('const href = "https://fonts.googleapis.com/css2?family=Inter";', 'ui.js')).toThrow(
      /Google Fonts Keystatic berubah bentuk/,
    );
  });
});
