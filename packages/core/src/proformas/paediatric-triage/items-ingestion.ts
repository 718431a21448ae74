import { EXPLOITATION_SIGNS, FGM_SOURCES, INGESTED_SUBSTANCES } from './codes.ts';
import { c, GIRL, options, type TriageItem } from './items-common.ts';

/** B15–B17.1 (phase `presentation`): ingestion, exploitation, FGM, in the spec's table order. */
export const ingestionItems: readonly TriageItem[] = [
  {
    key: 'ingestion',
    code: 'B15',
    phase: 'presentation',
    type: 'yes-no',
    required: true,
    question:
      'Has the child swallowed or breathed in alcohol, drugs, medicine or a household product that they did not take by their own choice, by accident or given by someone?',
    hint: 'Usually a young child’s accident. A young person’s own use goes under B10.',
    requiredMessage:
      'Record whether the child swallowed or breathed in something not by their own choice (B15)',
  },
  {
    key: 'ingestedSubstance',
    code: 'B15.1',
    phase: 'presentation',
    type: 'multi',
    required: true,
    minEntries: 1,
    shownWhen: c.eq('ingestion', 'yes'),
    question: 'What was it?',
    options: options(INGESTED_SUBSTANCES, {
      'illicit-drug': 'An illegal drug, for example a cannabis edible',
      'opioid-substitute': 'An opioid substitute: methadone or buprenorphine',
      'adult-medicine': 'A medicine not prescribed for the child',
      alcohol: 'Alcohol',
      'household-product': 'A household product',
      'not-known': 'Not known',
    }),
    requiredMessage: 'Record what the child swallowed or breathed in (B15.1)',
  },
  {
    key: 'ingestionGivenDeliberately',
    code: 'B15.2',
    phase: 'presentation',
    type: 'yes-no-unknown',
    required: true,
    shownWhen: c.eq('ingestion', 'yes'),
    question: 'Did someone give it to the child deliberately, or is that suspected?',
    requiredMessage: 'Record whether someone gave it to the child deliberately (B15.2)',
  },
  {
    key: 'exploitationSigns',
    code: 'B16',
    phase: 'presentation',
    type: 'multi',
    required: true,
    minEntries: 1,
    shownWhen: c.ageYears('ge', 8),
    question: 'Are there signs of criminal or other exploitation?',
    options: options(EXPLOITATION_SIGNS, {
      'far-from-home': 'Found far from home',
      'drugs-cash-or-phones': 'Carrying drugs, a lot of cash or several phones',
      weapon: 'Carrying a weapon',
      arrested: 'Arrested recently',
      'older-associates': 'Older associates, or a gang',
      none: 'None of these',
    }).map((option) => (option.code === 'none' ? { ...option, exclusive: true } : option)),
    requiredMessage: 'Record any signs of exploitation, or none (B16)',
  },
  {
    key: 'fgmDisclosedOrSeen',
    code: 'B17',
    phase: 'presentation',
    type: 'yes-no',
    required: true,
    shownWhen: GIRL,
    question:
      'Has she said she was cut (FGM), did staff see signs during care she needed, or has anyone told you?',
    hint: 'Never examine just to look.',
    requiredMessage: 'Record whether FGM was disclosed, seen during care or reported (B17)',
  },
  {
    key: 'fgmSource',
    code: 'B17.1',
    phase: 'presentation',
    type: 'multi',
    required: true,
    minEntries: 1,
    shownWhen: c.eq('fgmDisclosedOrSeen', 'yes'),
    question: 'Which?',
    options: options(FGM_SOURCES, {
      'she-said': 'She said she was cut',
      'signs-seen': 'Staff saw signs during care she needed',
      'someone-told': 'Someone told us',
    }),
    requiredMessage: 'Record how FGM came to light (B17.1)',
  },
];
