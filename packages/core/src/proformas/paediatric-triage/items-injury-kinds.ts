import { CT_CRITERIA, INJURY_TYPES, SUSPICIOUS_PATTERNS } from './codes.ts';
import { c, INJ, options, type TriageItem } from './items-common.ts';

/** B7–B9.1 (phase `presentation`): kinds of injury, patterns and head injury, in the spec's table order. */
export const injuryKindItems: readonly TriageItem[] = [
  {
    key: 'injuryTypes',
    code: 'B7',
    phase: 'presentation',
    type: 'multi',
    required: true,
    minEntries: 1,
    shownWhen: INJ,
    question: 'What kinds of injury or mark?',
    options: options(INJURY_TYPES, {
      'bruise-petechiae': 'Bruise or petechiae, including a mark that may be a bruise',
      'burn-scald': 'Burn or scald',
      'fracture-suspected': 'Suspected fracture',
      'head-injury': 'Head injury',
      laceration: 'Cut (laceration), including an accidental knife cut',
      bite: 'Bite',
      anogenital: 'Injury to the genital or anal area',
      'oral-frenulum': 'Mouth injury or torn frenulum',
      'knife-or-gunshot': 'Stab, slash or gunshot wound from an attack',
      other: 'Another injury or mark',
    }),
    requiredMessage: 'Record at least one kind of injury or mark (B7)',
  },
  {
    key: 'suspiciousPatterns',
    code: 'B8',
    phase: 'presentation',
    type: 'multi',
    required: true,
    // "[] answers B8": an empty list means none seen, and completes the item.
    minEntries: 0,
    shownWhen: c.answered('injuryTypes'),
    question: 'Which of these patterns are present? (Tick none if none)',
    hint: 'NICE says any of these should make you suspect the injury was inflicted.',
    options: options(SUSPICIOUS_PATTERNS, {
      'shaped-bruise': 'Bruise shaped like a hand, grip, implement, ligature or teeth',
      'protected-site-bruise': 'Bruise on a protected site: ears, neck, face, buttocks or trunk',
      'bruise-cluster': 'A cluster of bruises',
      'implement-burn': 'Burn shaped like an implement or a cigarette',
      'immersion-scald':
        'Immersion scald: glove or stocking pattern, buttocks or perineum, sharp symmetrical edges',
      'unusual-site-burn': 'Burn on the back of the hands, soles, buttocks or back',
      'human-bite': 'Human bite mark from an adult or older child',
      'multiple-fractures': 'Several fractures, or fractures of different ages',
    }),
    requiredMessage: 'Record which injury patterns are present, or none (B8)',
  },
  {
    key: 'ctCriteria',
    code: 'B9',
    phase: 'presentation',
    type: 'multi',
    required: true,
    // "[] answers B9": an empty list means no criterion, and completes the item.
    minEntries: 0,
    shownWhen: c.has('injuryTypes', 'head-injury'),
    question: 'Which NICE criteria for a CT scan within 1 hour are present? (Tick none if none)',
    options: options(CT_CRITERIA, {
      'suspected-nai': 'Suspected non-accidental injury',
      seizure: 'Seizure since the injury',
      'gcs-low': 'Glasgow Coma Scale score below the NICE threshold',
      'skull-fracture': 'Suspected open, depressed or basal skull fracture',
      'focal-deficit': 'Focal neurological deficit',
      'other-nice': 'Another NICE criterion',
    }),
    requiredMessage: 'Record which CT criteria are present, or none (B9)',
  },
  {
    key: 'largestHeadMarkMm',
    code: 'B9.1',
    phase: 'presentation',
    type: 'integer',
    required: true,
    min: 0,
    shownWhen: c.all(
      c.has('injuryTypes', 'head-injury'),
      c.compare({ age: 'months' }, 'lt', { config: 'infantHeadMarkUnderMonths' }),
    ),
    question: 'Longest bruise, swelling or cut on the head, in mm (0 if none)',
    hint: 'In a baby under 1, a head bruise, swelling or cut over 5 cm needs a CT scan within 1 hour.',
    requiredMessage: 'Record the longest bruise, swelling or cut on the head in mm, or 0 (B9.1)',
  },
];
