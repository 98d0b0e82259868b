// Proof-of-work for booking: the server hands out a signed, short-lived challenge; the
// browser finds a nonce so that SHA-256("challenge:nonce") starts with `bits` zero bits, and
// each challenge books at most once. It needs no outside service (no CAPTCHA vendor, nothing
// sent to a third party) and costs a resident's phone about a second, while a bot pays the
// same for every single attempt. Written here because it is twenty lines of node:crypto.
// Under a flood the work rises: each challenge carries (signed) the bits it demands, and while
// more challenges are asked for per minute than a busy morning needs, every doubling of that
// rate adds a bit, up to a ceiling, so 10,000 attempts cost a farm far more than one booking
// costs a resident.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a challenge stays valid. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
/** Used challenges remembered at most; past this the oldest (long expired at normal rates) are dropped. */
const MAX_USED = 200_000;

/** Leading zero bits of a SHA-256 digest. */
export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Finds a nonce for `challenge` (used by tests and the benchmark; the browser does the same with crypto.subtle). */
export function solve(challenge: string, bits: number): string {
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    if (leadingZeroBits(createHash('sha256').update(`${challenge}:${nonce}`).digest()) >= bits) return nonce;
  }
}

export type ProofOfWork = ReturnType<typeof createProofOfWork>;

/** How the difficulty follows demand: `surgePerMinute` challenges a minute is still normal; `maxBits` is the ceiling. */
export interface Surge {
  maxBits: number;
  surgePerMinute: number;
}

/** Bits for a challenge: `bits`, plus one per doubling of the last minute's rate past `surgePerMinute`. */
export function surgeBits(bits: number, surge: Surge, perMinute: number): number {
  if (perMinute < surge.surgePerMinute) return bits;
  return Math.min(Math.max(bits, surge.maxBits), bits + 1 + Math.floor(Math.log2(perMinute / surge.surgePerMinute)));
}

/** Issues and checks challenges under `secret`; `now` in epoch ms. */
export function createProofOfWork(
  secret: string,
  bits: number,
  now: () => number,
  surge: Surge = { maxBits: bits, surgePerMinute: Infinity },
) {
  const used = new Map<string, number>();
  const mac = (body: string) => createHmac('sha256', secret).update(body).digest('base64url').slice(0, 22);
  // Challenges issued per 10-second slot over the last minute (six slots, rotated by time).
  const slots = new Array<number>(6).fill(0);
  let slotAt = 0;
  function countIssue(t: number): number {
    const slot = Math.floor(t / 10_000);
    if (slot - slotAt >= 6) slots.fill(0);
    else for (let s = slotAt + 1; s <= slot; s++) slots[s % 6] = 0;
    slotAt = Math.max(slotAt, slot);
    slots[slot % 6] = (slots[slot % 6] ?? 0) + 1;
    return slots.reduce((a, n) => a + n, 0);
  }

  function forget(t: number): void {
    for (const [key, expires] of used) {
      if (expires > t && used.size < MAX_USED) break;
      used.delete(key);
    }
  }

  return {
    bits,
    /** A new challenge, valid for {@link CHALLENGE_TTL_MS}, demanding more bits while challenges are asked for in a flood. */
    issue(): { challenge: string; bits: number; expiresAt: string } {
      const t = now();
      const need = surgeBits(bits, surge, countIssue(t));
      const expires = t + CHALLENGE_TTL_MS;
      const body = `${expires.toString(36)}.${need.toString(36)}.${randomBytes(12).toString('base64url')}`;
      return { challenge: `${body}.${mac(body)}`, bits: need, expiresAt: new Date(expires).toISOString() };
    },
    /** Null when the proof holds (and the challenge is now spent), else why not, in Indonesian. */
    check(challenge: unknown, nonce: unknown): string | null {
      if (typeof challenge !== 'string' || typeof nonce !== 'string' || challenge.length > 100 || nonce.length > 32) {
        return 'Bukti anti-robot tidak ada; muat ulang halaman lalu coba lagi';
      }
      const m = /^([0-9a-z]{1,12})\.([0-9a-z]{1,2})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})$/.exec(challenge);
      const want = m ? Buffer.from(mac(`${m[1]}.${m[2]}.${m[3]}`)) : null;
      if (!m || !want || !timingSafeEqual(want, Buffer.from(m[4] as string))) return 'Bukti anti-robot tidak valid';
      const t = now();
      const expires = Number.parseInt(m[1] as string, 36);
      if (expires < t) return 'Bukti anti-robot sudah kedaluwarsa; coba lagi';
      if (used.has(challenge)) return 'Bukti anti-robot ini sudah dipakai; coba lagi';
      // The bits signed into the challenge, never fewer than today's base.
      const need = Math.max(bits, Number.parseInt(m[2] as string, 36));
      if (leadingZeroBits(createHash('sha256').update(`${challenge}:${nonce}`).digest()) < need) return 'Bukti anti-robot tidak valid';
      forget(t);
      used.set(challenge, expires);
      return null;
    },
  };
}
