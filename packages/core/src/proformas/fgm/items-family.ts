import { RELATIONSHIPS } from './codes.ts';
import { ask, c, options, type FgmItem, type Field } from './items-common.ts';
import type { GirlRowField } from './schema.ts';

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

/** F11a and F11b (phase `family`). */
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
];
