import { describe, expect, it } from 'vitest';
import { hashPassword, MAX_PASSWORD_LENGTH, STRONG_PASSWORD_PARAMS, verifyPassword } from './password.ts';

const FAST = { N: 1024, r: 8, p: 1 };

describe('password hashing (scrypt)', () => {
  it('uses strong parameters by default: N = 2^17, r = 8 (128 MiB per hash)', () => {
    expect(STRONG_PASSWORD_PARAMS).toEqual({ N: 131072, r: 8, p: 1 });
  });

  it('hashes with a random salt and stores the parameters with the hash', async () => {
    const first = await hashPassword('correct horse battery staple', FAST);
    const second = await hashPassword('correct horse battery staple', FAST);
    expect(first).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
  });

  it('verifies the right password and refuses a wrong, over-long or malformed one', async () => {
    const hash = await hashPassword('correct horse battery staple', FAST);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
    expect(await verifyPassword('x'.repeat(MAX_PASSWORD_LENGTH + 1), hash)).toBe(false);
    expect(await verifyPassword('correct horse battery staple', 'md5$abc')).toBe(false);
    expect(await verifyPassword('correct horse battery staple', 'scrypt$x$8$1$salt$key')).toBe(false);
  });

  it('verifies a hash made with the strong default parameters', async () => {
    const hash = await hashPassword('demo-admin', STRONG_PASSWORD_PARAMS);
    expect(hash.startsWith('scrypt$131072$8$1$')).toBe(true);
    expect(await verifyPassword('demo-admin', hash)).toBe(true);
  });
});
