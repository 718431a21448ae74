import { describe, expect, it } from 'vitest';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { frequentAttender } from './definition.ts';
import { faContext, visit, Y } from './fixtures-builder.ts';
import { familyCountHint, frequentAttenderPrefill } from './prefill.ts';

// frequent-attender.md "Items": V4 from attendance.reasons, V5 from triage A7 / A8, V14 from B7;
// "Flow" 3: the hint when triage A9 exceeds the earlier counted visits.

const triage = (answers: Record<string, unknown>) => ({ otherAnswers: { 'paediatric-triage': answers } });

describe('frequentAttenderPrefill', () => {
  it('prefills V4, V5 yes and V14 from the context and the triage', () => {
    const context = faContext('2021-09-01', 'male', [], { reasons: ['injury'] });
    expect(
      frequentAttenderPrefill(context, triage({ cpisResult: 'lac', injuryTypes: ['head-injury'] })),
    ).toEqual({
      todayReasons: ['injury'],
      knownToSocialCare: 'yes',
      headInjuryToday: 'yes',
    });
  });

  it('prefills V5 no only from A7 none and A8 no, and nothing from an unknown', () => {
    const context = faContext('2015-01-01', 'male', []);
    expect(frequentAttenderPrefill(context, triage({ cpisResult: 'none', cinOrSocialWorker: 'no' }))).toEqual(
      {
        knownToSocialCare: 'no',
      },
    );
    expect(
      frequentAttenderPrefill(context, triage({ cpisResult: 'none', cinOrSocialWorker: 'unknown' })),
    ).toEqual({});
    expect(frequentAttenderPrefill(context)).toEqual({});
  });
});

describe('familyCountHint (triage A9)', () => {
  it('asks for the missing visits when the family reported more than the list counts', () => {
    const context = faContext('2015-01-01', 'male', [visit('a', -40, Y)]);
    const { derived } = evaluateProforma(
      frequentAttender,
      {},
      context,
      triage({ previousAttendances12m: 3 }),
    );
    expect(derived['familyReportedMore']).toBe(2);
    expect(familyCountHint(2)).toBe(
      'The family told the triage about 2 more visits than the list shows. Ask where and when, and add them below (V3).',
    );
    expect(familyCountHint(1)).toContain('1 more visit than the list shows');
    expect(familyCountHint(0)).toBeUndefined();
  });
});
