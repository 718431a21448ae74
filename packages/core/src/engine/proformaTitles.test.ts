import { describe, expect, it } from 'vitest';
import { PROFORMA_IDS } from '../model/proforma.ts';
import { PROFORMA_TITLES } from './proformaTitles.ts';
import { getProforma } from './registry.ts';

describe('PROFORMA_TITLES', () => {
  it.each(PROFORMA_IDS)('names %s exactly as its definition does', (id) => {
    expect(PROFORMA_TITLES[id]).toBe(getProforma(id).title);
  });
});
