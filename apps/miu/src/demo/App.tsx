import { useState } from 'react';
import {
  clearDrafts,
  draftKeyOf,
  loadAttendance,
  nowInLondon,
  saveAttendance,
  type Attendance,
} from './attendance.ts';
import { FormPage } from './FormPage.tsx';
import { Header } from './Header.tsx';
import { PatientBanner } from './PatientBanner.tsx';
import { attendanceContext, DEMO_PATIENTS } from './patients.ts';
import { StartPage } from './StartPage.tsx';

export const SITE = 'Riverside Minor Injury Unit (demo)';

/**
 * The demo: choose a made-up patient and a form (or every form the attendance needs), complete it,
 * see the outcome. A reload resumes where it was.
 */
export function App() {
  const [attendance, setAttendance] = useState<Attendance | undefined>(loadAttendance);
  const [arrivedAt] = useState(nowInLondon);
  const patient = attendance && DEMO_PATIENTS.find((p) => p.id === attendance.patientId);
  const change = (next: Attendance | undefined) => {
    saveAttendance(next);
    setAttendance(next);
  };
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <Header site={SITE} />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent">
          {attendance && patient ? (
            <>
              <PatientBanner
                patient={patient}
                context={attendanceContext(patient, attendance.arrivedAt)}
                onStartAgain={() => {
                  clearDrafts(attendance);
                  change(undefined);
                }}
              />
              <FormPage
                key={draftKeyOf(attendance)}
                form={attendance.form}
                patient={patient}
                context={attendanceContext(patient, attendance.arrivedAt)}
                persistKey={draftKeyOf(attendance)}
              />
            </>
          ) : (
            <StartPage
              patients={DEMO_PATIENTS}
              arrivedAt={arrivedAt}
              onStart={(p, form) => change({ patientId: p.id, arrivedAt: nowInLondon(), form })}
            />
          )}
        </main>
      </div>
      <footer className="nhsuk-footer" role="contentinfo">
        <div className="nhsuk-width-container">
          <p className="nhsuk-body-s app-footer-note">
            A demonstration with made-up patients. Not clinically reviewed: do not use it for real patients.
          </p>
        </div>
      </footer>
    </>
  );
}
