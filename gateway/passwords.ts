import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashes are strings `scrypt$N$r$p$<salt base64>$<hash base64>` (node:crypto scrypt).
 * Plain-text passwords are never stored.
 */
export const PASSWORD_HASH_PATTERN = /^scrypt\$(\d{1,7})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9+/]{16,88}={0,2})\$([A-Za-z0-9+/]{22,172}={0,2})$/;

const DEFAULT_COST = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const MAX_N = 1 << 17;

export interface ParsedHash {
  readonly N: number;
  readonly r: number;
  readonly p: number;
  readonly salt: Buffer;
  readonly hash: Buffer;
}

/** Parses a stored hash; returns a reason string when it is unusable. */
export function parsePasswordHash(text: string): ParsedHash | string {
  const match = PASSWORD_HASH_PATTERN.exec(text);
  if (!match) return 'expected scrypt$N$r$p$<salt base64>$<hash base64>';
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (N < 2 || N > MAX_N || (N & (N - 1)) !== 0) return `N must be a power of two between 2 and ${MAX_N}`;
  if (r < 1 || r > 32 || p < 1 || p > 16) return 'r must be 1..32 and p 1..16';
  const salt = Buffer.from(match[4] ?? '', 'base64');
  const hash = Buffer.from(match[5] ?? '', 'base64');
  if (salt.length < 8) return 'the salt must be at least 8 bytes';
  if (hash.length < 16) return 'the hash must be at least 16 bytes';
  return { N, r, p, salt, hash };
}

function derive(password: string, salt: Buffer, keyLength: number, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Hashes a password with a fresh 16-byte random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, KEY_LENGTH, DEFAULT_COST);
  return `scrypt$${DEFAULT_COST.N}$${DEFAULT_COST.r}$${DEFAULT_COST.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Constant-time comparison of a password against a parsed hash. */
export async function verifyPassword(password: string, stored: ParsedHash): Promise<boolean> {
  const candidate = await derive(password, stored.salt, stored.hash.length, stored);
  return candidate.length === stored.hash.length && timingSafeEqual(candidate, stored.hash);
}
