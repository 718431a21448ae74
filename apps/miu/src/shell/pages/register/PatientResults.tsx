import { ageAt, describeAge } from '@proformas/core';
import type { Patient } from '../../api/types.ts';
import { formatDay, formatNhsNumber, fullName } from '../../components/format.ts';

/** The patients a search found, each with a button to choose them. */
export function PatientResults({
  patients,
  onChoose,
}: {
  patients: Patient[];
  onChoose: (p: Patient) => void;
}) {
  if (patients.length === 0)
    return (
      <div className="nhsuk-inset-text" role="status">
        <p>No patient found. Check the details, or add a new patient.</p>
      </div>
    );
  return (
    <section aria-labelledby="results-heading">
      <h2 className="nhsuk-heading-m" id="results-heading" role="status">
        {patients.length === 1 ? '1 patient found' : `${patients.length} patients found`}
      </h2>
      <ul className="nhsuk-list">
        {patients.map((p) => {
          const age = ageAt(p.dateOfBirth, new Date().toISOString());
          return (
            <li key={p.id} className="app-result">
              <p className="nhsuk-body nhsuk-u-margin-bottom-2">
                <strong>{fullName(p)}</strong>, born {formatDay(p.dateOfBirth)}
                {age ? ` (${describeAge(age)})` : ''}, NHS number {formatNhsNumber(p.nhsNumber)}
              </p>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={() => onChoose(p)}
              >
                Choose {fullName(p)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
