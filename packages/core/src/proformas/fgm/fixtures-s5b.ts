import { fgmContext, GIRL_UNSTATED, person, type FgmFixture } from './fixtures-builder.ts';

export const S5B_ACTIONS = [
  'POLICE_101_FGM_REPORT',
  'MASH_REFERRAL',
  'INFORM_SAFEGUARDING_LEAD',
  'FGM_SPECIALIST_REFERRAL',
] as const;

/** fgm.md examples 1 and 2, the age-18 boundary for a girl, and a third-party account (F-R2 a). */
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
