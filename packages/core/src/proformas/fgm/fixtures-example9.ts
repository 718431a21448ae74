import { fgmContext, GIRL_UNSTATED, person, type FgmFixture } from './fixtures-builder.ts';
import { S5B_ACTIONS } from './fixtures-s5b.ts';
import type { FgmAnswers } from './schema.ts';

// Example 9: a 15-year-old tells the triage nurse (a healthcare assistant present), then the doctor.
const EX9_CONTEXT = fgmContext('2009-07-07', '2025-01-31T18:45:00+00:00');
const EX9_NURSE = person('Ruth Example', 'triage nurse', 'nmc', 'heard');
const EX9_HCA = person('Sam Sample', 'healthcare assistant', 'not-regulated', 'heard');
const EX9_DOCTOR = person('Dr Ada Placeholder', 'emergency medicine doctor', 'gmc', 'heard');
const EX9_ANSWERS: Partial<FgmAnswers> = {
  ...GIRL_UNSTATED,
  girlDisclosed: 'yes',
  girlDisclosureWords: 'I was cut when I was little, at my aunt’s house.',
  identifiedBy: [EX9_NURSE, EX9_HCA, EX9_DOCTOR],
};
const EX9_DATES = { identifiedOn: '2025-01-31', dueBy: '2025-02-03', latestBy: '2025-02-28' };

/** fgm.md example 9 (a B17 launch, two reporters) with its variants A and B. */
export const example9Fixtures: readonly FgmFixture[] = [
  {
    name: '15-year-old tells the triage nurse and the doctor on a Friday: two personal 101 reports (launched from triage B17)',
    example: '9',
    rules: ['F-R1'],
    context: EX9_CONTEXT,
    answers: EX9_ANSWERS,
    expected: {
      level: 'REFER',
      actions: S5B_ACTIONS,
      absent: ['POLICE_NOTIFY'],
      firedRules: ['F-R1'],
      detail: {
        s5b: {
          status: 'report-required',
          basis: ['girl-disclosed'],
          ...EX9_DATES,
          reporters: [
            { row: 0, name: 'Ruth Example', status: 'report-required' },
            { row: 2, name: 'Dr Ada Placeholder', status: 'report-required' },
          ],
        },
      },
    },
    complete: true,
  },
  {
    name: '15-year-old: her school nurse already reported, so the triage nurse records that reference; the doctor still reports',
    example: '9A',
    rules: ['F-R1'],
    context: EX9_CONTEXT,
    answers: {
      ...EX9_ANSWERS,
      identifiedBy: [
        { ...EX9_NURSE, reportedByColleague: 'yes', policeReferenceNumber: 'SYN-2025-000123' },
        EX9_HCA,
        EX9_DOCTOR,
      ],
    },
    expected: {
      level: 'REFER',
      actions: S5B_ACTIONS,
      absent: ['POLICE_NOTIFY'],
      firedRules: ['F-R1'],
      detail: {
        s5b: {
          status: 'report-required',
          ...EX9_DATES,
          reporters: [
            { row: 0, status: 'reported-by-colleague', policeReference: 'SYN-2025-000123' },
            { row: 2, status: 'report-required', policeReference: null },
          ],
        },
      },
    },
    complete: true,
  },
  {
    name: '15-year-old tells only a healthcare assistant: no personal duty, police told under local procedures',
    example: '9B',
    rules: ['F-R1'],
    context: EX9_CONTEXT,
    answers: { ...EX9_ANSWERS, identifiedBy: [EX9_HCA] },
    expected: {
      level: 'REFER',
      actions: ['POLICE_NOTIFY', 'MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD', 'FGM_SPECIALIST_REFERRAL'],
      absent: ['POLICE_101_FGM_REPORT'],
      firedRules: ['F-R1'],
      detail: { s5b: { status: 'not-applicable-not-regulated', ...EX9_DATES, reporters: [] } },
    },
    complete: true,
  },
];
