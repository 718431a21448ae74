import { firing } from '../../model/rule.ts';
import { FRASER_KEYS } from './derived.ts';
import type { CseRule, FloorClause } from './types.ts';

// The rules that fire alongside the band: the C-R5 floors, and the records C-R7, C-R8 and C-R9.

const FLOOR_REASONS: Record<Exclude<FloorClause, 'f'>, string> = {
  a: 'A young person with a learning disability is never rated low.',
  b: 'Under 16 and a Fraser criterion is not met: a senior clinician decides on supply now, during this attendance.',
  c: 'Under 13 and screened without a sexual-health reason: the risk is never rated low. Discuss before discharge.',
  d: 'Pregnant, or with an STI, at 13–15: sexual activity under 16, which NICE says should prompt consideration of abuse.',
  e: 'Screen incomplete: discuss before discharge. Not seen alone, so exploitation cannot be ruled out.',
};

// cse.md "C-R5 Floors": one firing per clause that holds; DISCUSS, no actions (C-R3 or C-R2 carry them).
export const cr5: CseRule = {
  id: 'C-R5',
  evaluate: ({ derived: d }) =>
    d.floors.map((clause) =>
      clause === 'f'
        ? firing(
            'C-R5',
            'DISCUSS',
            [],
            `Screen incomplete: discuss before discharge. ${d.unknownCount} indicators are unknown.`,
            { clause, status: 'project-rule' },
          )
        : firing('C-R5', 'DISCUSS', [], FLOOR_REASONS[clause], {
            clause,
            // (c) is the spec's [PROJECT RULE] split of C-R1.
            ...(clause === 'c' ? { status: 'project-rule' as const } : {}),
          }),
    ),
};

// cse.md "C-R7 EC must not be delayed": no level, no actions; detail.ecDoNotDelay; shown first.
export const cr7: CseRule = {
  id: 'C-R7',
  evaluate: ({ derived: d }) => {
    if (!d.ecRequested) return [];
    const parts = [
      'Give emergency contraception now if it is clinically indicated. Do not wait for the safeguarding discussion or referral.',
    ];
    if (d.ageYears < 13) parts.push("Supply it, as it is in the child's best interests, and refer as well.");
    if (d.fraserNotMet)
      parts.push('A Fraser criterion is not met: a senior clinician decides on supply at once.');
    return [firing('C-R7', 'NO_CONCERN', [], parts.join(' '))];
  },
};

// cse.md "C-R8 Fraser record": all five Fraser items answered, met or not.
export const cr8: CseRule = {
  id: 'C-R8',
  evaluate: ({ derived: d, answers: a }) =>
    d.fraserShown && FRASER_KEYS.every((k) => a[k] !== undefined)
      ? [
          firing(
            'C-R8',
            'NO_CONCERN',
            ['FRASER_DOCUMENTED'],
            `Fraser guidelines recorded: ${d.fraserMet ? 'all five criteria are met' : 'not all five criteria are met'}.`,
          ),
        ]
      : [],
};

/** Whether the young person agreed to the sexual-health care being mentioned (S16, and triage E2.2). */
const sharingView = (own: unknown, triage: Record<string, unknown> | undefined) => {
  const views = [own, ...(triage ? [triage['youngPersonSharingView']] : [])];
  if (views.every((v) => v === 'agrees')) return { includes: true, because: 'agreed' };
  if (views.includes('objects')) return { includes: false, because: 'did not agree' };
  return { includes: false, because: 'was not asked' };
};

// cse.md "C-R9 Confidential letter below DISCUSS": records how letters about this visit are sent.
export const cr9: CseRule = {
  id: 'C-R9',
  evaluate: ({ derived: d, answers: a, encounter }) => {
    if (d.cseRisk !== 'NONE' && d.cseRisk !== 'LOW') return [];
    const view = sharingView(a.youngPersonSharingView, encounter.otherAnswers?.['paediatric-triage']);
    return [
      firing(
        'C-R9',
        'NO_CONCERN',
        [],
        `A confidential sexual-health visit: the letter goes to the GP only, is marked not for online or proxy view, and ${view.includes ? 'includes' : 'leaves out'} the sexual-health care because the young person ${view.because}.`,
      ),
    ];
  },
};
