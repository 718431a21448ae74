import { HEARD_OR_SAW, REGULATORS, THIRD_PARTY_SOURCES, type IdentifiedByField } from './schema.ts';
import { ask, c, options, rowCondition, type FgmItem, type Field } from './items-common.ts';

/** fgm.md "Flow" 2: shown on entry to *has FGM happened*, before any question. */
export const DO_NOT_EXAMINE =
  "Do not examine a girl's genitals only to confirm FGM. Record what she says and what you see during care she needs; the specialist service examines.";

/** fgm.md "Flow" 2: the s5B panel, open as soon as she has told staff or staff saw signs. */
export const S5B_PANEL =
  'The duty to report this FGM to the police on 101 falls personally on each regulated professional who heard her or saw the signs, whoever signs this form, and cannot be handed to anyone else. List each of them here. Each rings 101 by the end of the next working day, and never more than one month after today. A named person who has gone off duty is told the same day by the signer or the safeguarding lead, and still reports.';

const r = rowCondition<IdentifiedByField>();
/** `regulatedRow`: F15a–F15c are asked of each person whose regulator is not `not-regulated`. */
const REGULATED_ROW = r.not(r.eq('regulator', 'not-regulated'));

/** F15d's fields, with F15a–F15c nested in each regulated person's row (their linkIds nest under F15d). */
const identifiedByFields: readonly Field<IdentifiedByField>[] = [
  {
    key: 'name',
    code: 'F15d.name',
    type: 'text',
    required: true,
    question: 'Name',
    requiredMessage: 'Person {n}: enter their name (F15d).',
  },
  {
    key: 'profession',
    code: 'F15d.profession',
    type: 'text',
    required: true,
    question: 'Profession',
    hint: 'For example "emergency nurse practitioner".',
    requiredMessage: 'Person {n}: enter their profession (F15d).',
  },
  {
    key: 'regulator',
    code: 'F15d.regulator',
    type: 'choice',
    required: true,
    question: 'Regulator',
    options: options(REGULATORS, {
      gmc: 'GMC (doctors)',
      nmc: 'NMC (nurses and midwives)',
      hcpc: 'HCPC (paramedics and other health professions)',
      gphc: 'GPhC (pharmacists)',
      gdc: 'GDC (dental professionals)',
      'other-regulator': 'Another regulator overseen by the Professional Standards Authority',
      'not-regulated': 'Not regulated (for example a healthcare assistant or receptionist)',
    }),
    requiredMessage: 'Person {n}: enter their regulator (F15d).',
  },
  {
    key: 'heardOrSaw',
    code: 'F15d.heardOrSaw',
    type: 'choice',
    required: true,
    question: 'Did they hear her, or see the signs?',
    options: options(HEARD_OR_SAW, { heard: 'She told them', saw: 'They saw the signs', both: 'Both' }),
    requiredMessage: 'Person {n}: enter whether they heard her or saw the signs (F15d).',
  },
  {
    key: 'reportedByColleague',
    code: 'F15a',
    type: 'yes-no',
    required: true,
    shownWhen: REGULATED_ROW,
    question:
      'Do they know for certain that someone of their own profession has already reported this same FGM to the police?',
    hint: 'The only exception to the personal duty (s5B(6)). Unless they know this for certain, answer No: they must report themselves.',
    requiredMessage:
      'Person {n}: enter whether someone of their own profession has already reported it (F15d).',
  },
  {
    key: 'policeReferenceNumber',
    code: 'F15b',
    type: 'text',
    shownWhen: REGULATED_ROW,
    required: r.eq('reportedByColleague', 'yes'),
    question: 'Police reference of their 101 report, or of the colleague’s report',
    hint: 'Needed now for a colleague’s earlier report. Their own report’s reference can be added after sign-off; their task stays open until it is.',
    requiredMessage:
      'Person {n}: enter the police reference of the earlier report. Without it {row} must report: change F15a to No.',
  },
  {
    key: 'policeReportMadeAt',
    code: 'F15c',
    type: 'date-time',
    required: false,
    shownWhen: REGULATED_ROW,
    question: 'When the report was made',
  },
];

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
