import type { ReactNode } from 'react';

interface DetailSectionProps {
  title: string;
  headingLevel?: 2 | 3;
  children: ReactNode;
}

/** One form's detail on the outcome: a titled section. */
export function DetailSection({ title, headingLevel = 2, children }: DetailSectionProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="app-form-detail" aria-label={title}>
      <Heading className={headingLevel === 2 ? 'nhsuk-heading-m' : 'nhsuk-heading-s'}>{title}</Heading>
      {children}
    </section>
  );
}

export interface SummaryRow {
  key: string;
  value: ReactNode;
}

/** Label and value rows (NHS summary list, without Change links). */
export function SummaryRows({ rows }: { rows: readonly SummaryRow[] }) {
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.key}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
