import { createHash, randomBytes } from 'node:crypto';

/**
 * Session cookies and API tokens are 256-bit random secrets. Because they are high
 * entropy, a plain SHA-256 is enough to store them: there is nothing to brute-force, and
 * the lookup stays one indexed equality (unlike a password hash).
 */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export const SESSION_PREFIX = 'rs_';
export const TOKEN_PREFIX = 'rt_';
