import { fgmContext, GIRL_UNSTATED, person, type FgmFixture } from './fixtures-builder.ts';
import type { FgmAnswers } from './schema.ts';

const S5B_ACTIONS = [
  'POLICE_101_FGM_REPORT',
  'MASH_REFERRAL',
  'INFORM_SAFEGUARDING_LEAD',
  'FGM_SPECIALIST_REFERRAL',
] as const;

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

/** fgm.md examples 1, 2 and 9 (with variants A and B), and the age-18 boundary for a girl. */
export const s5bFixtures: readonly FgmFixture[] = [
  {
    name: '16-year-old: FGM signs seen while catheterising for urinary retention (staff nurse reports)',
    example: '1',
    rules: ['F-R1'],
    context: fgmContext('2008-09-02', '2025-03-14T15:20:00+00:00'),
    answers: {
      ...GIRL_UNSTATED,
      signsObserved: 'yes',
      signsObservedDetail:
        'Scarring consistent with FGM seen by the staff nurse while catheterising for retention.',
      identifiedBy: [person('Jo Synthetic', 'staff nurse', 'nmc', 'saw')],
    },
    expected: {
      level: 'REFER',
      actions: S5B_ACTIONS,
      absent: ['POLICE_NOTIFY', 'POLICE_999'],
      firedRules: ['F-R1'],
      detail: {
        s5b: {
          status: 'report-required',
          basis: ['signs-observed'],
          identifiedOn: '2025-03-14',
          dueBy: '2025-03-17',
          latestBy: '2025-04-14',
          reporters: [
            { row: 0, regulator: 'nmc', heardOrSaw: 'saw', status: 'report-required', policeReference: null },
          ],
        },
      },
    },
    complete: true,
  },
  {
    name: '17-year-old tells the doctor on Christmas Eve, a professional also reports it (bank holidays skipped)',
    example: '2',
    rules: ['F-R1'],
    context: fgmContext('2008-05-10', '2025-12-24T11:00:00+00:00', {
      config: { bankHolidays: ['2025-12-25', '2025-12-26'] },
    }),
    answers: {
      ...GIRL_UNSTATED,
      girlDisclosed: 'yes',
      girlDisclosureWords: 'They did it to me in the summer when I was nine.',
      thirdPartyReport: 'yes',
      thirdPartySource: 'professional',
      identifiedBy: [person('Dr Lee Fictional', 'emergency medicine doctor', 'gmc', 'heard')],
    },
    expected: {
      level: 'REFER',
      actions: S5B_ACTIONS,
      absent: ['POLICE_NOTIFY'],
      firedRules: ['F-R1'],
      detail: {
        s5b: {
          status: 'report-required',
          basis: ['girl-disclosed'],
          dueBy: '2025-12-29',
          latestBy: '2026-01-24',
          reporters: [{ row: 0, regulator: 'gmc', heardOrSaw: 'heard', status: 'report-required' }],
        },
      },
    },
    complete: true,
  },
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
  {
    name: 'Girl the day before her 18th birthday tells the nurse she was cut: the duty still applies',
    example: 'boundary',
    rules: ['F-R1'],
    context: fgmContext('2007-05-21', '2025-05-20T09:00:00+01:00'),
    answers: {
      ...GIRL_UNSTATED,
      girlDisclosed: 'yes',
      girlDisclosureWords: 'I was cut as a child.',
      identifiedBy: [person('Kim Invented', 'emergency nurse practitioner', 'nmc', 'heard')],
    },
    expected: {
      level: 'REFER',
      actions: S5B_ACTIONS,
      firedRules: ['F-R1'],
      detail: { s5b: { status: 'report-required', identifiedOn: '2025-05-20', dueBy: '2025-05-21' } },
    },
    complete: true,
  },
  {
    name: '12-year-old whose aunt says she was cut; the girl has said nothing and no signs were seen',
    example: 'scenario',
    rules: ['F-R2'],
    context: fgmContext('2012-10-01', '2025-03-20T10:00:00+00:00'),
    answers: { ...GIRL_UNSTATED, thirdPartyReport: 'yes', thirdPartySource: 'relative' },
    expected: {
      level: 'REFER',
      actions: ['MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD'],
      absent: ['POLICE_101_FGM_REPORT', 'FGM_IS_ADD_INDICATOR'],
      firedRules: ['F-R2'],
      detail: {
        s5b: {
          status: 'not-applicable-third-party',
          basis: [],
          identifiedOn: null,
          dueBy: null,
          reporters: [],
        },
        fgmIs: { add: [], notAdded: [{ girl: 'patient', why: 'has-had-fgm' }] },
      },
    },
    complete: true,
  },
];
