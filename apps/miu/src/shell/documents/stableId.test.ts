import { describe, expect, it } from 'vitest';
import { stableUuid } from './stableId.ts';

describe('stableUuid', () => {
  it('gives the same UUID for the same text, a different one for another, in the form the server accepts', async () => {
    const a = await stableUuid('assessment-1:mash-referral');
    expect(await stableUuid('assessment-1:mash-referral')).toBe(a);
    expect(await stableUuid('assessment-2:mash-referral')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
