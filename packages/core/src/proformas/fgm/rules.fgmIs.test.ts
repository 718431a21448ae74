import { describe, expect, it } from 'vitest';
import { girl, GIRL_UNSTATED } from './fixtures-builder.ts';
import { run } from './testing.ts';

// fgm.md "F-R6" and the **FGM-IS list** (one indicator per girl, with its basis).
describe('F-R6 and the FGM-IS list', () => {
  it('F-R6 states NO_CONCERN with no actions', () => {
    const evaluation = run({ ...GIRL_UNSTATED, fgmIsIndicatorFound: 'yes' });
    expect(evaluation.firings).toEqual([
      expect.objectContaining({ rule: 'F-R6', level: 'NO_CONCERN', actions: [] }),
    ]);
    expect(evaluation.level).toBe('NO_CONCERN');
  });

  it('one sentence per girl added; a girl with no NHS number stays in add and is to be verified', () => {
    const answers = {
      ...GIRL_UNSTATED,
      significantIndicators: ['sister-had-fgm' as const],
      hasGirlsInFamily: 'yes' as const,
      girlsInFamily: [
        girl('Verified Sister', '2013-01-01', 'sister', 'no', { nhsNumber: '9434765919' }),
        girl('Unverified Sister', '2016-01-01', 'sister', 'no'),
        girl('Cousin Example', '2014-01-01', 'other-girl', 'no'),
      ],
    };
    const evaluation = run(answers);
    expect(evaluation.detail['fgmIs']).toMatchObject({
      add: [
        { girl: 'patient', basis: 'sister-had-fgm', nhsNumber: null },
        { girl: 0, basis: 'sister-had-fgm', nhsNumber: '9434765919' },
        { girl: 1, basis: 'sister-had-fgm', nhsNumber: null },
      ],
      notAdded: [{ girl: 2, why: 'check-family-history' }],
    });
    const sentences = evaluation.reasons.filter((r) => r.startsWith('Add the FGM-IS'));
    expect(sentences).toHaveLength(3);
    expect(sentences[2]).toMatch(/Unverified Sister.*NHS number must be verified/);
  });

  it('SAFER READING: with no F-R3 branch, a non-empty FGM-IS list still adds the action (F-R3 at NOTIFY)', () => {
    const answers = {
      ...GIRL_UNSTATED,
      hasGirlsInFamily: 'yes' as const,
      girlsInFamily: [girl('Adult Sister', '2000-01-01', 'sister', 'yes')],
    };
    const evaluation = run(answers);
    expect(evaluation.detail['fgmIs']).toMatchObject({ add: [{ girl: 'patient', basis: 'sister-had-fgm' }] });
    expect(evaluation.firings).toEqual([
      expect.objectContaining({ rule: 'F-R3', level: 'NOTIFY', actions: ['FGM_IS_ADD_INDICATOR'] }),
    ]);
  });
});
