import type { AttendanceCounts } from '@proformas/core';
import { DetailSection, SummaryRows } from './DetailSection.tsx';
import { PriorVisitsByProvider } from './PriorVisitsByProvider.tsx';
import { configOf, numberOf, recordOf, stringOf } from './read.ts';
import type { FormDetailProps } from './types.ts';

/**
 * The frequent-attender check's detail: the FA level, the attendance counts ("at least" when the
 * history could not be checked), and every prior visit listed by the place it was made.
 */
export function FrequentAttenderDetail({ detail, evaluation, headingLevel }: FormDetailProps) {
  const config = configOf(evaluation);
  const counts = recordOf(evaluation?.derived['counts']) as Partial<AttendanceCounts>;
  const unavailable = evaluation?.derived['historyAvailable'] === false;
  const atLeast = unavailable ? 'at least ' : '';
  const count = (key: string) => {
    const n = numberOf(detail[key]);
    return n === undefined ? 'Not counted yet' : `${atLeast}${n}`;
  };
  return (
    <DetailSection title="Attendances at urgent and emergency care" headingLevel={headingLevel}>
      {unavailable && (
        <p className="nhsuk-body">
          <strong>The attendance history could not be checked.</strong> The counts include only the visits you
          recorded.
        </p>
      )}
      <SummaryRows
        rows={[
          { key: 'Frequent-attender level', value: stringOf(detail['faLevel']) ?? 'Not assessed yet' },
          {
            key: `Unplanned visits in the last ${config.faLongWindowDays} days, with this one`,
            value: count('n12'),
          },
          {
            key: `Unplanned visits in the last ${config.faShortWindowDays} days, with this one`,
            value: count('n6'),
          },
          { key: 'Different places in that time', value: count('providers12') },
        ]}
      />
      {counts.prior && (
        <>
          <p className="nhsuk-body">Earlier visits, by the place they were made:</p>
          <PriorVisitsByProvider visits={counts.prior} headingLevel={headingLevel === 3 ? 4 : 3} />
        </>
      )}
    </DetailSection>
  );
}
