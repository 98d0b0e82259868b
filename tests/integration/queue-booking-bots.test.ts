// Anti-automation of online booking (ASVS V11.1.4): floods from one address and from many
// addresses, with and without a valid proof-of-work, cannot drain the online quota.
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../src/queue-server/dev/harness.ts';
import { solve } from '../../src/queue-server/booking/pow.ts';
import { baseConfig, book, cleanup, GERAI, offerOf, proof, start } from './queue-booking-helpers.ts';

afterAll(cleanup);

/** A Dukcapil quota with room for an online share of 40. */
const ROOMY = { gerai: [{ ...GERAI[0], dailyQuota: 60 }, GERAI[1]] };

/** Runs `count` attempts, `width` at a time; returns the statuses. */
async function flood(count: number, width: number, attempt: (i: number) => Promise<{ status: number }>): Promise<number[]> {
  const statuses: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next++;
        statuses.push((await attempt(i)).status);
      }
    }),
  );
  return statuses;
}
const created = (statuses: number[]) => statuses.filter((s) => s === 201).length;
const ip = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

describe('booking against bots', () => {
  it('V11.1.4 10,000 attempts from one address, each with a solved challenge, book only the per-address cap', async () => {
    const server = await start(baseConfig({ onlineQuota: { dukcapil: 40 }, perAddressPerDay: 20, perBrowserPerDay: 3 }, ROOMY));
    const statuses = await flood(10_000, 50, () => book(server.url));
    expect(created(statuses)).toBe(20);
    expect((await offerOf(server.url)).onlineLeft).toBe(20);
    const last = await book(server.url);
    expect(last.body.error.message).toBe('Batas pemesanan dari jaringan ini hari ini sudah tercapai; ambil nomor di kios MPP');
  }, 120_000);

  it('V11.1.4 one browser books at most its daily cap', async () => {
    const server = await start(baseConfig({ onlineQuota: { dukcapil: 40 }, perBrowserPerDay: 3 }, ROOMY));
    const statuses = await flood(50, 10, () => book(server.url, { browserId: 'one-browser-0123456789' }));
    expect(created(statuses)).toBe(3);
    expect((await offerOf(server.url)).onlineLeft).toBe(37);
  });

  it('V11.1.4 10,000 attempts from 500 addresses without a fresh proof of work book nothing past the first use', async () => {
    const server = await start(baseConfig({ onlineQuota: { dukcapil: 40 } }, { ...ROOMY, trustProxy: true }));
    const spent = await proof(server.url);
    const other = await call(server.url, '/v1/booking/challenge', { method: 'POST' });
    const forged = `${other.body.challenge.slice(0, -3)}abc`;
    const kinds = [
      () => spent, // replayed: valid once only
      () => ({ challenge: other.body.challenge, nonce: 'not-a-solution' }),
      () => ({ challenge: forged, nonce: solve(forged, 4) }),
      () => ({}),
    ];
    const statuses = await flood(10_000, 50, (i) =>
      call(server.url, '/v1/booking', {
        headers: { 'X-Forwarded-For': ip(i % 500) },
        body: {
          geraiId: 'dukcapil',
          name: `Bot ${String.fromCharCode(65 + (i % 26))}`,
          browserId: `bot-browser-${i}-0123456789`,
          ...(kinds[i % kinds.length] as () => object)(),
        },
      }),
    );
    expect(created(statuses)).toBeLessThanOrEqual(1);
    expect(statuses.filter((s) => s === 409).length).toBeGreaterThanOrEqual(9_999);
    expect((await offerOf(server.url)).onlineLeft).toBeGreaterThanOrEqual(39);
  }, 120_000);

  it('V11.1.4 10,000 attempts from 500 addresses in 4 networks, each with a fresh solved proof, book only the per-network cap of each', async () => {
    const server = await start(
      baseConfig(
        { onlineQuota: { dukcapil: 40 }, perAddressPerDay: 2, perNetworkPerDay: 5, powBits: 2, powMaxBits: 8, powSurgePerMinute: 300 },
        { ...ROOMY, trustProxy: true },
      ),
    );
    // A rented pool: 500 addresses spread over four /24 networks.
    const farm = (i: number) => `198.51.${100 + (i % 4)}.${(i % 125) + 1}`;
    const quiet = await call(server.url, '/v1/booking/challenge', { method: 'POST', headers: { 'X-Forwarded-For': '203.0.113.10' } });
    expect(quiet.body.bits).toBe(2);
    const statuses = await flood(10_000, 50, (i) => book(server.url, {}, { 'X-Forwarded-For': farm(i % 500) }));
    expect(created(statuses)).toBe(20);
    // 20 of the 40 online places are still there for residents on other networks.
    expect((await offerOf(server.url)).onlineLeft).toBe(20);
    const resident = await book(server.url, {}, { 'X-Forwarded-For': '203.0.113.9' });
    expect(resident.status).toBe(201);
    // The flood (10,000 challenges within a minute, 33 times the normal 300) raised the work of
    // every new challenge from 2 bits to 7 or 8 (32 to 64 times as many hashes), never past the ceiling.
    const challenge = await call(server.url, '/v1/booking/challenge', { method: 'POST', headers: { 'X-Forwarded-For': '203.0.113.10' } });
    expect(challenge.body.bits).toBeGreaterThanOrEqual(7);
    expect(challenge.body.bits).toBeLessThanOrEqual(8);
  }, 180_000);

  it('V11.1.4 an IPv6 farm in one /48 counts as one network', async () => {
    const server = await start(
      baseConfig({ onlineQuota: { dukcapil: 40 }, perAddressPerDay: 2, perNetworkPerDay: 5 }, { ...ROOMY, trustProxy: true }),
    );
    const statuses = await flood(300, 20, (i) =>
      book(server.url, {}, { 'X-Forwarded-For': `2001:db8:77:${(i % 60).toString(16)}::${(i % 7) + 1}` }),
    );
    expect(created(statuses)).toBe(5);
    expect((await offerOf(server.url)).onlineLeft).toBe(35);
  }, 120_000);

  it('V11.1.4 500 forged X-Forwarded-For addresses count as one unless the proxy is trusted', async () => {
    const server = await start(baseConfig({ onlineQuota: { dukcapil: 40 }, perAddressPerDay: 20 }, ROOMY));
    const statuses = await flood(10_000, 50, (i) => book(server.url, {}, { 'X-Forwarded-For': ip(i % 500) }));
    expect(created(statuses)).toBe(20);
    expect((await offerOf(server.url)).onlineLeft).toBe(20);
  }, 120_000);

  it('V11.1.4 a burst from one address is refused before any proof is checked', async () => {
    const server = await start(baseConfig({ rate: { perSecond: 2, burst: 10 } }));
    const statuses = await flood(500, 20, () => call(server.url, '/v1/booking/challenge', { method: 'POST' }));
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(15);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(485);
  });
});
