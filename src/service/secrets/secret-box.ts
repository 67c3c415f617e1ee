import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (webhook signing secrets, SMTP passwords, Slack/Teams URLs, source
 * tokens, connection strings, the OIDC client secret): AES-256-GCM under the server's key.
 * A sealed value reads `v1:<base64 of iv | tag | ciphertext>`; the version lets the
 * format change without guessing.
 */
export interface SecretBox {
  seal(plain: string): string;
  /** Throws SecretKeyError when the value was sealed under another key or was altered. */
  open(sealed: string): string;
}

export class SecretKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretKeyError';
  }
}

const PREFIX = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A box over a 32-byte key. */
export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new SecretKeyError('The secret key must be 32 bytes.');
  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed) {
      if (!sealed.startsWith(PREFIX)) throw new SecretKeyError('This value was not sealed by Ratchet.');
      const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
        decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([
          decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new SecretKeyError(
          "A stored secret cannot be opened with this server's key: RATCHET_SECRET_KEY (or the key file) changed since it was saved. Restore the old key, or enter the secret again.",
        );
      }
    },
  };
}

/**
 * The key from `RATCHET_SECRET_KEY`: 64 hex digits or base64 of 32 bytes are used as they
 * are; any other text (a passphrase) is hashed to 32 bytes, so that one setting works
 * however it was generated.
 */
export function keyFromSetting(setting: string): Buffer {
  const text = setting.trim();
  if (text === '')
    throw new SecretKeyError(
      'RATCHET_SECRET_KEY is empty: set it to 32 random bytes, e.g. `openssl rand -hex 32`.',
    );
  if (/^[0-9a-f]{64}$/i.test(text)) return Buffer.from(text, 'hex');
  const b64 = Buffer.from(text, 'base64');
  if (b64.length === 32 && /^[A-Za-z0-9+/]{43}=?$/.test(text)) return b64;
  return createHash('sha256').update(text, 'utf8').digest();
}
