// The booking's proof-of-work under a flood, and the networks the per-network cap counts:
// the work a challenge demands rises with the rate challenges are asked for, is signed into
// the challenge so a client cannot lower it, and addresses group into IPv4 /24 and IPv6 /48.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { networkOf } from '../../src/queue-server/booking/network.ts';
import { createProofOfWork, leadingZeroBits, solve, surgeBits } from '../../src/queue-server/booking/pow.ts';

describe('proof-of-work under a flood', () => {
  it('adds a bit per doubling of the rate past the normal one, up to the ceiling', () => {
    const surge = { maxBits: 20, surgePerMinute: 600 };
    expect(surgeBits(16, surge, 599)).toBe(16);
    expect(surgeBits(16, surge, 600)).toBe(17);
    expect(surgeBits(16, surge, 1_199)).toBe(17);
    expect(surgeBits(16, surge, 1_200)).toBe(18);
    expect(surgeBits(16, surge, 4_800)).toBe(20);
    expect(surgeBits(16, surge, 1_000_000)).toBe(20);
  });

  it('asks for more work once challenges come in a flood, and less again a minute after it ends', () => {
    let t = Date.UTC(2025, 2, 10, 0, 0);
    const pow = createProofOfWork('secret', 4, () => t, { maxBits: 9, surgePerMinute: 100 });
    expect(pow.issue().bits).toBe(4);
    const bits: number[] = [];
    for (let i = 0; i < 1_000; i++) bits.push(pow.issue().bits);
    expect(bits[50]).toBe(4);
    expect(bits.at(-1)).toBe(8); // 1,001 a minute: 10 times the normal rate
    t += 70_000;
    expect(pow.issue().bits).toBe(4);
  });

  it('holds a solution to the bits signed into its challenge; a client cannot lower them', () => {
    const t = Date.UTC(2025, 2, 10, 0, 0);
    const pow = createProofOfWork('secret', 2, () => t, { maxBits: 12, surgePerMinute: 1 });
    pow.issue();
    const hard = pow.issue();
    expect(hard.bits).toBeGreaterThan(2);
    const [expires, , random, mac] = hard.challenge.split('.');
    const lowered = `${expires}.2.${random}.${mac}`;
    expect(pow.check(lowered, solve(lowered, 2))).toBe('Bukti anti-robot tidak valid');
    // A nonce good enough for the base 2 bits but not for the challenge's own is refused.
    const bitsOf = (nonce: string) => leadingZeroBits(createHash('sha256').update(`${hard.challenge}:${nonce}`).digest());
    let n = 0;
    while (bitsOf(n.toString(36)) < 2 || bitsOf(n.toString(36)) >= hard.bits) n++;
    expect(pow.check(hard.challenge, n.toString(36))).toBe('Bukti anti-robot tidak valid');
    expect(pow.check(hard.challenge, solve(hard.challenge, hard.bits))).toBeNull();
  });
});

describe('networks of client addresses', () => {
  it('groups IPv4 by /24 and IPv6 by /48, whatever way the address is written', () => {
    expect(networkOf('203.0.113.7')).toBe('v4:203.0.113');
    expect(networkOf('203.0.113.250')).toBe(networkOf('203.0.113.7'));
    expect(networkOf('203.0.114.7')).not.toBe(networkOf('203.0.113.7'));
    expect(networkOf('::ffff:203.0.113.9')).toBe('v4:203.0.113');
    expect(networkOf('2001:db8:12::1')).toBe('v6:2001:db8:12');
    expect(networkOf('2001:0db8:0012:ffff:1:2:3:4')).toBe('v6:2001:db8:12');
    expect(networkOf('2001:db8:12:0:0:0:0:9')).toBe(networkOf('2001:DB8:12::abcd'));
    expect(networkOf('2001:db8:13::1')).not.toBe(networkOf('2001:db8:12::1'));
    expect(networkOf('fe80::1%eth0')).toBe('v6:fe80:0:0');
    expect(networkOf('::1')).toBe('v6:0:0:0');
  });
});
