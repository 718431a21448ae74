import { fgmContext, girl, WOMAN_UNSTATED, type FgmFixture } from './fixtures-builder.ts';
import type { FgmAnswers } from './schema.ts';

const WOMAN_40 = fgmContext('1985-01-15', '2025-04-10T10:00:00+01:00');
const CUT_NO_GIRLS: Partial<FgmAnswers> = {
  ...WOMAN_UNSTATED,
  hasBeenCut: 'yes',
  fgmType: 'type-2',
  specialistSupportOffer: 'declined',
};
/** A woman with FGM and one daughter born on `dateOfBirth` (the age-18 boundary of `listedGirls`). */
const withDaughterBorn = (dateOfBirth: string): Partial<FgmAnswers> => ({
  ...CUT_NO_GIRLS,
  hasGirlsInFamily: 'yes',
  girlsInFamily: [girl('Daughter Example', dateOfBirth, 'daughter', 'no')],
});

/** fgm.md examples 3 and 7, and adult-path scenarios and boundary rows. */
export const womenFixtures: readonly FgmFixture[] = [
  {
    name: 'Woman on her 18th birthday, cut at 6, accepts specialist support: no police report',
    example: '3',
    rules: ['F-R4'],
    context: fgmContext('2007-05-20', '2025-05-20T09:00:00+01:00'),
    answers: {
      ...WOMAN_UNSTATED,
      hasBeenCut: 'yes',
      fgmType: 'type-1',
      specialistSupportOffer: 'accepted',
      hasGirlsInFamily: 'no',
      pregnant: 'no',
    },
    expected: {
      level: 'NOTIFY',
      actions: ['NOTIFY_GP', 'FGM_SPECIALIST_REFERRAL'],
      absent: ['POLICE_101_FGM_REPORT', 'MASH_REFERRAL'],
      firedRules: ['F-R4'],
      detail: { s5b: { status: 'not-applicable-adult', reporters: [] }, fgmType: 'type-1', fgmSubtype: null },
    },
    complete: true,
  },
  {
    name: 'Pregnant woman of 40 with type 3 FGM: her 16-year-old daughter has had FGM, her 9-year-old has not',
    example: '7',
    rules: ['F-R2', 'F-R3', 'F-R4', 'F-R5'],
    context: WOMAN_40,
    answers: {
      ...WOMAN_UNSTATED,
      hasBeenCut: 'yes',
      fgmType: 'type-3',
      fgmSubtype: '3b',
      pregnant: 'yes',
      unbornSex: 'not-known',
      hasGirlsInFamily: 'yes',
      girlsInFamily: [
        girl('Elder Daughter Example', '2008-08-01', 'daughter', 'yes'),
        girl('Younger Daughter Example', '2015-10-01', 'daughter', 'no', { hasFgmIsIndicator: 'no' }),
      ],
      significantIndicators: [],
      otherIndicators: [],
      partOneIndicators: [],
    },
    expected: {
      level: 'REFER',
      actions: [
        'MASH_REFERRAL',
        'POLICE_NOTIFY',
        'INFORM_SAFEGUARDING_LEAD',
        'MATERNITY_SAFEGUARDING_NOTIFY',
        'NOTIFY_GP',
        'NOTIFY_SN',
        'FGM_IS_ADD_INDICATOR',
      ],
      absent: ['POLICE_101_FGM_REPORT'],
      firedRules: ['F-R2', 'F-R3', 'F-R4', 'F-R5'],
      detail: {
        s5b: { status: 'not-applicable-adult' },
        fgmIs: {
          add: [{ girl: 1, basis: 'mother-had-fgm', dateOfBirth: '2015-10-01', nhsNumber: null }],
          notAdded: [{ girl: 0, why: 'has-had-fgm' }],
          unbornGirl: true,
        },
        girlsSaidToHaveFgm: [0],
        fgmType: 'type-3',
        fgmSubtype: '3b',
      },
    },
    // Her answer to the offer of specialist support (F14b) is not in the example.
    complete: false,
  },
  {
    name: 'Woman with FGM whose daughter turns 18 today: the daughter is not listed for FGM-IS',
    example: 'boundary',
    rules: ['F-R3', 'F-R4'],
    context: WOMAN_40,
    answers: withDaughterBorn('2007-04-10'),
    expected: {
      level: 'NOTIFY',
      actions: ['NOTIFY_GP'],
      absent: ['FGM_IS_ADD_INDICATOR', 'NOTIFY_SN', 'NOTIFY_HV', 'MASH_REFERRAL'],
      firedRules: ['F-R3', 'F-R4'],
      detail: { fgmIs: { add: [], notAdded: [{ girl: 0, why: 'aged-18-or-over' }] } },
    },
    complete: true,
  },
  {
    name: 'Woman with FGM whose daughter is 17 (18 tomorrow): FGM-IS indicator for the daughter',
    example: 'boundary',
    rules: ['F-R3', 'F-R4'],
    context: WOMAN_40,
    answers: withDaughterBorn('2007-04-11'),
    expected: {
      level: 'NOTIFY',
      actions: ['NOTIFY_GP', 'NOTIFY_SN', 'FGM_IS_ADD_INDICATOR'],
      firedRules: ['F-R3', 'F-R4'],
      detail: { fgmIs: { add: [{ girl: 0, basis: 'mother-had-fgm' }] } },
    },
    complete: true,
  },
  {
    name: 'Woman with FGM and no children asks to be closed again after giving birth',
    example: 'scenario',
    rules: ['F-R4', 'F-R5'],
    context: WOMAN_40,
    answers: { ...CUT_NO_GIRLS, fgmType: 'type-3', partOneIndicators: ['requests-reinfibulation'] },
    expected: {
      level: 'REFER',
      actions: ['INFORM_SAFEGUARDING_LEAD', 'FGM_SPECIALIST_REFERRAL', 'NOTIFY_GP'],
      absent: ['MASH_REFERRAL', 'POLICE_NOTIFY', 'POLICE_101_FGM_REPORT'],
      firedRules: ['F-R4', 'F-R5'],
    },
    complete: true,
  },
  {
    name: 'Woman of 30 from a practising community, not cut, no girls in the family',
    example: 'scenario',
    rules: [],
    context: fgmContext('1994-09-09', '2025-04-10T10:00:00+01:00'),
    answers: { ...WOMAN_UNSTATED, practisingCommunity: 'yes' },
    expected: {
      level: 'NO_CONCERN',
      actions: [],
      absent: ['NOTIFY_GP'],
      firedRules: [],
      detail: {
        s5b: { status: 'not-applicable-adult' },
        fgmIs: { add: [], notAdded: [], unbornGirl: false },
      },
    },
    complete: true,
  },
];
