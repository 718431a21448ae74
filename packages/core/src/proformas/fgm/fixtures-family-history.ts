import { fgmContext, girl, GIRL_UNSTATED, type FgmFixture } from './fixtures-builder.ts';
import type { FgmAnswers } from './schema.ts';

const MOTHER_ONLY: Partial<FgmAnswers> = { ...GIRL_UNSTATED, otherIndicators: ['mother-had-fgm'] };

/** fgm.md examples 6, 8 and 10, boundary rows for the health visitor age, and a girl with no concern. */
export const familyHistoryFixtures: readonly FgmFixture[] = [
  {
    name: '6-year-old already flagged on FGM-IS, mother has had FGM, no other girls',
    example: '6',
    rules: ['F-R3', 'F-R6'],
    context: fgmContext('2018-11-20', '2025-04-02T10:00:00+01:00'),
    answers: { ...MOTHER_ONLY, fgmIsIndicatorFound: 'yes', hasGirlsInFamily: 'no' },
    expected: {
      level: 'NOTIFY',
      actions: ['NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['FGM_IS_ADD_INDICATOR', 'NOTIFY_HV'],
      firedRules: ['F-R3', 'F-R6'],
      detail: { fgmIs: { add: [], notAdded: [{ girl: 'patient', why: 'already-flagged' }] } },
    },
    complete: true,
  },
  {
    name: '10-year-old mentions a "special procedure"; her 13-year-old sister may or may not have been cut',
    example: '8',
    rules: ['F-R3'],
    context: fgmContext('2014-09-03', '2025-02-12T10:00:00+00:00'),
    answers: {
      ...GIRL_UNSTATED,
      significantIndicators: ['special-procedure'],
      otherIndicators: [],
      hasGirlsInFamily: 'yes',
      girlsInFamily: [girl('Older Sister Example', '2011-06-01', 'sister', 'unknown')],
    },
    expected: {
      level: 'REFER',
      actions: ['MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_SN'],
      absent: ['FGM_IS_ADD_INDICATOR', 'POLICE_101_FGM_REPORT'],
      firedRules: ['F-R3'],
      detail: {
        fgmIs: {
          add: [],
          notAdded: [
            { girl: 'patient', why: 'check-family-history' },
            { girl: 0, why: 'check-family-history' },
          ],
        },
      },
    },
    complete: true,
  },
  {
    name: '4-year-old flagged on FGM-IS (triage A7.1), long trip planned with no date yet',
    example: '10',
    rules: ['F-R3', 'F-R6'],
    context: fgmContext('2021-01-15', '2025-03-03T10:00:00+00:00'),
    answers: {
      ...GIRL_UNSTATED,
      fgmIsIndicatorFound: 'yes',
      practisingCommunity: 'yes',
      otherIndicators: ['mother-had-fgm', 'long-trip-planned'],
      travelOrProcedurePlanned: 'yes',
      cutterOrImminentSign: 'no',
    },
    expected: {
      level: 'DISCUSS',
      actions: ['INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_HV'],
      absent: ['POLICE_999', 'FGM_IS_ADD_INDICATOR', 'NOTIFY_SN'],
      firedRules: ['F-R3', 'F-R6'],
      detail: {
        imminent: false,
        daysToPlanned: null,
        fgmIs: { add: [], notAdded: [{ girl: 'patient', why: 'already-flagged' }] },
      },
    },
    complete: true,
  },
  {
    name: 'Girl the day before her 5th birthday whose mother has had FGM: health visitor',
    example: 'boundary',
    rules: ['F-R3'],
    context: fgmContext('2020-03-04', '2025-03-03T10:00:00+00:00'),
    answers: MOTHER_ONLY,
    expected: {
      level: 'NOTIFY',
      actions: ['NOTIFY_GP', 'NOTIFY_HV', 'FGM_IS_ADD_INDICATOR'],
      absent: ['NOTIFY_SN'],
      firedRules: ['F-R3'],
    },
    complete: true,
  },
  {
    name: 'Girl on her 5th birthday whose mother has had FGM: school nurse',
    example: 'boundary',
    rules: ['F-R3'],
    context: fgmContext('2020-03-03', '2025-03-03T10:00:00+00:00'),
    answers: MOTHER_ONLY,
    expected: {
      level: 'NOTIFY',
      actions: ['NOTIFY_GP', 'NOTIFY_SN', 'FGM_IS_ADD_INDICATOR'],
      absent: ['NOTIFY_HV'],
      firedRules: ['F-R3'],
    },
    complete: true,
  },
  {
    name: '8-year-old screened at triage: nothing found',
    example: 'scenario',
    rules: [],
    context: fgmContext('2016-08-08', '2025-03-03T10:00:00+00:00'),
    answers: GIRL_UNSTATED,
    expected: {
      level: 'NO_CONCERN',
      actions: [],
      absent: ['NOTIFY_GP', 'FGM_IS_ADD_INDICATOR'],
      firedRules: [],
      detail: {
        s5b: { status: 'not-applicable-at-risk', reporters: [] },
        imminent: false,
        girlsSaidToHaveFgm: [],
      },
    },
    complete: true,
  },
];
