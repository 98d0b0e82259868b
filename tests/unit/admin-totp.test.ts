// One-time codes for the room's second login step, against RFC 6238's own test vectors and
// the rules that keep a code single-use and tolerant of small clock drift.
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, codeAt, newSecret, otpauthUri, stepAt, verifyCode } from '../../src/admin-server/accounts/totp.ts';

// RFC 6238 appendix B: the SHA-1 secret is the ASCII "12345678901234567890".
const RFC_SECRET = Buffer.from('12345678901234567890');

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC test vectors for SHA-1 (8 digits), and their last 6 digits', () => {
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [seconds, code] of vectors) {
      expect(codeAt(RFC_SECRET, stepAt(seconds * 1000), 8), String(seconds)).toBe(code);
      expect(codeAt(RFC_SECRET, stepAt(seconds * 1000)), String(seconds)).toBe(code.slice(2));
    }
  });

  it('round-trips base32 as authenticator apps type it (spaces, lower case, padding)', () => {
    expect(base32Encode(RFC_SECRET)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')?.equals(RFC_SECRET)).toBe(true);
    expect(base32Decode('GEZDGNBVGY3TQOJQ====')?.length).toBe(10);
    expect(base32Decode('GEZD1')).toBeNull();
    expect(newSecret()).toMatch(/^[A-Z2-7]{32}$/);
    expect(newSecret()).not.toBe(newSecret());
  });

  it('accepts the code of the previous, current and next 30 seconds only', () => {
    const secret = base32Encode(RFC_SECRET);
    const now = 1111111111_000;
    const step = stepAt(now);
    expect(verifyCode(secret, codeAt(RFC_SECRET, step), now)).toBe(step);
    expect(verifyCode(secret, codeAt(RFC_SECRET, step - 1), now)).toBe(step - 1);
    expect(verifyCode(secret, codeAt(RFC_SECRET, step + 1), now)).toBe(step + 1);
    expect(verifyCode(secret, codeAt(RFC_SECRET, step - 2), now)).toBeNull();
    expect(verifyCode(secret, codeAt(RFC_SECRET, step + 2), now)).toBeNull();
  });

  it('never accepts a code twice, nor an older one after a newer one was used', () => {
    const secret = base32Encode(RFC_SECRET);
    const now = 2000000000_000;
    const step = stepAt(now);
    const used = verifyCode(secret, codeAt(RFC_SECRET, step), now);
    expect(used).toBe(step);
    expect(verifyCode(secret, codeAt(RFC_SECRET, step), now, used ?? -1)).toBeNull();
    expect(verifyCode(secret, codeAt(RFC_SECRET, step - 1), now, used ?? -1)).toBeNull();
    expect(verifyCode(secret, codeAt(RFC_SECRET, step + 1), now, used ?? -1)).toBe(step + 1);
  });

  it('refuses what is not six digits, and a secret that is not base32', () => {
    const secret = base32Encode(RFC_SECRET);
    expect(verifyCode(secret, '12345', 0)).toBeNull();
    expect(verifyCode(secret, '1234567', 0)).toBeNull();
    expect(verifyCode(secret, 'abcdef', 0)).toBeNull();
    expect(verifyCode('bukan base32!', '123456', 0)).toBeNull();
    expect(verifyCode(secret, ` ${codeAt(RFC_SECRET, 0).slice(0, 3)} ${codeAt(RFC_SECRET, 0).slice(3)} `, 0)).toBe(0);
  });

  it('gives authenticator apps an otpauth address naming the room and the account', () => {
    expect(otpauthUri('ABC', 'ali', 'Ruang editor MPP')).toBe(
      'otpauth://totp/Ruang%20editor%20MPP%3Aali?secret=ABC&issuer=Ruang%20editor%20MPP&algorithm=SHA1&digits=6&period=30',
    );
  });
});
