import { ageAt, describeAge, PROFORMA_TITLES } from '@proformas/core';
import { ErrorSummary, formatDate, RadiosField } from '@proformas/react';
import { useState } from 'react';
import type { DemoForm } from './attendance.ts';
import { formRefusal } from './formRefusal.ts';
import { formatNhsNumber } from './nhsNumber.ts';
import { attendanceContext, dateOfBirth, type DemoPatient } from './patients.ts';

interface StartPageProps {
  patients: readonly DemoPatient[];
  arrivedAt: string;
  onStart: (patient: DemoPatient, form: DemoForm) => void;
}

const FORM_OPTIONS: { code: DemoForm; label: string; hint?: string }[] = [
  {
    code: 'encounter',
    label: 'Every form this attendance needs',
    hint: 'The forms suggested for this patient, required first, one after another, then the combined outcome.',
  },
  { code: 'paediatric-triage', label: PROFORMA_TITLES['paediatric-triage'] },
  { code: 'hidden-harm', label: PROFORMA_TITLES['hidden-harm'] },
  { code: 'cse', label: PROFORMA_TITLES.cse },
  { code: 'fgm', label: PROFORMA_TITLES.fgm },
  { code: 'frequent-attender', label: PROFORMA_TITLES['frequent-attender'] },
];

/** Choose one of the synthetic patients and what to complete for them. */
export function StartPage({ patients, arrivedAt, onStart }: StartPageProps) {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [form, setForm] = useState<string | undefined>(undefined);
  const [tried, setTried] = useState(0);
  const patient = patients.find((p) => p.id === chosen);
  const refusal =
    patient && form && form !== 'encounter'
      ? formRefusal(form as DemoForm, attendanceContext(patient, arrivedAt))
      : undefined;
  const errors =
    tried > 0
      ? [
          ...(!patient ? [{ targetId: 'patient', text: 'Choose who has arrived' }] : []),
          ...(!form ? [{ targetId: 'form', text: 'Choose what to complete' }] : []),
          ...(refusal ? [{ targetId: 'form', text: refusal }] : []),
        ]
      : [];
  const options = patients.map((p) => {
    const dob = dateOfBirth(p, arrivedAt.slice(0, 10));
    const age = ageAt(dob, arrivedAt);
    return {
      code: p.id,
      label: `${p.name}, ${age ? describeAge(age) : ''}`,
      hint: `NHS number ${formatNhsNumber(p.nhsNumber)}. Born ${formatDate(dob)}. ${p.complaint}.`,
    };
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (patient && form && !refusal) onStart(patient, form as DemoForm);
        else setTried((n) => n + 1);
      }}
    >
      <h1 className="nhsuk-heading-l">Start a safeguarding form</h1>
      <p className="nhsuk-body">
        These patients are made up for this demonstration. Choose one, and what to complete for them, as if
        they had just arrived at the minor injury unit.
      </p>
      {errors.length > 0 && <ErrorSummary errors={errors} focusKey={tried} />}
      <RadiosField
        id="patient"
        label="Who has arrived?"
        options={options}
        value={chosen}
        onChange={setChosen}
        error={errors.find((e) => e.targetId === 'patient')?.text}
      />
      <RadiosField
        id="form"
        label="What do you want to complete?"
        options={FORM_OPTIONS}
        value={form}
        onChange={setForm}
        error={errors.find((e) => e.targetId === 'form')?.text}
      />
      <button type="submit" className="nhsuk-button">
        Start
      </button>
    </form>
  );
}
