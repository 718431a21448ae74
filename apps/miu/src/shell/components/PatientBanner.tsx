import { ageAt, describeAge } from '@proformas/core';
import type { Attendance, Patient, Site } from '../api/types.ts';
import { CpisFlag } from './CpisFlag.tsx';
import { formatDateTime, formatDay, formatNhsNumber, fullName } from './format.ts';

/** Who the patient is and this attendance: name, NHS number, age at arrival, who came, CP-IS. */
export function PatientBanner({
  patient,
  attendance,
  site,
}: {
  patient: Patient;
  attendance: Attendance;
  site: Site;
}) {
  const age = ageAt(patient.dateOfBirth, attendance.arrivedAt);
  const child = age !== undefined && age.years < 18;
  return (
    <section className="app-patient-banner" aria-label="Patient">
      <p className="nhsuk-heading-m app-patient-banner__name">{fullName(patient)}</p>
      <dl className="app-patient-banner__details">
        <div>
          <dt>NHS number</dt>
          <dd>{formatNhsNumber(patient.nhsNumber)}</dd>
        </div>
        <div>
          <dt>Born</dt>
          <dd>
            {formatDay(patient.dateOfBirth)}
            {age ? ` (${describeAge(age)} at arrival)` : ''}
          </dd>
        </div>
        <div>
          <dt>Arrived</dt>
          <dd>
            {formatDateTime(attendance.arrivedAt)} at {site.name}
          </dd>
        </div>
        <div>
          <dt>Came with</dt>
          <dd>
            {attendance.accompaniedBy.length === 0
              ? 'Came alone'
              : attendance.accompaniedBy.map((c) => `${c.name} (${c.relationship})`).join(', ')}
          </dd>
        </div>
        <div>
          <dt>Presenting complaint</dt>
          <dd>{attendance.presentingComplaint}</dd>
        </div>
        {child && (
          <div>
            <dt>CP-IS</dt>
            <dd>
              <CpisFlag nhsNumber={patient.nhsNumber} detail />
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
