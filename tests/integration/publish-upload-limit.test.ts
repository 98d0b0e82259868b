// A save too large for the room (an oversized upload through Keystatic) behind the shipped
// nginx config: the room's own limit answers first, in Indonesian, because nginx's
// client_max_body_size sits above it; nginx's English 413 page never reaches an editor.
import { limits } from '../../src/admin-server/saves/limits.ts';
import { t } from '../../src/admin-server/strings/index.ts';
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
