import { clearDraft, PaediatricTriageForm } from '@proformas/react';
import { useState } from 'react';
import { loadAttendance, nowInLondon, saveAttendance, draftKeyOf, type Attendance } from './attendance.ts';
import { attendanceContext, DEMO_CHILDREN } from './children.ts';
import { ChildPicker } from './ChildPicker.tsx';
import { Header } from './Header.tsx';
import { PatientBanner } from './PatientBanner.tsx';

export const SITE = 'Riverside Minor Injury Unit (demo)';

/** The demo: choose a child, complete their triage, see the outcome. A reload resumes where it was. */
export function App() {
  const [attendance, setAttendance] = useState<Attendance | undefined>(loadAttendance);
  const [arrivedAt] = useState(nowInLondon);
  const child = attendance && DEMO_CHILDREN.find((c) => c.id === attendance.childId);
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
          {attendance && child ? (
            <>
              <PatientBanner
                child={child}
                context={attendanceContext(child, attendance.arrivedAt)}
                onStartAgain={() => {
                  clearDraft(localStorage, draftKeyOf(attendance));
                  change(undefined);
                }}
              />
              <PaediatricTriageForm
                key={draftKeyOf(attendance)}
                context={attendanceContext(child, attendance.arrivedAt)}
                persistKey={draftKeyOf(attendance)}
              />
            </>
          ) : (
            <ChildPicker
              children={DEMO_CHILDREN}
              arrivedAt={arrivedAt}
              onStart={(c) => change({ childId: c.id, arrivedAt: nowInLondon() })}
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
