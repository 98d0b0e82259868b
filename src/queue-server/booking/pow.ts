// Proof-of-work for booking: the server hands out a signed, short-lived challenge; the
// browser finds a nonce so that SHA-256("challenge:nonce") starts with `bits` zero bits, and
// each challenge books at most once. It needs no outside service (no CAPTCHA vendor, nothing
// sent to a third party) and costs a resident's phone about a second, while a bot pays the
// same for every single attempt. Written here because it is twenty lines of node:crypto.
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

/** Issues and checks challenges under `secret`; `now` in epoch ms. */
export function createProofOfWork(secret: string, bits: number, now: () => number) {
  const used = new Map<string, number>();
  const mac = (body: string) => createHmac('sha256', secret).update(body).digest('base64url').slice(0, 22);

  function forget(t: number): void {
    for (const [key, expires] of used) {
      if (expires > t && used.size < MAX_USED) break;
      used.delete(key);
    }
  }

  return {
    bits,
    /** A new challenge, valid for {@link CHALLENGE_TTL_MS}. */
    issue(): { challenge: string; bits: number; expiresAt: string } {
      const expires = now() + CHALLENGE_TTL_MS;
      const body = `${expires.toString(36)}.${randomBytes(12).toString('base64url')}`;
      return { challenge: `${body}.${mac(body)}`, bits, expiresAt: new Date(expires).toISOString() };
    },
    /** Null when the proof holds (and the challenge is now spent), else why not, in Indonesian. */
    check(challenge: unknown, nonce: unknown): string | null {
      if (typeof challenge !== 'string' || typeof nonce !== 'string' || challenge.length > 100 || nonce.length > 32) {
        return 'Bukti anti-robot tidak ada; muat ulang halaman lalu coba lagi';
      }
      const m = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})$/.exec(challenge);
      const want = m ? Buffer.from(mac(`${m[1]}.${m[2]}`)) : null;
      if (!m || !want || !timingSafeEqual(want, Buffer.from(m[3] as string))) return 'Bukti anti-robot tidak valid';
      const t = now();
      const expires = Number.parseInt(m[1] as string, 36);
      if (expires < t) return 'Bukti anti-robot sudah kedaluwarsa; coba lagi';
      if (used.has(challenge)) return 'Bukti anti-robot ini sudah dipakai; coba lagi';
      if (leadingZeroBits(createHash('sha256').update(`${challenge}:${nonce}`).digest()) < bits) return 'Bukti anti-robot tidak valid';
      forget(t);
      used.set(challenge, expires);
      return null;
    },
  };
}
