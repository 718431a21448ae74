import type { ActionCode } from '../../model/actions.ts';
import { ageAt } from '../../model/age.ts';
import type { AssessmentContext, AttendanceReason, Sex } from '../../model/context.ts';
import type { SafeguardingConfig } from '../../model/config.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import type { ProformaFixture } from '../../model/fixture.ts';
import { levelAtLeast, maxLevel, type Level } from '../../model/levels.ts';
import { PROFORMA_IDS, type EncounterInputs, type ProformaId } from '../../model/proforma.ts';
import { paediatricTriage } from './definition.ts';
import { triageDefaults } from './fixtures-defaults.ts';
import type { PaediatricTriageAnswers } from './schema.ts';

/** paediatric-triage.md "Worked examples": every example arrives at this instant. */
export const ARRIVAL = '2025-03-10T10:00+00:00';

export const triageContext = (
  dateOfBirth: string,
  sex: Sex,
  extra: { reasons?: AttendanceReason[]; config?: Partial<SafeguardingConfig> } = {},
): AssessmentContext => ({
  patient: { dateOfBirth, sex },
  attendance: {
    arrivedAt: ARRIVAL,
    providerId: 'RXX01',
    departmentType: '03',
    category: 'unplanned',
    ...(extra.reasons ? { reasons: extra.reasons } : {}),
  },
  ...(extra.config ? { config: extra.config } : {}),
});

type Answers = Partial<PaediatricTriageAnswers>;
type OtherForms = NonNullable<ProformaFixture['otherForms']>;

/** Stub assessments of the other forms, as assessEncounter would pass them to the triage. */
export const encounterFromOtherForms = (otherForms: OtherForms | undefined): EncounterInputs => {
  if (!otherForms) return {};
  const present = PROFORMA_IDS.filter((id) => id !== 'paediatric-triage' && otherForms[id]);
  const atDiscuss = present.filter((id) => levelAtLeast(otherForms[id]?.level ?? 'NO_CONCERN', 'DISCUSS'));
  const cseRisk = otherForms.cse?.detail['cseRisk'];
  const faLevel = otherForms['frequent-attender']?.detail['faLevel'];
  return {
    encounterLevel: maxLevel(present.map((id) => otherForms[id]?.level ?? 'NO_CONCERN')),
    ...(typeof cseRisk === 'string' ? { cseRisk } : {}),
    ...(typeof faLevel === 'string' ? { faLevel } : {}),
    otherFormDiscuss: atDiscuss.length > 0,
    formsAtDiscussOrAbove: atDiscuss,
    formsPresent: present,
    otherAnswers: Object.fromEntries(present.map((id) => [id, {}])) as Partial<
      Record<ProformaId, Record<string, unknown>>
    >,
  };
};

export interface Scenario {
  name: string;
  example: string;
  rules: readonly string[];
  born: string;
  sex: Sex;
  /** The answers the example lists; `undefined` leaves an item blank. */
  answers: { [K in keyof PaediatricTriageAnswers]?: PaediatricTriageAnswers[K] | undefined };
  expected: {
    level: Level;
    actions: readonly ActionCode[];
    absent?: readonly ActionCode[];
    firedRules?: readonly string[];
    detail?: Record<string, unknown>;
    formLevel?: Level;
  };
  otherForms?: OtherForms;
  reasons?: AttendanceReason[];
  config?: Partial<SafeguardingConfig>;
  /** Defaults to true; set false where an example leaves a required item blank. */
  complete?: boolean;
}

/**
 * A fixture: the defaults, then the example's answers, then only the answers to items shown.
 * `answers` is worked out on first read, not when the module loads, so importing the fixtures runs
 * no rule (mutation testing can then tell which test covers which rule).
 */
export const scenario = (s: Scenario): ProformaFixture<PaediatricTriageAnswers> => {
  const context = triageContext(s.born, s.sex, {
    ...(s.reasons ? { reasons: s.reasons } : {}),
    ...(s.config ? { config: s.config } : {}),
  });
  let shownOnly: Answers | undefined;
  const answers = (): Answers => {
    if (shownOnly) return shownOnly;
    const months = ageAt(s.born, ARRIVAL)?.months ?? 0;
    const summary =
      s.expected.level === 'NO_CONCERN' ? 'No safeguarding concern found.' : `${s.name} (synthetic).`;
    const merged: Record<string, unknown> = {
      ...triageDefaults(s.name, months, s.answers.injuryTypes !== undefined),
      concernSummary: summary,
      ...s.answers,
    };
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    const encounter = encounterFromOtherForms(s.otherForms);
    shownOnly = evaluateProforma(paediatricTriage, merged, context, encounter).answers as Answers;
    return shownOnly;
  };
  return {
    name: s.name,
    example: s.example,
    rules: s.rules,
    context,
    get answers() {
      return answers();
    },
    ...(s.otherForms ? { otherForms: s.otherForms } : {}),
    expected: s.expected,
    complete: s.complete ?? true,
  };
};
