// Time-based one-time codes (RFC 6238, HMAC-SHA1, 6 digits, 30 s), the second step at login
// that any authenticator app (Google Authenticator, Microsoft Authenticator, FreeOTP, Aegis)
// produces without a network. Written here rather than with a library: it is 40 lines of
// node:crypto, and the maintained packages (otplib, speakeasy) bring their own crypto shims.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Seconds per code. */
export const STEP_SECONDS = 30;
const DIGITS = 6;

/** RFC 4648 base32 without padding: what authenticator apps expect a key to be typed as. */
export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** Decode base32, ignoring spaces, case and padding; null when not base32. */
export function base32Decode(text: string): Buffer | null {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return null;
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new 160-bit secret, in base32. */
export const newSecret = () => base32Encode(randomBytes(20));

/** The time step of a moment (ms since epoch). */
export const stepAt = (ms: number) => Math.floor(ms / 1000 / STEP_SECONDS);

/** The code for one time step. */
export function codeAt(secret: Buffer, step: number, digits = DIGITS): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hmac = createHmac('sha1', secret).update(counter).digest();
  const offset = (hmac[hmac.length - 1] as number) & 15;
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/**
 * The time step `code` belongs to, within one step either side of `now` (clocks drift), or
 * null. A step at or before `lastUsed` is refused, so a code seen over a shoulder cannot be
 * used again.
 */
export function verifyCode(secretBase32: string, code: string, now: number, lastUsed = -1): number | null {
  const secret = base32Decode(secretBase32);
  const typed = code.replace(/\s/g, '');
  if (!secret || !/^\d{6}$/.test(typed)) return null;
  const current = stepAt(now);
  for (const step of [current, current - 1, current + 1]) {
    if (step <= lastUsed) continue;
    if (timingSafeEqual(Buffer.from(codeAt(secret, step)), Buffer.from(typed))) return step;
  }
  return null;
}

/** The otpauth:// address an authenticator app reads from a QR code or a link. */
export function otpauthUri(secretBase32: string, account: string, issuer: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  return `otpauth://totp/${label}?secret=${secretBase32}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=${DIGITS}&period=${STEP_SECONDS}`;
}
