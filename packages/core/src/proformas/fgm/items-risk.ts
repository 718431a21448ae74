import { OTHER_INDICATORS, SIGNIFICANT_INDICATORS } from './codes.ts';
import { ask, c, options, tickWhatApplies, type FgmItem } from './items-common.ts';

const F7_QUESTION = 'Part 2, significant: tick any that apply to her or to the girls';
const F8_QUESTION = 'Part 2, other: tick any that apply';

/** F7–F9 (phase `riskToGirls`): Part 2, in the spec's table order. */
export const riskItems: readonly FgmItem[] = [
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
