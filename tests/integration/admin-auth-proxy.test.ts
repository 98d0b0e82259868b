// The real room behind the shipped reverse-proxy config (deploy/nginx/admin.conf) on
// Debian's nginx: the address login throttling counts against is the one nginx saw, not
// one the client wrote into X-Forwarded-For or X-Real-IP.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';
import { type RunningNginx, startAdminNginx } from '../fixtures/nginx.ts';

let room: TestRoom;
let nginx: RunningNginx;
beforeAll(async () => {
  // As deployed: the room trusts its proxy (MPP_ADMIN_TRUST_PROXY=1 in the systemd unit).
  room = await startTestRoom({ overrides: { trustProxy: true } });
  await room.user('budi', 'editor');
  nginx = await startAdminNginx({ upstreamPort: (room.server.address() as AddressInfo).port });
});
afterAll(async () => {
  await nginx?.stop();
  await room?.stop();
});

const addressKeys = () =>
  (room.room.db.prepare("SELECT key, failures FROM login_failures WHERE key LIKE 'ip:%'").all() as { key: string; failures: number }[]).map(
    (row) => `${row.key} ${row.failures}`,
  );

describe('V2.2.1 login throttling behind nginx', () => {
  it('counts failures against the address nginx saw, whatever X-Forwarded-For and X-Real-IP the client sends', async () => {
    const client = new Client(nginx.url);
    const login = async (username: string, password: string, spoofed: string) => {
      const token = await client.token('/masuk');
      return client.fetch('/masuk', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': spoofed, 'x-real-ip': spoofed },
        body: new URLSearchParams({ _csrf: token, username, password }).toString(),
      });
    };
    for (let i = 0; i < 20; i++) expect((await login(`coba${i}`, 'kata-sandi-salah-sekali', `198.51.100.${i}`)).status).toBe(401);
    expect(addressKeys()).toEqual(['ip:127.0.0.1 20']);
    // A fresh invented address does not buy the attacker more tries.
    expect((await login('budi', 'kata-sandi-uji-panjang', '203.0.113.77')).status).toBe(429);
  }, 90_000);
});
