// A save too large for the room (an oversized upload through Keystatic) behind the shipped
// nginx config: the room's own limit answers first, in Indonesian, because nginx's
// client_max_body_size sits above it; nginx's English 413 page never reaches an editor.
import { limits } from '../../src/admin-server/saves/limits.ts';
import { t } from '../../src/admin-server/strings/index.ts';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, PASSWORD, startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';
import { type RunningNginx, startAdminNginx } from '../fixtures/nginx.ts';

const MB = 1024 * 1024;
let room: TestRoom;
let nginx: RunningNginx;

beforeAll(async () => {
  room = await startTestRoom();
  await room.user('ani', 'editor');
  nginx = await startAdminNginx({ upstreamPort: Number(new URL(room.url).port) });
});

afterAll(async () => {
  await nginx?.stop();
  await room?.stop();
});

describe('an upload above the room limit, through nginx', () => {
  it("V13.1.3 gets the room's Indonesian 413, not nginx's page", async () => {
    const ani = new Client(nginx.url);
    expect((await ani.login('ani', PASSWORD)).status).toBe(303);
    // Between the room's limit (32 MB) and nginx's (40m).
    const response = await ani.fetch('/api/keystatic/update', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'no-cors': '1' },
      body: new Uint8Array(33 * MB),
    });
    expect(response.status).toBe(413);
    const body = await response.text();
    expect(body).not.toMatch(/nginx|Request Entity Too Large/i);
    // Plain text: Keystatic shows a refused save's body above the form, as it is.
    expect(body).toBe(t.limits.tooLarge(limits.saveBytes / MB));
    expect(body).toContain('batas 32 MB');
  });
});

/**
 * Sends a too large save over a raw socket the way nginx forwards one: the whole body, written
 * to the end before the answer is read. Returns the answer, or the socket error that cut it.
 */
function sendWholeBody(base: string, cookie: string, bytes: number): Promise<{ answer: string; error: string | null }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    let error: string | null = null;
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error = e.code ?? e.message;
    });
    socket.on('close', () => resolve({ answer, error }));
    socket.on('connect', async () => {
      const head = [
        'POST /api/keystatic/update HTTP/1.1',
        `Host: ${hostname}:${port}`,
        `Cookie: ${cookie}`,
        `Origin: ${base}`,
        'no-cors: 1',
        'Content-Type: application/json',
        `Content-Length: ${bytes}`,
        '',
        '',
      ].join('\r\n');
      socket.write(head);
      const chunk = new Uint8Array(MB);
      for (let sent = 0; sent < bytes && !socket.destroyed; sent += MB) {
        if (!socket.write(chunk)) await new Promise((ok) => socket.once('drain', ok).once('close', ok));
      }
      if (!socket.destroyed) socket.end();
    });
  });
}

describe('an upload above the room limit, sent to its end before the answer is read', () => {
  it('V12.1.1 the room reads the refused body to its end, so its 413 is not lost to a connection reset', async () => {
    const ani = new Client(room.url);
    expect((await ani.login('ani', PASSWORD)).status).toBe(303);
    const cookie = [...ani.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const { answer, error } = await sendWholeBody(room.url, cookie, 33 * MB);
    expect(error).toBeNull();
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('batas 32 MB');
  });
});
