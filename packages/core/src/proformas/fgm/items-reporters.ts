import { HEARD_OR_SAW, REGULATORS } from './codes.ts';
import { options, rowCondition, type Field } from './items-common.ts';
import type { IdentifiedByField } from './schema.ts';

/** fgm.md "Flow" 2: the s5B panel, open as soon as she has told staff or staff saw signs. */
export const S5B_PANEL =
  'The duty to report this FGM to the police on 101 falls personally on each regulated professional who heard her or saw the signs, whoever signs this form, and cannot be handed to anyone else. List each of them here. Each rings 101 by the end of the next working day, and never more than one month after today. A named person who has gone off duty is told the same day by the signer or the safeguarding lead, and still reports.';

const r = rowCondition<IdentifiedByField>();
/** `regulatedRow`: F15a–F15c are asked of each person whose regulator is not `not-regulated`. */
const REGULATED_ROW = r.not(r.eq('regulator', 'not-regulated'));

/** F15d's fields, with F15a–F15c and F15e nested in each regulated person's row (their linkIds nest under F15d). */
export const identifiedByFields: readonly Field<IdentifiedByField>[] = [
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
  // F15a is required of every regulated person: yes needs the earlier report's reference (F15b).
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
  // SAFER READING: the project issue says the s5B path cannot be signed off without, for each
  // reporter, "either a police reference or a recorded reason it is still pending"; the spec lets an
  // empty F15b on a report-required row through and has no item for the reason. F15e (+) asks for the
  // reason, in each regulated person's row, while F15a = no and F15b is empty; it is required then, so
  // sign-off needs a reference or a reason per reporter. Their task and "outstanding" reason stay.
  {
    key: 'reportPendingReason',
    code: 'F15e',
    type: 'text',
    required: true,
    shownWhen: r.all(
      REGULATED_ROW,
      r.eq('reportedByColleague', 'no'),
      r.not(r.answered('policeReferenceNumber')),
    ),
    question: 'Why is their report to the police still to be made?',
    hint: 'For example: they will ring 101 before the end of their shift; they rang and are waiting for a reference; they have gone off duty and the safeguarding lead is telling them today. Once they have reported, enter the police reference instead.',
    requiredMessage:
      'Person {n}: enter the police reference of {row}’s 101 report, or say why it is still to be made (F15d).',
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
