// The room's preview serves uploaded media (/media/..., /pratinjau/media/...) on the room's
// own origin, next to the editors' session; it sends the public site's sandbox policy for
// them, exactly as the shipped nginx config (location /media/) and public/_headers do.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';
import { SHIPPED_CONFIG } from '../fixtures/nginx.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';
let room: TestRoom;
let ani: Client;

/** The CSP the shipped nginx config sends for /media/. */
function nginxMediaCsp(): string {
  const location = /location \/media\/ \{([\s\S]*?)\n {2}\}/.exec(readFileSync(SHIPPED_CONFIG, 'utf8'))?.[1] ?? '';
  const csp = /add_header Content-Security-Policy "([^"]+)" always;/.exec(location)?.[1];
  if (!csp) throw new Error(`${SHIPPED_CONFIG}: no CSP in location /media/`);
  return csp;
}

beforeAll(async () => {
  room = await startTestRoom();
  const media = path.join(room.config.previewDir, 'media', 'profil');
  mkdirSync(media, { recursive: true });
  writeFileSync(path.join(media, 'logo.svg'), SVG);
  writeFileSync(path.join(room.config.previewDir, 'index.html'), '<!doctype html><title>Pratinjau</title>');
  await room.user('ani', 'editor');
  ani = await room.login('ani');
});

afterAll(() => room?.stop());

describe('media in the preview', () => {
  it.each([
    '/pratinjau/media/profil/logo.svg',
    '/media/profil/logo.svg',
    '/pratinjau/%6Dedia/profil/logo.svg',
    '/pratinjau/x/../media/profil/logo.svg',
  ])('V14.4.3 %s gets the sandbox policy nginx sends for /media/', async (url) => {
    const response = await ani.fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get('content-security-policy')).toBe(nginxMediaCsp());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const headersFile = readFileSync('public/_headers', 'utf8');
    expect(headersFile).toContain(`Content-Security-Policy: ${nginxMediaCsp()}`);
  });

  it('pages of the preview keep their own policy (in <meta>) and cannot be framed', async () => {
    const response = await ani.fetch('/pratinjau/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
  });
});
