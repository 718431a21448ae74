import { describe, expect, it } from 'vitest';
import type { AssessmentContext } from '../model/context.ts';
import type { Assessment } from './assess.ts';
import { describeActions } from './describeActions.ts';

const context: AssessmentContext = {
  patient: { dateOfBirth: '2015-01-01', sex: 'female' },
  attendance: {
    arrivedAt: '2025-01-31T10:00:00+00:00',
    providerId: 'RXX',
    departmentType: '03',
    category: 'unplanned',
  },
};
const assessment = (over: Partial<Assessment>): Assessment => ({
  proforma: 'paediatric-triage',
  level: 'REFER',
  actions: [],
  firedRules: [],
  detail: {},
  reasons: [],
  ...over,
});

describe('describeActions (domain/README.md "Action codes")', () => {
  it('labels MASH_REFERRAL with the fixed wording and gives timescales', () => {
    const items = describeActions(
      assessment({ actions: ['POLICE_999', 'MASH_REFERRAL', 'NOTIFY_GP'] }),
      context,
    );
    expect(items.map((i) => i.code)).toEqual(['POLICE_999', 'MASH_REFERRAL', 'NOTIFY_GP']);
    expect(items[1]?.label).toBe(
      'Phone now: the MASH in working hours, the local authority’s emergency duty team out of hours. Do not discharge until they agree a plan. The written referral follows.',
    );
    expect(items[0]?.timing).toBe('now');
  });

  it('dates the FGM police report from the FGM detail, else the end of the next working day', () => {
    const fgm = assessment({
      proforma: 'fgm',
      actions: ['POLICE_101_FGM_REPORT'],
      detail: { s5b: { dueBy: '2025-02-03' } },
    });
    expect(describeActions(fgm, context)[0]?.due).toBe('2025-02-03T23:59:59+00:00');
    const noDetail = assessment({ actions: ['POLICE_101_FGM_REPORT'] });
    // Arrived Friday 31 January 2025: the next working day is Monday 3 February.
    expect(describeActions(noDetail, context)[0]?.due).toBe('2025-02-03T23:59:59+00:00');
  });

  it('gives the CP-IS re-check a next-working-day deadline when P-R13 fired (bank holidays skipped)', () => {
    const pr13 = assessment({
      level: 'NO_CONCERN',
      actions: ['INFORM_SAFEGUARDING_LEAD'],
      firedRules: ['P-R13'],
    });
    const withHoliday = { ...context, config: { bankHolidays: ['2025-02-03'] } };
    const [item] = describeActions(pr13, withHoliday);
    expect(item?.due).toBe('2025-02-04T23:59:59+00:00');
    expect(item?.label).toMatch(/CP-IS/);
  });

  it('reads every form of an encounter assessment', () => {
    const encounter = {
      level: 'REFER' as const,
      actions: ['POLICE_101_FGM_REPORT' as const],
      forms: { fgm: assessment({ proforma: 'fgm', detail: { s5b: { dueBy: '2025-02-05' } } }) },
    };
    expect(describeActions(encounter, context)[0]?.due).toBe('2025-02-05T23:59:59+00:00');
  });
});
