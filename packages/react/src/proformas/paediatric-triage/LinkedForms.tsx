import { PROFORMA_TITLES, suggestProformas, type AssessmentContext } from '@proformas/core';

interface LinkedFormsProps {
  context: AssessmentContext;
  answers: Record<string, unknown>;
}

/** The other forms this attendance needs or may need, with the reason for each (core's suggestProformas). */
export function LinkedForms({ context, answers }: LinkedFormsProps) {
  const suggestions = suggestProformas(context, { 'paediatric-triage': answers }).filter(
    (s) => s.id !== 'paediatric-triage',
  );
  return (
    <div className="app-linked-forms">
      <p className="nhsuk-body">From the answers so far, this attendance needs these other forms:</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {suggestions.map((s) => (
          <li key={s.id}>
            <strong>{PROFORMA_TITLES[s.id]}</strong>: {s.reason}
          </li>
        ))}
      </ul>
      <div className="nhsuk-inset-text">
        <p>Complete the required forms in their own pages. This demonstration does not include them yet.</p>
      </div>
    </div>
  );
}
