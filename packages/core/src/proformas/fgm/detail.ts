import type { ContextIssue, CompletionInput } from '../../model/proforma.ts';
import type { FgmAnswers } from './schema.ts';
import type { FgmDerived, FgmInput } from './types.ts';

/** `girlsSaidToHaveFgm`: the F11b rows that fire F-R2 (b): listed girls (under 18) with hadFgm = yes. */
export const girlsSaidToHaveFgm = (input: Pick<FgmInput, 'answers' | 'derived'>): number[] =>
  input.derived.listedGirls.filter((index) => input.answers.girlsInFamily?.[index]?.hadFgm === 'yes');

/** The `detail` of the Assessment, exactly as fgm.md "Derived values" **detail** defines it. */
export const fgmDetail = (input: FgmInput): Record<string, unknown> => {
  const { answers, derived } = input;
  return {
    s5b: {
      status: derived.s5bStatus,
      basis: derived.s5bCase
        ? [
            ...(answers.girlDisclosed === 'yes' ? ['girl-disclosed'] : []),
            ...(answers.signsObserved === 'yes' ? ['signs-observed'] : []),
          ]
        : [],
      ...derived.s5bDates,
      reporters: derived.reporters,
    },
    fgmIs: derived.fgmIs,
    imminent: derived.imminent,
    daysToPlanned: derived.daysToPlanned,
    girlsSaidToHaveFgm: girlsSaidToHaveFgm(input),
    fgmType: answers.fgmType ?? null,
    fgmSubtype: answers.fgmSubtype ?? null,
  };
};

/** fgm.md "Completion rules" that the item data cannot express. */
export const fgmCompletionChecks = ({ derived }: CompletionInput<FgmAnswers, FgmDerived>): ContextIssue[] => [
  ...derived.girlsBornAfterAttendance.map((index) => ({
    key: 'girlsInFamily',
    code: 'F11b.dateOfBirth',
    message: `Girl ${index + 1}: the date of birth is after this attendance (F11b).`,
  })),
  // Checked at encounter sign-off: the triage's answers reach this form as encounter.otherAnswers.
  ...(derived.triageFgmUnconfirmed
    ? [
        {
          key: 'girlDisclosed',
          code: 'F4a',
          message:
            'The triage recorded that FGM was disclosed, seen or reported (B17): say which in F4a–F6a, or correct the triage answer.',
        },
      ]
    : []),
];
