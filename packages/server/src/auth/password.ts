import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost parameters; stored with each hash so they can be raised later without a reset. */
export interface PasswordParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

/** N = 2^17, r = 8, p = 1: 128 MiB per hash (OWASP Password Storage Cheat Sheet's scrypt floor). */
export const STRONG_PASSWORD_PARAMS: PasswordParams = { N: 2 ** 17, r: 8, p: 1 };

const KEY_LENGTH = 32;
export const MAX_PASSWORD_LENGTH = 256;

const derive = (password: string, salt: Buffer, params: PasswordParams): Promise<Buffer> => {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: Math.max(32 * 1024 * 1024, 2 * 128 * params.N * params.r * params.p),
  };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
};

/** "scrypt$N$r$p$salt$key" (base64url). */
export const hashPassword = async (password: string, params = STRONG_PASSWORD_PARAMS): Promise<string> => {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
};

const parse = (stored: string) => {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return undefined;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every(Number.isSafeInteger)) return undefined;
  return { params, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
};

/** Constant-time comparison with the stored hash; a malformed hash never matches. */
export const verifyPassword = async (password: string, stored: string): Promise<boolean> => {
  const parsed = parse(stored);
  if (!parsed || password.length > MAX_PASSWORD_LENGTH) return false;
  const key = await derive(password, parsed.salt, parsed.params);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
};
