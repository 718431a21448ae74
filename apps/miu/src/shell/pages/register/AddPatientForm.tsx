import type { Sex } from '@proformas/core';
import { DateField, ErrorSummary, RadiosField, TextInputField } from '@proformas/react';
import { useState, type FormEvent } from 'react';
import { addPatient } from '../../api/patients.ts';
import type { Patient } from '../../api/types.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';

const FIELDS = {
  nhsNumber: 'new-nhs-number',
  givenName: 'new-given-name',
  familyName: 'new-family-name',
  dateOfBirth: 'new-date-of-birth',
  sex: 'new-sex',
};
const SEXES = [
  { code: 'female', label: 'Female' },
  { code: 'male', label: 'Male' },
  { code: 'indeterminate', label: 'Indeterminate' },
  { code: 'unknown', label: 'Not known' },
];

/** Add a patient who is not registered yet (the NHS number is optional). */
export function AddPatientForm({ onAdded, onBack }: { onAdded: (p: Patient) => void; onBack: () => void }) {
  const [values, setValues] = useState<Partial<Record<keyof typeof FIELDS, string>>>({});
  const [id] = useState(() => crypto.randomUUID());
  const submit = useSubmit();
  const set = (key: keyof typeof FIELDS) => (value: string | undefined) =>
    setValues((v) => ({ ...v, [key]: value }));
  const error = (key: keyof typeof FIELDS) => submit.errors.find((e) => e.targetId === FIELDS[key])?.text;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = (['givenName', 'familyName', 'dateOfBirth', 'sex'] as const).filter((k) => !values[k]);
    if (missing.length > 0)
      return submit.fail(
        missing.map((k) => ({
          targetId: FIELDS[k],
          text: `Enter the ${k === 'sex' ? 'sex' : k === 'dateOfBirth' ? 'date of birth' : k === 'givenName' ? 'given name' : 'family name'}`,
        })),
      );
    const patient = await submit.run(
      () =>
        addPatient({
          id,
          nhsNumber: values.nhsNumber?.replace(/[\s-]/g, '') || null,
          givenName: values.givenName ?? '',
          familyName: values.familyName ?? '',
          dateOfBirth: values.dateOfBirth ?? '',
          sex: values.sex as Sex,
        }),
      FIELDS,
      FIELDS.givenName,
    );
    if (patient) onAdded(patient);
  };
  return (
    <>
      <ErrorSummary errors={submit.errors} focusKey={submit.round} />
      <form onSubmit={onSubmit} noValidate>
        <TextInputField
          id={FIELDS.givenName}
          label="Given name"
          value={values.givenName}
          onChange={set('givenName')}
          error={error('givenName')}
        />
        <TextInputField
          id={FIELDS.familyName}
          label="Family name"
          value={values.familyName}
          onChange={set('familyName')}
          error={error('familyName')}
        />
        <DateField
          id={FIELDS.dateOfBirth}
          label="Date of birth"
          value={values.dateOfBirth}
          onChange={set('dateOfBirth')}
          error={error('dateOfBirth')}
        />
        <RadiosField
          id={FIELDS.sex}
          label="Sex"
          options={SEXES}
          value={values.sex}
          onChange={set('sex')}
          error={error('sex')}
        />
        <TextInputField
          id={FIELDS.nhsNumber}
          label="NHS number (if known)"
          value={values.nhsNumber}
          onChange={set('nhsNumber')}
          error={error('nhsNumber')}
        />
        <button type="submit" className="nhsuk-button" disabled={submit.busy}>
          Add patient
        </button>{' '}
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onBack}>
          Back to search
        </button>
      </form>
    </>
  );
}
