import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/assess.ts';
import type { AssessmentContext } from '../../model/context.ts';
import { ProformaValidationError, type ValidationIssue } from '../../model/validation.ts';
import { dayOf, faContext, visit, X } from './fixtures-builder.ts';

// The answers' zod schema and the context checks (frequent-attender.md "Items", "Input types",
// "Configurable thresholds"): bad input throws ProformaValidationError naming key, code and message.

const context = faContext('2015-01-01', 'female', []);
const issuesOf = (answers: Record<string, unknown>, ctx: AssessmentContext = context): ValidationIssue[] => {
  try {
    assess('frequent-attender', answers, ctx);
  } catch (error) {
    if (error instanceof ProformaValidationError) return error.issues;
    throw error;
  }
  return [];
};

describe('frequent-attender answers: partial answers never throw', () => {
  it.each([
    ['nothing yet', {}],
    ['V1 only', { historyCheckActions: ['asked-family'] }],
    ['a half-filled V3 row', { otherAttendances: [{ providerName: 'County General A&E' }] }],
    ['V3 none found', { otherAttendances: [] }],
    ['V10 without V11', { reviewDecision: 'concern-discuss' }],
  ])('%s', (_name, answers) => {
    expect(() => assess('frequent-attender', answers, context)).not.toThrow();
  });
});

describe('frequent-attender answers: wrong types, unknown codes and unknown keys throw', () => {
  it.each([
    ['text given a number (V2)', { historyCheckNote: 5 }, 'historyCheckNote', 'V2'],
    ['an unknown V10 decision', { reviewDecision: 'maybe' }, 'reviewDecision', 'V10'],
    ['an unknown V7 feature', { patternFeatures: ['odd'] }, 'patternFeatures', 'V7'],
    ['an unknown V4 reason', { todayReasons: ['sports'] }, 'todayReasons', 'V4'],
    ['V14 as a boolean', { headInjuryToday: true }, 'headInjuryToday', 'V14'],
    ['V5 not a yes/no/unknown', { knownToSocialCare: 'perhaps' }, 'knownToSocialCare', 'V5'],
    ['V3 not a list', { otherAttendances: 'none' }, 'otherAttendances', 'V3'],
    [
      'a V3 row with an impossible date',
      { otherAttendances: [{ date: '2025-02-30' }] },
      'otherAttendances',
      'V3',
    ],
    ['a V3 row with a bad ODS code', { otherAttendances: [{ providerId: 'R!' }] }, 'otherAttendances', 'V3'],
    ['a V3 row with an unknown field', { otherAttendances: [{ colour: 'red' }] }, 'otherAttendances', 'V3'],
    [
      'a V3 row with an unknown source',
      { otherAttendances: [{ source: 'rumour' }] },
      'otherAttendances',
      'V3',
    ],
    ['an unknown key', { favouriteColour: 'blue' }, 'favouriteColour', ''],
  ])('%s', (_name, answers, key, code) => {
    const issues = issuesOf(answers);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ key, code });
    expect(issues[0]?.message.length).toBeGreaterThan(10);
  });

  it('lists every invalid item at once', () => {
    const issues = issuesOf({ reviewDecision: 'maybe', headInjuryToday: 1, extra: 'x' });
    expect(issues.map((i) => i.key).sort()).toEqual(['extra', 'headInjuryToday', 'reviewDecision']);
  });

  it('a V3 visit dated after today’s attendance is invalid (V3.1), naming the row', () => {
    const issues = issuesOf({ otherAttendances: [{ date: dayOf(-3) }, { date: dayOf(1) }] });
    expect(issues).toEqual([
      {
        key: 'otherAttendances',
        code: 'V3.1',
        message: `Visit 2: the date ${dayOf(1)} is after today's attendance. Enter the date of the earlier visit.`,
      },
    ]);
    expect(issuesOf({ otherAttendances: [{ date: dayOf(0) }] })).toEqual([]);
  });
});

