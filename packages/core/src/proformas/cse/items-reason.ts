import { SCREEN_REASONS } from './schema.ts';
import { answerBeforeSignOff, c, options, type CseItem } from './items-common.ts';

// cse.md "Flow" phases 1 (`reason`: S7, S8) and 2 (`consent`: S2.1–S2.6, only when `fraserShown`).

const FRASER_MESSAGE =
  'Fraser criteria are required for under-16s asking for sexual-health care: answer all five.';

const fraser = (key: CseItem['key'], code: string, question: string): CseItem => ({
  key,
  code,
  phase: 'consent',
  question,
  type: 'yes-no',
  shownWhen: c.derived('fraserShown'),
  required: true,
  requiredMessage: FRASER_MESSAGE,
});

export const reasonItems: readonly CseItem[] = [
  {
    key: 'screenReasons',
    code: 'S7',
    phase: 'reason',
    question: 'Why is this screen being done? (tick all)',
    type: 'multi',
    options: options(SCREEN_REASONS, {
      'emergency-contraception': 'Emergency contraception',
      contraception: 'Contraception',
      'pregnancy-test': 'Pregnancy test',
      sti: 'STI test or treatment',
      'sexual-assault': 'Discloses sexual assault',
      'genital-anal-symptoms': 'Genital or anal symptoms (soreness, discharge, bleeding)',
      'other-concern': 'Raised by the triage, or clinician concern',
    }),
    required: true,
    minEntries: 1,
    requiredMessage: answerBeforeSignOff('Why is this screen being done?', 'S7'),
  },
  {
    key: 'immediateDanger',
    code: 'S8',
    phase: 'reason',
    question:
      'Is the young person in immediate danger of sexual harm or exploitation (e.g. the person exploiting them is here or waiting, or they are about to go back to them)?',
    hint: 'Yes shows the emergency guidance at once: call 999.',
    type: 'yes-no',
    required: true,
    requiredMessage: answerBeforeSignOff('Immediate danger', 'S8'),
  },
  fraser('fraserUnderstandsAdvice', 'S2.1', 'Fraser 1: does the young person understand the advice?'),
  fraser(
    'fraserWillNotTellParents',
    'S2.2',
    'Fraser 2: after encouragement, do they still refuse to tell a parent, or to let you tell one?',
  ),
  fraser(
    'fraserLikelyToHaveSex',
    'S2.3',
    'Fraser 3: are they likely to start or keep having sex, with or without contraception?',
  ),
  fraser(
    'fraserHealthWillSuffer',
    'S2.4',
    'Fraser 4: without this advice or treatment, is their physical or mental health likely to suffer?',
  ),
  fraser(
    'fraserBestInterests',
    'S2.5',
    "Fraser 5: is giving it without a parent's consent in their best interests?",
  ),
  {
    key: 'gillickCompetent',
    code: 'S2.6',
    phase: 'consent',
    question:
      'Is the young person Gillick competent for the treatment offered (understands it, its risks and alternatives, and can weigh them)?',
    type: 'yes-no',
    shownWhen: c.derived('fraserShown'),
    required: true,
    requiredMessage: answerBeforeSignOff('Gillick competent', 'S2.6'),
  },
];
