import type { FgmIsList, S5bReporter, S5bStatus } from '@proformas/core';
import { formatDate } from '../../runner/formatAnswer.ts';
import { DetailSection, SummaryRows } from './DetailSection.tsx';
import { FgmIsGirls } from './FgmIsGirls.tsx';
import { listOf, numberOf, recordOf, stringOf } from './read.ts';
import type { FormDetailProps } from './types.ts';

const STATUS: Record<S5bStatus, string> = {
  'report-required': 'A police report on 101 is required from each person listed (section 5B).',
  'reported-by-colleague':
    'Each person listed knows a colleague of their own profession has already reported it.',
  'not-applicable-not-regulated':
    'No personal duty: only staff who are not regulated heard her or saw the signs. Tell the police today by the local procedure.',
  'not-applicable-third-party':
    'The duty does not apply: someone else told you, she has not told staff herself and no signs were seen.',
  'not-applicable-at-risk': 'The duty does not apply: no FGM is known. Girls at risk are below.',
  'not-applicable-adult': 'The duty does not apply: she is 18 or over.',
};

const HEARD_OR_SAW: Record<string, string> = {
  heard: 'she told them',
  saw: 'they saw the signs',
  both: 'she told them and they saw the signs',
};

const date = (value: unknown): string | undefined => {
  const iso = stringOf(value);
  return iso ? formatDate(iso) : undefined;
};

/** One person's duty: their police reference, or why their report is still outstanding and by when. */
function ReporterLine({
  reporter,
  pendingReason,
  dueBy,
  latestBy,
}: {
  reporter: S5bReporter;
  pendingReason?: string;
  dueBy?: string;
  latestBy?: string;
}) {
  const who = reporter.name || `Person ${reporter.row + 1}`;
  const how = reporter.heardOrSaw ? `, ${HEARD_OR_SAW[reporter.heardOrSaw] ?? reporter.heardOrSaw}` : '';
  let duty: string;
  if (reporter.policeReference) {
    duty =
      reporter.status === 'reported-by-colleague'
        ? `Reported by a colleague: police reference ${reporter.policeReference}.`
        : `Reported: police reference ${reporter.policeReference}.`;
  } else {
    duty = `Police report outstanding for ${who}: ring 101 by the end of ${dueBy ?? 'the next working day'}, no later than ${latestBy ?? 'one month from today'}.`;
    if (pendingReason) duty += ` Why it is still to be made: ${pendingReason}`;
  }
  return (
    <li>
      <strong>{who}</strong> ({reporter.profession || 'profession not recorded'}
      {how}).{' '}
      {!reporter.policeReference && <strong className="nhsuk-tag nhsuk-tag--orange">Outstanding</strong>}{' '}
      {duty}
    </li>
  );
}

/**
 * The FGM form's detail: the s5B police-report duty (status, basis, dates, and one line per
 * regulated person with their due date and police reference, or why it is pending), the staff
 * with no personal duty, the FGM-IS indicator per girl, and imminence.
 */
export function FgmDetail({ detail, evaluation, headingLevel }: FormDetailProps) {
  const s5b = recordOf(detail['s5b']);
  const status = stringOf(s5b['status']) as S5bStatus | undefined;
  const reporters = listOf<S5bReporter>(s5b['reporters']);
  const dueBy = date(s5b['dueBy']);
  const latestBy = date(s5b['latestBy']);
  const staff = listOf<Record<string, unknown>>(evaluation?.answers['identifiedBy']);
  const pendingOf = (r: S5bReporter): string | undefined =>
    stringOf(recordOf(r)['reportPendingReason']) ?? stringOf(staff[r.row]?.['reportPendingReason']);
  const unregulated = staff.filter((row) => row['regulator'] === 'not-regulated');
  const days = numberOf(detail['daysToPlanned']);
  const rows = [{ key: 'Police report (section 5B)', value: status ? STATUS[status] : 'Not assessed yet' }];
  if (dueBy) rows.push({ key: 'Report due by', value: `The end of ${dueBy}` });
  if (latestBy) rows.push({ key: 'Never later than', value: latestBy });
  if (detail['imminent'] === true) rows.push({ key: 'Travel or procedure', value: 'Imminent: call 999 now' });
  else if (days !== undefined) rows.push({ key: 'Travel or procedure', value: `Planned in ${days} days` });
  const type = stringOf(detail['fgmType']);
  if (type)
    rows.push({ key: 'FGM type', value: [type, stringOf(detail['fgmSubtype'])].filter(Boolean).join(', ') });
  return (
    <DetailSection title="FGM: police report and FGM-IS" headingLevel={headingLevel}>
      <SummaryRows rows={rows} />
      {reporters.length > 0 && (
        <>
          <p className="nhsuk-body">Each person below reports personally. No one else can report for them.</p>
          <ul className="nhsuk-list nhsuk-list--bullet app-s5b-reporters">
            {reporters.map((r) => (
              <ReporterLine
                key={r.row}
                reporter={r}
                pendingReason={pendingOf(r)}
                dueBy={dueBy}
                latestBy={latestBy}
              />
            ))}
          </ul>
        </>
      )}
      {status === 'report-required' && reporters.length === 0 && (
        <p className="nhsuk-body">
          Record each member of staff who heard her or saw the signs: each of them must report.
        </p>
      )}
      {unregulated.length > 0 && (
        <p className="nhsuk-body">
          No personal duty (not regulated):{' '}
          {unregulated.map((row, i) => stringOf(row['name']) ?? `Person ${i + 1}`).join(', ')}.
        </p>
      )}
      <FgmIsGirls
        list={recordOf(detail['fgmIs']) as Partial<FgmIsList>}
        headingLevel={headingLevel === 3 ? 4 : 3}
      />
    </DetailSection>
  );
}
