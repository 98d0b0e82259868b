// Shared steps of the booking tests: start a server with booking on, fetch and solve a
// proof-of-work challenge, book, check in at the kiosk and call at the counter.
import { call, makeTempDir, removeDir, type SpawnedServer, spawnQueueServer, testDevice } from '../../src/queue-server/dev/harness.ts';
import { solve } from '../../src/queue-server/booking/pow.ts';

export const TOKEN = 'booking-token-0123456789abcdef';
export const GERAI = [
  { id: 'dukcapil', name: 'Dukcapil', prefix: 'A', counters: 3, dailyQuota: 10 },
  { id: 'samsat', name: 'Samsat', prefix: 'D', counters: 1 },
];
/** Monday 10 March 2025, 09:00 WIB. */
export const MONDAY_9 = '2025-03-10T02:00:00Z';

export function baseConfig(booking: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    gerai: GERAI,
    dailyQuota: null,
    devices: [testDevice('kios', TOKEN, ['dukcapil', 'samsat'])],
    rateLimits: { public: null, staff: null },
    booking: {
      onlineQuota: { dukcapil: 4 },
      powBits: 4,
      // No extra work under floods unless a test asks for it (queue-booking-bots): the tests solve in-process.
      powMaxBits: 4,
      perAddressPerDay: 1000,
      perBrowserPerDay: 1000,
      rate: { perSecond: 100_000, burst: 100_000 },
      ...booking,
    },
    ...extra,
  };
}

const dirs: string[] = [];
const running: SpawnedServer[] = [];
export async function cleanup() {
  await Promise.all(running.map((s) => s.stop()));
  for (const dir of dirs.splice(0)) removeDir(dir);
}

export async function start(config: Record<string, unknown>, fakeNow = MONDAY_9, dataDir?: string): Promise<SpawnedServer> {
  const dir = dataDir ?? makeTempDir();
  if (!dataDir) dirs.push(dir);
  const server = await spawnQueueServer({ config, dataDir: dir, env: { QUEUE_FAKE_NOW: fakeNow } });
  running.push(server);
  return server;
}

let people = 0;
/** A proof for one attempt: a fresh challenge and its nonce. */
export async function proof(url: string, headers: Record<string, string> = {}) {
  const res = await call(url, '/v1/booking/challenge', { method: 'POST', headers });
  if (res.status !== 200) return { challenge: 'x', nonce: 'x' };
  return { challenge: res.body.challenge as string, nonce: solve(res.body.challenge, res.body.bits) };
}

/** Books with a fresh proof; each call is a different person and browser unless given. */
export async function book(url: string, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  people++;
  const body = {
    geraiId: 'dukcapil',
    name: `Warga ${String.fromCharCode(65 + (people % 26))}${people}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)] as string),
    browserId: `browser-${people}-0123456789abcdef`,
    ...(await proof(url, headers)),
    ...fields,
  };
  return call(url, '/v1/booking', { body, headers });
}

export const walkIn = (url: string, priority?: string) =>
  call(url, '/v1/staff/tickets', { token: TOKEN, body: priority ? { geraiId: 'dukcapil', priority } : { geraiId: 'dukcapil' } });
export const checkIn = (url: string, code: string) => call(url, '/v1/staff/booking/check-in', { token: TOKEN, body: { code } });
export const callNext = (url: string, counter = 3) => call(url, '/v1/staff/gerai/dukcapil/call-next', { token: TOKEN, body: { counter } });
export const offerOf = async (url: string) => (await call(url, '/v1/booking')).body.gerai.find((g: { id: string }) => g.id === 'dukcapil');
