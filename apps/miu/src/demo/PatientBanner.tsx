import { ageAt, describeAge, type AssessmentContext } from '@proformas/core';
import { formatDate } from '@proformas/react';
import type { DemoPatient } from './patients.ts';
import { formatNhsNumber } from './nhsNumber.ts';

/** Who the form is about, always in view: name, NHS number, date of birth and age, and the reason for the visit. */
export function PatientBanner({
  patient,
  context,
  onStartAgain,
}: {
  patient: DemoPatient;
  context: AssessmentContext;
  onStartAgain: () => void;
}) {
  const age = ageAt(context.patient.dateOfBirth, context.attendance.arrivedAt);
  return (
    <section className="app-patient-banner" aria-label="Patient">
      <p className="nhsuk-body app-patient-banner__name">
        <strong>{patient.name}</strong>
      </p>
      <dl className="app-patient-banner__details">
        <div>
          <dt>NHS number</dt>
          <dd>{formatNhsNumber(patient.nhsNumber)}</dd>
        </div>
        <div>
          <dt>Born</dt>
          <dd>
            {formatDate(context.patient.dateOfBirth)}
            {age ? ` (${describeAge(age)})` : ''}
          </dd>
        </div>
        <div>
          <dt>Reason for visit</dt>
          <dd>{patient.complaint}</dd>
        </div>
      </dl>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={onStartAgain}
      >
        Start again
      </button>
    </section>
  );
}
