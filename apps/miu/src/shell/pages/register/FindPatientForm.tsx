import { DateField, ErrorSummary, RadiosField, TextInputField } from '@proformas/react';
import { useState, type FormEvent } from 'react';
import { findByName, findByNhsNumber } from '../../api/patients.ts';
import type { Patient } from '../../api/types.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { PatientResults } from './PatientResults.tsx';

const FIELDS = {
  nhsNumber: 'nhs-number',
  familyName: 'family-name',
  dateOfBirth: 'date-of-birth',
  givenName: 'given-name',
};

/** Find a patient by NHS number, or by family name and date of birth. */
export function FindPatientForm({ onChoose, onAdd }: { onChoose: (p: Patient) => void; onAdd: () => void }) {
  const [by, setBy] = useState<string | undefined>('nhs');
  const [nhsNumber, setNhsNumber] = useState<string>();
  const [familyName, setFamilyName] = useState<string>();
  const [givenName, setGivenName] = useState<string>();
  const [dateOfBirth, setDateOfBirth] = useState<string>();
  const [found, setFound] = useState<Patient[]>();
  const submit = useSubmit();
  const error = (id: string) => submit.errors.find((e) => e.targetId === id)?.text;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (by === 'nhs' && !nhsNumber)
      return submit.fail([{ targetId: FIELDS.nhsNumber, text: 'Enter the NHS number' }]);
    if (by === 'name' && (!familyName || !dateOfBirth))
      return submit.fail([
        ...(!familyName ? [{ targetId: FIELDS.familyName, text: 'Enter the family name' }] : []),
        ...(!dateOfBirth ? [{ targetId: FIELDS.dateOfBirth, text: 'Enter the date of birth' }] : []),
      ]);
    const result = await submit.run(
      () =>
        by === 'nhs'
          ? findByNhsNumber(nhsNumber ?? '')
          : findByName(familyName ?? '', dateOfBirth ?? '', givenName),
      FIELDS,
      by === 'nhs' ? FIELDS.nhsNumber : FIELDS.familyName,
    );
    if (result) setFound(result);
  };
  return (
    <>
      <ErrorSummary errors={submit.errors} focusKey={submit.round} />
      <form onSubmit={onSubmit} noValidate>
        <RadiosField
          id="search-by"
          label="Find the patient by"
          options={[
            { code: 'nhs', label: 'NHS number' },
            { code: 'name', label: 'Name and date of birth' },
          ]}
          value={by}
          onChange={(v) => {
            setBy(v);
            setFound(undefined);
          }}
        />
        {by === 'nhs' ? (
          <TextInputField
            id={FIELDS.nhsNumber}
            label="NHS number"
            hint="10 digits, for example 999 001 0005"
            value={nhsNumber}
            onChange={setNhsNumber}
            error={error(FIELDS.nhsNumber)}
          />
        ) : (
          <>
            <TextInputField
              id={FIELDS.familyName}
              label="Family name"
              value={familyName}
              onChange={setFamilyName}
              error={error(FIELDS.familyName)}
            />
            <TextInputField
              id={FIELDS.givenName}
              label="Given name (optional)"
              value={givenName}
              onChange={setGivenName}
            />
            <DateField
              id={FIELDS.dateOfBirth}
              label="Date of birth"
              hint="For example, 27 3 2019"
              value={dateOfBirth}
              onChange={setDateOfBirth}
              error={error(FIELDS.dateOfBirth)}
            />
          </>
        )}
        <button type="submit" className="nhsuk-button" disabled={submit.busy}>
          Find patient
        </button>
      </form>
      {found && <PatientResults patients={found} onChoose={onChoose} />}
      <p className="nhsuk-body">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onAdd}>
          Add a new patient
        </button>
      </p>
    </>
  );
}