describe('frequent-attender context: registry records (AttendanceRecord)', () => {
  const withRecords = (records: unknown[]) =>
    ({ ...context, priorAttendances: records }) as AssessmentContext;
  it.each([
    ['an NHS number with spaces', { nhsNumber: '999 000 0018' }, /NHS number/],
    ['an NHS number of 9 digits', { nhsNumber: '999000001' }, /NHS number/],
    ['an arrival time without an offset', { arrivedAt: '2025-01-06T09:00:00' }, /arrival time/],
    ['a provider code of 2 characters', { providerId: 'RX' }, /provider code/],
    ['a provider code of 11 characters', { providerId: 'RXA12345678' }, /provider code/],
    ['an unknown department type', { departmentType: '05' }, /department type/],
    ['a missing leftBeforeSeen', { leftBeforeSeen: undefined }, /left before being seen/],
  ])('%s throws on priorAttendances', (_name, patch, message) => {
    const issues = issuesOf({}, withRecords([visit('r1', -10), { ...visit('r2', -20), ...patch }]));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ key: 'priorAttendances', code: 'priorAttendances' });
    expect(issues[0]?.message).toMatch(/^Visit 2 in the attendance history cannot be read/);
    expect(issues[0]?.message).toMatch(message);
  });

  it('accepts provider codes of 3 and 10 letters or digits, in any case', () => {
    const records = [
      visit('r1', -10, { providerId: 'rx1', providerName: 'A' }),
      visit('r2', -9, { providerId: 'RXA1234567', providerName: 'B' }),
    ];
    expect(issuesOf({}, withRecords(records))).toEqual([]);
  });

  it('throws when the records carry more than one NHS number', () => {
    const issues = issuesOf(
      {},
      withRecords([visit('r1', -10), visit('r2', -20, X, { nhsNumber: '9990000026' })]),
    );
    expect(issues).toEqual([
      {
        key: 'priorAttendances',
        code: 'priorAttendances',
        message: 'The attendance history holds visits for more than one NHS number.',
      },
    ]);
  });
});

describe('frequent-attender context: site configuration', () => {
  it.each([
    ['faShortWindowDays', { faShortWindowDays: 400 }],
    ['faRepeatAttenderCount', { faRepeatAttenderCount: 5 }],
    ['faLongWindowDays', { faLongWindowDays: 0, faShortWindowDays: 0 }],
    ['faFrequentAttenderCount', { faFrequentAttenderCount: 2.5, faRepeatAttenderCount: 2 }],
    ['faProvidersEscalateCount', { faProvidersEscalateCount: -1 }],
    ['faShortWindowEscalateCount', { faShortWindowEscalateCount: 0 }],
    ['faLookupTimeoutSeconds', { faLookupTimeoutSeconds: 0 }],
    ['faRepeatHeadInjuryUnderYears', { faRepeatHeadInjuryUnderYears: 19 }],
    ['faEscalatingReasons', { faEscalatingReasons: ['self-harm', 'knife'] }],
    ['faCountOutOfHoursGp', { faCountOutOfHoursGp: 'yes' }],
  ])('a bad %s is rejected with an error naming the setting', (setting, config) => {
    const issues = issuesOf({}, { ...context, config } as AssessmentContext);
    expect(issues.map((i) => i.code)).toContain(setting);
    const issue = issues.find((i) => i.code === setting);
    expect(issue?.key).toBe(`config.${setting}`);
    expect(issue?.message).toContain(setting);
  });

  it('accepts a valid site configuration at the edges (short window = long window, repeat = frequent)', () => {
    const config = { faShortWindowDays: 365, faRepeatAttenderCount: 4, faRepeatHeadInjuryUnderYears: 18 };
    expect(issuesOf({}, { ...context, config })).toEqual([]);
  });
});

describe('frequent-attender context: age', () => {
  it('is refused for a patient of 18 or over (SAFER READING: the form is for 0–17)', () => {
    expect(issuesOf({}, faContext('2007-03-12', 'male', []))).toEqual([
      expect.objectContaining({ key: 'patient.dateOfBirth', code: 'A1' }),
    ]);
    expect(issuesOf({}, faContext('2007-03-13', 'male', []))).toEqual([]);
  });
});
