import { THIRD_PARTY_SOURCES } from './codes.ts';
import { ask, c, options, type FgmItem } from './items-common.ts';
import { identifiedByFields, S5B_PANEL } from './items-reporters.ts';

/** fgm.md "Flow" 2: shown on entry to *has FGM happened*, before any question. */
export const DO_NOT_EXAMINE =
  "Do not examine a girl's genitals only to confirm FGM. Record what she says and what you see during care she needs; the specialist service examines.";

/** F4a–F6b and F15d (phase `hasFgmHappened`, girls only), in the spec's table order. */
export const girlItems: readonly FgmItem[] = [
  ask({
    key: 'girlDisclosed',
    code: 'F4a',
    phase: 'hasFgmHappened',
    type: 'yes-no',
    shownWhen: c.derived('u18'),
    question:
      'Has she herself told you, or another member of staff here, that FGM was done to her, in any words?',
    hint: DO_NOT_EXAMINE,
  }),
  ask({
    key: 'girlDisclosureWords',
    code: 'F4b',
    phase: 'hasFgmHappened',
    type: 'text',
    shownWhen: c.eq('girlDisclosed', 'yes'),
    question: 'What she said, in her words',
  }),
  ask({
    key: 'signsObserved',
    code: 'F5a',
    phase: 'hasFgmHappened',
    type: 'yes-no',
    shownWhen: c.derived('u18'),
    question:
      'During care she already needed, did you or another member of staff see physical signs that look like FGM, with no reason to think they come from necessary surgery or from labour or birth?',
    hint: 'Never examine only to look for FGM.',
  }),
  ask({
    key: 'signsObservedDetail',
    code: 'F5b',
    phase: 'hasFgmHappened',
    type: 'text',
    shownWhen: c.eq('signsObserved', 'yes'),
    question: 'What was seen, by whom, and during which care',
  }),
  ask({
    key: 'thirdPartyReport',
    code: 'F6a',
    phase: 'hasFgmHappened',
    type: 'yes-no',
    shownWhen: c.derived('u18'),
    question: 'Has someone other than the girl told you or another member of staff that she has had FGM?',
    hint: 'If she has not told staff herself and nobody saw signs, the police-report duty (s5B) does not apply: follow local safeguarding (phone the MASH now, tell the police today).',
  }),
  ask({
    key: 'thirdPartySource',
    code: 'F6b',
    phase: 'hasFgmHappened',
    type: 'choice',
    shownWhen: c.eq('thirdPartyReport', 'yes'),
    question: 'Who told you?',
    options: options(THIRD_PARTY_SOURCES, {
      parent: 'Parent or carer',
      relative: 'Other relative',
      professional: 'Another professional',
      other: 'Someone else',
    }),
  }),
  {
    key: 'identifiedBy',
    code: 'F15d',
    phase: 'hasFgmHappened',
    type: 'group',
    shownWhen: c.derived('s5bCase'),
    required: true,
    minEntries: 1,
    question: 'Who heard her say it, or saw the signs? One row per member of staff, whoever signs this form',
    hint: S5B_PANEL,
    requiredMessage:
      'Record each member of staff who heard her or saw the signs, with profession and regulator (F15d).',
    rowLabel: { field: 'name', fallback: 'person' },
    fields: identifiedByFields,
  },
];
