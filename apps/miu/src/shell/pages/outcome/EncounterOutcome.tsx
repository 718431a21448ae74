import { PROFORMA_TITLES, type ProformaId } from '@proformas/core';
import { ActionTaskList, LevelCard } from '@proformas/react';
import type { SignedAssessment } from '../../api/types.ts';
import { formatDateTime } from '../../components/format.ts';

/** The signed encounter outcome: the level, the actions with their deadlines, and each form's reasons. */
export function EncounterOutcome({ assessment }: { assessment: SignedAssessment }) {
  const forms = Object.entries(assessment.result.forms) as [
    ProformaId,
    { reasons: string[]; level: string },
  ][];
  return (
    <section aria-labelledby="outcome-heading">
      <h2 className="nhsuk-heading-m" id="outcome-heading">
        Outcome (version {assessment.version})
      </h2>
      <LevelCard level={assessment.level} />
      <h2 className="nhsuk-heading-m">What to do now</h2>
      <ActionTaskList actions={assessment.actions} />
      <h2 className="nhsuk-heading-m">Why</h2>
      {forms.map(([id, form]) => (
        <div key={id}>
          <h3 className="nhsuk-heading-s">{PROFORMA_TITLES[id]}</h3>
          {form.reasons.length === 0 ? (
            <p className="nhsuk-body">No concern found by this form.</p>
          ) : (
            <ul className="nhsuk-list nhsuk-list--bullet">
              {form.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <p className="nhsuk-body-s">
        Signed by {assessment.signedBy.name}, {assessment.signedBy.role},{' '}
        {formatDateTime(assessment.signedAt)}.
        {assessment.history === 'unavailable' &&
          ' The attendance history was not available when it was signed.'}
      </p>
    </section>
  );
}
