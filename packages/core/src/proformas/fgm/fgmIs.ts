import type { FgmAnswers, GirlRow } from './schema.ts';
import type { FgmIsAdd, FgmIsBasis, FgmIsList, FgmIsNotAdded } from './types.ts';

// fgm.md "Derived values" **FGM-IS list**: one indicator per girl, with its basis, or why not.

export interface FgmIsInput {
  answers: Partial<FgmAnswers>;
  patientDateOfBirth: string;
  u18: boolean;
  knownFgm: boolean;
  patientHasFgm: boolean;
  unbornAtRisk: boolean;
  /** `rowAge` of each F11b row (null without a usable date of birth). */
  rowAges: readonly (number | null)[];
}

const patientBasis = (answers: Partial<FgmAnswers>, rows: readonly GirlRow[]): FgmIsBasis | undefined => {
  if (answers.otherIndicators?.includes('mother-had-fgm')) return 'mother-had-fgm';
  const sisterHad = rows.some((r) => r.relationship === 'sister' && r.hadFgm === 'yes');
  if (answers.significantIndicators?.includes('sister-had-fgm') || sisterHad) return 'sister-had-fgm';
  return undefined;
};

const rowBasis = (input: FgmIsInput, rows: readonly GirlRow[], index: number): FgmIsBasis | undefined => {
  const row = rows[index];
  if (!row || row.relationship === undefined || row.relationship === 'other-girl') return undefined;
  const { answers, patientHasFgm } = input;
  // `siblingRows`: the girls Part 2 is about (sisters of a girl, daughters of a woman).
  const inSiblingRows = row.relationship === (input.u18 ? 'sister' : 'daughter');
  const motherHad =
    (row.relationship === 'daughter' && patientHasFgm) ||
    (inSiblingRows && (answers.otherIndicators?.includes('mother-had-fgm') ?? false));
  if (motherHad) return 'mother-had-fgm';
  const sisterHad =
    (row.relationship === 'sister' && patientHasFgm) ||
    (inSiblingRows && (answers.significantIndicators?.includes('sister-had-fgm') ?? false)) ||
    rows.some((other, j) => j !== index && other.relationship === row.relationship && other.hadFgm === 'yes');
  return sisterHad ? 'sister-had-fgm' : undefined;
};

/**
 * The patient (when U18) and every F11b row, each either in `add` with a basis or in `notAdded`
 * with why. `other-girl` rows are never added automatically.
 * SAFER READING: a row with no date of birth yet is presumed under 18 (F11a asks for girls under
 * 18) and keeps her place in `add` with dateOfBirth '' until it is entered; sign-off needs it.
 */
export const fgmIsListOf = (input: FgmIsInput): FgmIsList => {
  const { answers, u18, knownFgm } = input;
  const rows = answers.girlsInFamily ?? [];
  const add: FgmIsAdd[] = [];
  const notAdded: FgmIsNotAdded[] = [];
  if (u18) {
    const basis = patientBasis(answers, rows);
    if (knownFgm) notAdded.push({ girl: 'patient', name: null, why: 'has-had-fgm' });
    else if (answers.fgmIsIndicatorFound === 'yes')
      notAdded.push({ girl: 'patient', name: null, why: 'already-flagged' });
    else if (basis) {
      add.push({
        girl: 'patient',
        name: null,
        dateOfBirth: input.patientDateOfBirth,
        nhsNumber: null,
        basis,
      });
    } else notAdded.push({ girl: 'patient', name: null, why: 'check-family-history' });
  }
  rows.forEach((row, index) => {
    const name = row.name ?? null;
    const age = input.rowAges[index] ?? null;
    if (age !== null && age >= 18) return notAdded.push({ girl: index, name, why: 'aged-18-or-over' });
    if (row.hadFgm === 'yes') return notAdded.push({ girl: index, name, why: 'has-had-fgm' });
    if (row.hasFgmIsIndicator === 'yes') return notAdded.push({ girl: index, name, why: 'already-flagged' });
    const basis = rowBasis(input, rows, index);
    if (!basis) return notAdded.push({ girl: index, name, why: 'check-family-history' });
    const dateOfBirth = row.dateOfBirth ?? '';
    return add.push({ girl: index, name, dateOfBirth, nhsNumber: row.nhsNumber ?? null, basis });
  });
  return { add, notAdded, unbornGirl: input.unbornAtRisk };
};
