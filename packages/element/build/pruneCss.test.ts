import { describe, expect, it } from 'vitest';
import { pruneCss } from './pruneCss.ts';

describe('pruneCss', () => {
  const used = new Set(['nhsuk-button', 'nhsuk-input--width-']);

  it('keeps rules of classes the source names and drops the others', () => {
    expect(pruneCss('.nhsuk-button{color:red}.nhsuk-card{color:blue}', used)).toBe(
      '.nhsuk-button{color:red}',
    );
  });

  it('keeps the used selectors of a list, and classes built from a named prefix', () => {
    expect(pruneCss('.nhsuk-card,.nhsuk-input--width-10{width:10ch}', used)).toBe(
      '.nhsuk-input--width-10{width:10ch}',
    );
  });

  it('keeps rules without nhsuk classes and statement at-rules', () => {
    const css = '@charset "UTF-8";html{margin:0}*,:after{box-sizing:inherit}';
    expect(pruneCss(css, used)).toBe(css);
  });

  it('prunes inside media queries, dropping a query left empty, and drops print', () => {
    expect(
      pruneCss(
        '@media (min-width:40em){.nhsuk-card{a:b}}@media (min-width:40em){.nhsuk-button{a:b}}@media print{.nhsuk-button{c:d}}',
        used,
      ),
    ).toBe('@media (min-width:40em){.nhsuk-button{a:b}}');
  });

  it('does not split selectors at commas inside brackets', () => {
    const css = '.nhsuk-button:not(.x,.y){a:b}';
    expect(pruneCss(css, used)).toBe(css);
  });
});
