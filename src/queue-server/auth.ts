// Staff devices (kiosks, counter tablets) authenticate with a bearer token. Only a
// SHA-256 hash of each token is stored in the config: tokens are 32 random bytes, so a
// fast hash is safe here (slow hashes such as scrypt protect guessable passwords, and
// would make every staff request cost tens of milliseconds of CPU for no gain).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { DeviceConfig } from './config.ts';

/** 'sha256:<hex>' of a token, the form stored in `devices[].tokenHash`. */
export function hashToken(token: string): string {
  return `sha256:${createHash('sha256').update(token, 'utf8').digest('hex')}`;
}

/** A new random token (43 URL-safe characters) for a device. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The bearer token a request carries, or null. */
export function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(req.headers.authorization ?? '');
  return match ? (match[1] as string) : null;
}

/** Finds the device whose token the request carries; null when missing or wrong. */
export function createAuthenticator(devices: readonly DeviceConfig[]) {
  const known = devices.map((d) => ({ device: d, hash: Buffer.from(d.tokenHash, 'utf8') }));
  return (req: IncomingMessage): DeviceConfig | null => {
    const token = bearerToken(req);
    if (token === null) return null;
    const presented = Buffer.from(hashToken(token), 'utf8');
    let found: DeviceConfig | null = null;
    // Compare against every device in constant time per entry; no early exit.
    for (const entry of known) {
      if (entry.hash.length === presented.length && timingSafeEqual(entry.hash, presented)) found = entry.device;
    }
    return found;
  };
}
