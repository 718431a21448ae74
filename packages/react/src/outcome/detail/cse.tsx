import { CSE_SARC_LABELS, type CseRisk } from '@proformas/core';
import { DetailSection, SummaryRows } from './DetailSection.tsx';
import { listOf, numberOf } from './read.ts';
import type { FormDetailProps } from './types.ts';

/** The risk band in traffic-light colour: red (high), amber (medium), green (low). */
const BANDS: Record<CseRisk, { label: string; tag: string }> = {
  HIGH: { label: 'High (red)', tag: 'nhsuk-tag--red' },
  MEDIUM: { label: 'Medium (amber)', tag: 'nhsuk-tag--orange' },
  LOW: { label: 'Low (green)', tag: 'nhsuk-tag--green' },
  NONE: { label: 'No indicators found', tag: 'nhsuk-tag--grey' },
};

const codes = (value: unknown): string => {
  const list = listOf(value);
  return list.length > 0 ? list.join(', ') : 'None';
};

/**
 * The CSE screen's detail: the risk band in traffic-light colour, the indicators by colour, Fraser,
 * and the SARC window. The emergency-contraception message is shown above the level (CseEcNotice).
 */
export function CseDetail({ detail, headingLevel }: FormDetailProps) {
  const risk = detail['cseRisk'] as CseRisk | undefined;
  const band = risk ? BANDS[risk] : undefined;
  const days = numberOf(detail['daysSinceAssault']);
  const rows = [
    { key: 'Red indicators', value: codes(detail['red']) },
    { key: 'Amber indicators', value: codes(detail['amber']) },
    { key: 'Green indicators', value: codes(detail['green']) },
  ];
  if (typeof detail['fraserMet'] === 'boolean')
    rows.push({
      key: 'Fraser criteria',
      value: detail['fraserMet'] ? 'All met' : 'Not all met: a senior clinician decides on supply now',
    });
  if (days !== undefined) rows.push({ key: 'Days since the assault', value: String(days) });
  if (typeof detail['forensicWindowOpen'] === 'boolean')
    rows.push({
      key: 'SARC',
      value: detail['forensicWindowOpen'] ? CSE_SARC_LABELS.now : 'The forensic window has closed',
    });
  return (
    <DetailSection title="Child sexual exploitation: risk band" headingLevel={headingLevel}>
      <p className="nhsuk-body">
        Risk of sexual exploitation:{' '}
        {band ? <strong className={`nhsuk-tag ${band.tag}`}>{band.label}</strong> : 'not assessed yet'}
      </p>
      <SummaryRows rows={rows} />
    </DetailSection>
  );
}
