import { useState } from 'react';
import type { Patient } from '../api/types.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useTitle } from '../hooks/useTitle.ts';
import { useMe } from '../session/SessionContext.tsx';
import { AddPatientForm } from './register/AddPatientForm.tsx';
import { AttendanceDetailsForm } from './register/AttendanceDetailsForm.tsx';
import { FindPatientForm } from './register/FindPatientForm.tsx';

type Step = { at: 'find' } | { at: 'add' } | { at: 'details'; patient: Patient };

/** Register an attendance: find the patient (or add them), then who came, the complaint and the reasons. */
export function RegisterPage() {
  const me = useMe();
  const [step, setStep] = useState<Step>({ at: 'find' });
  const title =
    step.at === 'find' ? 'Find the patient' : step.at === 'add' ? 'Add a patient' : 'About this attendance';
  useTitle(title);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading key={step.at} caption={`Register an attendance at ${me.site?.name ?? 'this site'}`}>
          {title}
        </PageHeading>
        {step.at === 'find' && (
          <FindPatientForm
            onChoose={(patient) => setStep({ at: 'details', patient })}
            onAdd={() => setStep({ at: 'add' })}
          />
        )}
        {step.at === 'add' && (
          <AddPatientForm
            onAdded={(patient) => setStep({ at: 'details', patient })}
            onBack={() => setStep({ at: 'find' })}
          />
        )}
        {step.at === 'details' && (
          <AttendanceDetailsForm patient={step.patient} onBack={() => setStep({ at: 'find' })} />
        )}
      </div>
    </div>
  );
}
