// What a new operator's mistakes and a flaky network leave in the queue server's log and
// audit trail: an aborted upload is not an "unexpected error", a refused role is audited, a
// used-up quota warns the MPP, and a counter cannot probe another gerai's tickets.
import { connect } from 'node:net';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeTempDir, removeDir, type SpawnedServer, spawnQueueServer, testDevice } from '../../src/queue-server/dev/harness.ts';

const KIOSK = 'hardening-kiosk-0123456789';
const COUNTER_B = 'hardening-counter-imigrasi-0123';
let server: SpawnedServer;
let dir: string;

beforeAll(async () => {
  dir = makeTempDir('antrean-hardening-');
  server = await spawnQueueServer({
    dataDir: dir,
    config: {
      gerai: [
        { id: 'dukcapil', name: 'Dukcapil', prefix: 'A', dailyQuota: 2 },
        { id: 'imigrasi', name: 'Imigrasi', prefix: 'B' },
      ],
      devices: [testDevice('kios', KIOSK, [], ['kiosk']), testDevice('loket-imigrasi', COUNTER_B, ['imigrasi'], ['counter'])],
      rateLimits: { public: null, staff: null },
      cors: { allowedOrigins: ['https://mpp.example.go.id'] },
    },
  });
});
afterAll(async () => {
  await server?.stop();
  removeDir(dir);
});

const auditRows = () => {
  const db = new DatabaseSync(join(dir, 'antrean.db'), { readOnly: true });
  try {
    return db.prepare('SELECT device_id, action, outcome, detail FROM audit ORDER BY id').all() as Record<string, string>[];
  } finally {
    db.close();
  }
};

describe('queue server hardening', () => {
  it('logs an upload the client aborted without an "unexpected error" or a stack trace', async () => {
    const { hostname, port } = new URL(server.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(
          `POST /v1/staff/tickets HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${KIOSK}\r\n` +
            'Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{"geraiId":',
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 200);
      });
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(server.output()).not.toMatch(/tak terduga|at readRaw|\n\s+at /);
    // The server still answers.
    expect((await call(server.url, '/v1/health')).status).toBe(200);
  });

  it('V7.2.2 audits a device refused for lacking the role it tried to use', async () => {
    const res = await call(server.url, '/v1/staff/gerai/dukcapil/call-next', { method: 'POST', token: KIOSK });
    expect(res.status).toBe(403);
    expect(auditRows()).toContainEqual(expect.objectContaining({ device_id: 'kios', action: 'call-next', outcome: 'refused' }));
  });

  it('warns once in the log and audits when a gerai quota is used up', async () => {
    for (let i = 0; i < 2; i++) {
      expect((await call(server.url, '/v1/staff/tickets', { token: KIOSK, body: { geraiId: 'dukcapil' } })).status).toBe(201);
    }
    const refused = await call(server.url, '/v1/staff/tickets', { token: KIOSK, body: { geraiId: 'dukcapil' } });
    expect(refused.body.error.code).toBe('quota_exhausted');
    await call(server.url, '/v1/staff/tickets', { token: KIOSK, body: { geraiId: 'dukcapil' } });
    const warnings = server.output().match(/Kuota harian gerai Dukcapil sudah habis/g) ?? [];
    expect(warnings).toHaveLength(1);
    expect(auditRows()).toContainEqual(expect.objectContaining({ action: 'quota', outcome: 'exhausted' }));
  });

  it("V4.2.1 answers a counter asking for another gerai's ticket exactly as for a missing one", async () => {
    const issued = await call(server.url, '/v1/staff/tickets', { token: KIOSK, body: { geraiId: 'imigrasi' } });
    const otherId = Number(issued.body.ticket.id) - 1; // a Dukcapil ticket from the test before
    const other = await call(server.url, `/v1/staff/tickets/${otherId}`, { token: COUNTER_B });
    const missing = await call(server.url, '/v1/staff/tickets/999999', { token: COUNTER_B });
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(other.body.error.message.replace(String(otherId), 'X')).toBe(missing.body.error.message.replace('999999', 'X'));
    const finish = await call(server.url, `/v1/staff/tickets/${otherId}/finish`, { method: 'POST', token: COUNTER_B });
    expect(finish.status).toBe(404);
  });

  it('exposes the Date header to the portal so it can judge age on the server clock', async () => {
    const res = await call(server.url, '/v1/antrean', { headers: { Origin: 'https://mpp.example.go.id' } });
    expect(res.headers.get('Access-Control-Expose-Headers')).toMatch(/\bDate\b/);
    expect(Number.isNaN(Date.parse(res.headers.get('Date') ?? ''))).toBe(false);
  });
});
