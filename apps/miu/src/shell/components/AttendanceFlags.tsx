import type { Attendance, Patient } from '../api/types.ts';
import { CpisFlag } from './CpisFlag.tsx';

/** What the board shows beside a patient: CP-IS (simulated), a recorded concern, a referral, came alone. */
export function AttendanceFlags({
  attendance,
  patient,
  child,
}: {
  attendance: Attendance;
  patient: Patient;
  child: boolean;
}) {
  const flags: string[] = [];
  if (attendance.safeguardingConcernRecorded) flags.push('Safeguarding concern recorded');
  if (attendance.referralMade) flags.push('Referral made');
  if (attendance.leftBeforeSeen) flags.push('Left before being seen');
  if (child && attendance.accompaniedBy.length === 0) flags.push('Came alone');
  return (
    <ul className="nhsuk-list app-flags">
      {child && (
        <li>
          <CpisFlag nhsNumber={patient.nhsNumber} />
        </li>
      )}
      {flags.map((flag) => (
        <li key={flag}>{flag}</li>
      ))}
    </ul>
  );
}
