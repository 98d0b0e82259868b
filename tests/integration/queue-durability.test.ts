// Crash safety: SIGKILL the server while kiosks are issuing tickets, restart it on the
// same data directory, and check that every ticket the kiosks got a 201 for is still
// there with the same number, and that no number is handed out twice.
import { afterAll, expect, it } from 'vitest';
import { call, makeTempDir, removeDir, type SpawnedServer, spawnQueueServer, testDevice } from '../../src/queue-server/dev/harness.ts';

const TOKEN = 'durable-token-0123456789abcdef';
const CONFIG = {
  dailyQuota: null,
  gerai: [
    { id: 'dukcapil', name: 'Dukcapil', prefix: 'A', counters: 2 },
    { id: 'samsat', name: 'Samsat', prefix: 'D', counters: 2 },
  ],
  devices: [testDevice('kiosk', TOKEN, ['dukcapil', 'samsat'])],
  rateLimits: { public: null, staff: null },
};

const dir = makeTempDir();
const servers: SpawnedServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  removeDir(dir);
});

interface Ack {
  id: string;
  number: string;
  geraiId: string;
}

it('keeps every acknowledged ticket across SIGKILL and never reuses a number', async () => {
  const first = await spawnQueueServer({ config: CONFIG, dataDir: dir });
  servers.push(first);
  const acked: Ack[] = [];
  let stop = false;

  const kiosk = async (geraiId: string) => {
    while (!stop) {
      try {
        const res = await call(first.url, '/v1/staff/tickets', { token: TOKEN, body: { geraiId } });
        if (res.status === 201) acked.push({ id: res.body.ticket.id, number: res.body.ticket.number, geraiId });
      } catch {
        return; // connection refused or reset: the server is gone
      }
    }
  };
  const loops = ['dukcapil', 'samsat', 'dukcapil', 'samsat'].map(kiosk);
  while (acked.length < 120) await new Promise((r) => setTimeout(r, 5));
  await first.kill(); // SIGKILL with requests in flight
  stop = true;
  await Promise.all(loops);
  expect(first.child.signalCode).toBe('SIGKILL');

  const numbers = acked.map((a) => a.number);
  expect(new Set(numbers).size).toBe(numbers.length);

  const second = await spawnQueueServer({ config: CONFIG, dataDir: dir });
  servers.push(second);
  for (const ack of acked) {
    const res = await call(second.url, `/v1/staff/tickets/${ack.id}`, { token: TOKEN });
    expect(res.status, `ticket ${ack.number}`).toBe(200);
    expect(res.body.ticket).toMatchObject({ number: ack.number, geraiId: ack.geraiId, status: 'waiting' });
  }

  const seq = (n: string) => Number(n.split('-')[1]);
  for (const geraiId of ['dukcapil', 'samsat']) {
    const highest = Math.max(...acked.filter((a) => a.geraiId === geraiId).map((a) => seq(a.number)));
    const next = await call(second.url, '/v1/staff/tickets', { token: TOKEN, body: { geraiId } });
    expect(next.status).toBe(201);
    expect(seq(next.body.ticket.number)).toBeGreaterThan(highest);
    expect(numbers).not.toContain(next.body.ticket.number);
  }
  const snap = (await call(second.url, '/v1/antrean')).body;
  expect(snap.mpp.issuedToday).toBeGreaterThanOrEqual(acked.length + 2);
});
