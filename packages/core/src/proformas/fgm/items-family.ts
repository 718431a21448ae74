import { OTHER_INDICATORS, RELATIONSHIPS, SIGNIFICANT_INDICATORS, type GirlRowField } from './schema.ts';
import { ask, c, options, tickWhatApplies, type FgmItem, type Field } from './items-common.ts';

/** fgm.md "Flow" 4: the guidance of the *family* phase. */
export const FAMILY_GUIDANCE =
  'If a girl listed here is in the department and tells you herself, or you see signs during her care, start an FGM form with her as the patient: the police-report duty (s5B) then applies to whoever heard or saw.';

const YES_NO_UNKNOWN_FIELD = { type: 'yes-no-unknown', required: true } as const;

/** F11b's fields: every one but `nhsNumber` is required (fgm.md "Items"). */
const girlFields: readonly Field<GirlRowField>[] = [
  {
    key: 'name',
    code: 'F11b.name',
    type: 'text',
    required: true,
    question: 'Name',
    requiredMessage: 'Girl {n}: enter her name (F11b).',
  },
  {
    key: 'dateOfBirth',
    code: 'F11b.dateOfBirth',
    type: 'date',
    required: true,
    question: 'Date of birth',
    requiredMessage: 'Girl {n}: enter her date of birth (F11b).',
  },
  {
    key: 'nhsNumber',
    code: 'F11b.nhsNumber',
    type: 'text',
    required: false,
    question: 'NHS number, if known',
    hint: 'Without it the FGM-IS indicator waits until her NHS number is verified.',
  },
  {
    key: 'relationship',
    code: 'F11b.relationship',
    type: 'choice',
    required: true,
    question: 'Relationship to the patient',
    options: options(RELATIONSHIPS, {
      daughter: 'Daughter',
      sister: 'Sister',
      'other-girl': 'Another girl at home',
    }),
    requiredMessage: 'Girl {n}: enter her relationship to the patient (F11b).',
  },
  {
    key: 'hadFgm',
    code: 'F11b.hadFgm',
    ...YES_NO_UNKNOWN_FIELD,
    question: 'Is she known, or said, to have had FGM?',
    requiredMessage: 'Girl {n}: enter whether she is known or said to have had FGM (F11b).',
  },
  {
    key: 'hasFgmIsIndicator',
    code: 'F11b.hasFgmIsIndicator',
    ...YES_NO_UNKNOWN_FIELD,
    question: 'Does she already have an FGM-IS indicator?',
    requiredMessage: 'Girl {n}: enter whether she already has an FGM-IS indicator (F11b).',
  },
];

const F7_QUESTION = 'Part 2, significant: tick any that apply to her or to the girls';
const F8_QUESTION = 'Part 2, other: tick any that apply';

/** F11 (phase `family`) and F7–F9 (phase `riskToGirls`), in the order they are asked. */
export const familyItems: readonly FgmItem[] = [
  ask({
    key: 'hasGirlsInFamily',
    code: 'F11a',
    phase: 'family',
    type: 'yes-no-unknown',
    question: 'Are there other girls under 18 in the family (her daughters or sisters, other girls at home)?',
    hint: FAMILY_GUIDANCE,
  }),
  {
    key: 'girlsInFamily',
    code: 'F11b',
    phase: 'family',
    type: 'group',
    shownWhen: c.eq('hasGirlsInFamily', 'yes'),
    required: true,
    minEntries: 1,
    question: 'Each girl, one row',
    requiredMessage: 'Add each girl under 18 in the family, or change the answer (F11a).',
    fields: girlFields,
  },
  {
    key: 'significantIndicators',
    code: 'F7',
    phase: 'riskToGirls',
    type: 'multi',
    shownWhen: c.derived('partTwoShown'),
    required: true,
    minEntries: 0,
    question: F7_QUESTION,
    hint: 'If the FGM-IS record shows an indicator (F0), ask about her mother and sisters.',
    requiredMessage: tickWhatApplies(F7_QUESTION, 'F7'),
    options: options(SIGNIFICANT_INDICATORS, {
      'asks-for-help': 'She or a sister or brother asks for help',
      'relative-intends': 'A parent or relative fears FGM will be done, or intends it',
      'special-procedure': 'She mentions a "special procedure" or going away to "become a woman"',
      'sister-had-fgm': 'A sister has had FGM',
      'relative-girl-had-fgm': 'Another girl relative has had FGM',
      'known-to-social-care': "The family is already known to children's social care",
    }),
  },
  {
    key: 'otherIndicators',
    code: 'F8',
    phase: 'riskToGirls',
    type: 'multi',
    shownWhen: c.derived('partTwoShown'),
    required: true,
    minEntries: 0,
    question: F8_QUESTION,
    requiredMessage: tickWhatApplies(F8_QUESTION, 'F8'),
    options: options(OTHER_INDICATORS, {
      'mother-had-fgm': 'Her mother has had FGM',
      'father-community': 'Her father is from a community where FGM is practised',
      'elder-supports': 'An influential elder supports FGM',
      'limited-integration': 'The family has little contact outside the family',
      'unaware-harm-or-law': 'The parents do not know the harm FGM does, or that it is against UK law',
      'long-trip-planned': 'A long trip is planned to a country where FGM is common',
      'travel-clinic': 'A visit to a travel clinic',
      'fgm-mentioned': 'FGM has been talked about',
      'withdrawn-from-rse': 'Taken out of PSHE or relationships and sex education lessons',
      'not-engaging': 'The family is not engaging with services',
    }),
  },
  ask({
    key: 'travelOrProcedurePlanned',
    code: 'F9a',
    phase: 'riskToGirls',
    type: 'yes-no-unknown',
    shownWhen: c.derived('partTwoLive'),
    question:
      'Is she, or a girl in the family, due to travel abroad, or is a procedure or "ceremony" planned?',
  }),
  {
    key: 'plannedDate',
    code: 'F9b',
    phase: 'riskToGirls',
    type: 'date',
    required: false,
    shownWhen: c.eq('travelOrProcedurePlanned', 'yes'),
    question: 'Date of departure or of the procedure, if known',
    hint: 'Travel or a procedure within the next 14 days (the site can change this) is an emergency: call 999.',
  },
  ask({
    key: 'cutterOrImminentSign',
    code: 'F9c',
    phase: 'riskToGirls',
    type: 'yes-no',
    shownWhen: c.derived('partTwoLive'),
    question:
      'Is a "cutter" visiting or expected, or is there another clear sign that FGM is about to be done?',
    hint: 'Yes means call 999 now.',
  }),
];
