import type { ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { testProforma } from '../test/testProforma.ts';
import { phaseResolver } from './phaseResolver.ts';

const itemOf = (key: string) => {
  const item = testProforma.items.find((i) => i.key === key);
  if (!item) throw new Error(`no item ${key}`);
  return item;
};
const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<Record<string, unknown>>;

describe('phaseResolver', () => {
  it('names the question when the schema refuses an answer, and passes good answers through', async () => {
    const companion = itemOf('companion');
    const resolve = phaseResolver(testProforma, () => ({ items: [companion], issues: [] }));
    const refused = await resolve({ companion: 'stranger' }, undefined, options);
    expect(refused.errors.companion?.message).toBe(
      `Check your answer to "${companion.question}" (${companion.code})`,
    );
    const accepted = await resolve({ companion: 'parent' }, undefined, options);
    expect(accepted).toEqual({ values: { companion: 'parent' }, errors: {} });
  });

  it("puts the form of an answer first, then core's completion issues", async () => {
    const visits = itemOf('visits');
    const danger = itemOf('danger');
    const issues = [{ key: 'danger', code: 'required', message: 'Say whether anyone is in danger' }];
    const resolve = phaseResolver(testProforma, () => ({ items: [visits, danger], issues }));
    const result = await resolve({ visits: 2.5 }, undefined, options);
    expect(result.errors.visits?.message).toMatch(/^Enter a whole number for/);
    expect(result.errors.danger?.message).toBe('Say whether anyone is in danger');
  });
});
