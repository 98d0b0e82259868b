// Password hashing with node:crypto scrypt (memory-hard, no native addon). Stored as
// "scrypt$N$r$p$salt$hash" so the cost can be raised later without breaking old hashes.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { guessability } from './password-strength.ts';

const KEY_LENGTH = 32;
// N=2^15, r=8: about 32 MB and ~50–100 ms per hash on a small server (OWASP's scrypt advice).
const COST = { N: 2 ** 15, r: 8, p: 1 };
/** Shortest password accepted (ASVS 2.1.1 asks for at least 12 characters). */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest password accepted (ASVS 2.1.2 allows at least 64). */
export const MAX_PASSWORD_LENGTH = 128;

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Hash a password with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST.N, COST.r, COST.p);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` matches a stored hash (constant-time comparison). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

// Computed once: verifying against it when the account does not exist keeps the response
// time the same, so timing does not reveal which usernames exist.
let dummy: Promise<string> | undefined;
/** A valid hash of a random password, for constant-time "no such user" answers. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}

/** Indonesian problem with a new password, or null when acceptable. Length, then whether it
 * is a known leaked password or easy to guess (ASVS 2.1.7); no rules about character kinds
 * (ASVS 2.1.9). `personal` are words an attacker would try first: username, name. */
export function passwordProblem(password: string, personal: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Kata sandi maksimal ${MAX_PASSWORD_LENGTH} karakter.`;
  const verdict = guessability(password, personal);
  if (verdict.leaked)
    return 'Kata sandi ini ada di daftar kata sandi yang sering dipakai dan bocor. Pilih yang lain, misalnya tiga atau empat kata acak yang tidak berhubungan.';
  if (verdict.weak)
    return 'Kata sandi ini terlalu mudah ditebak (kata umum, nama, tanggal atau urutan tombol). Tambahkan kata acak yang tidak berhubungan.';
  return null;
}
