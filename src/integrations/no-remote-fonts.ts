// Keystatic's admin adds a stylesheet link to Google Fonts (Inter). The editors' room must
// not depend on a foreign service and its policy blocks the request anyway, which left a
// console error on every editor page. The link is removed when the admin UI is built; the
// UI's font stack falls back to the system's own sans-serif fonts.
import type { AstroIntegration } from 'astro';

const REMOTE_FONT_LINK = /jsx\("link",\s*\{\s*href:\s*"https:\/\/fonts\.googleapis\.com\/[^"]*",\s*rel:\s*"stylesheet"\s*\}\)/g;

/** Keystatic's source with the Google Fonts link removed; throws when the link changed shape, so it is never left in silently. */
export function withoutRemoteFonts(code: string, id: string): string {
  if (!code.includes('fonts.googleapis.com')) return code;
  const stripped = code.replace(REMOTE_FONT_LINK, 'null');
  if (stripped.includes('fonts.googleapis.com'))
    throw new Error(`${id}: tautan Google Fonts Keystatic berubah bentuk; perbarui src/integrations/no-remote-fonts.ts`);
  return stripped;
}

/** Astro integration removing Keystatic's Google Fonts link from the admin UI build. */
export function noRemoteFonts(): AstroIntegration {
  return {
    name: 'mpp-no-remote-fonts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mpp-no-remote-fonts',
                enforce: 'pre',
                transform(code: string, id: string) {
                  if (!id.includes('@keystatic')) return null;
                  const next = withoutRemoteFonts(code, id);
                  return next === code ? null : { code: next, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
