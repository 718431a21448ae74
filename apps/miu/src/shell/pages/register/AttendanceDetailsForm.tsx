import type { AttendanceReason } from '@proformas/core';
import {
  CheckboxesField,
  ErrorSummary,
  RadiosField,
  TextareaField,
  type ErrorSummaryItem,
} from '@proformas/react';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { registerAttendance } from '../../api/attendances.ts';
import type { Companion, Patient } from '../../api/types.ts';
import { formatNhsNumber, fullName } from '../../components/format.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { CompanionRows } from './CompanionRows.tsx';
import { REASON_OPTIONS } from './reasons.ts';

const FIELDS = {
  presentingComplaint: 'complaint',
  reasons: 'reasons',
  accompaniedBy: 'came-with',
  companions: 'companion-0-name',
};

/** Who came with the patient and their relationship, the presenting complaint and the reasons. */
export function AttendanceDetailsForm({ patient, onBack }: { patient: Patient; onBack: () => void }) {
  const [, navigate] = useLocation();
  const [id] = useState(() => crypto.randomUUID());
  const [complaint, setComplaint] = useState<string>();
  const [reasons, setReasons] = useState<string[]>();
  const [cameWith, setCameWith] = useState<string>();
  const [companions, setCompanions] = useState<Companion[]>([{ name: '', relationship: '' }]);
  const submit = useSubmit();
  const error = (id: string) => submit.errors.find((e) => e.targetId === id)?.text;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const people = cameWith === 'yes' ? companions.filter((c) => c.name.trim() || c.relationship.trim()) : [];
    const problems: ErrorSummaryItem[] = [];
    if (!complaint?.trim())
      problems.push({ targetId: FIELDS.presentingComplaint, text: 'Enter why they have come today' });
    if (!reasons?.length) problems.push({ targetId: FIELDS.reasons, text: 'Choose at least one reason' });
    if (!cameWith)
      problems.push({ targetId: FIELDS.accompaniedBy, text: 'Say whether anyone came with them' });
    if (
      cameWith === 'yes' &&
      (people.length === 0 || people.some((c) => !c.name.trim() || !c.relationship.trim()))
    )
      problems.push({
        targetId: FIELDS.companions,
        text: 'Enter the name and relationship of each person who came with them',
      });
    if (problems.length > 0) return submit.fail(problems);
    const attendance = await submit.run(
      () =>
        registerAttendance({
          id,
          patientId: patient.id,
          presentingComplaint: complaint?.trim() ?? '',
          reasons: (reasons ?? []) as AttendanceReason[],
          accompaniedBy: people.map((c) => ({ name: c.name.trim(), relationship: c.relationship.trim() })),
        }),
      FIELDS,
      FIELDS.presentingComplaint,
    );
    if (attendance) navigate(`/attendances/${attendance.id}`);
  };
  return (
    <>
      <ErrorSummary errors={submit.errors} focusKey={submit.round} />
      <div className="nhsuk-inset-text">
        <p>
          <strong>{fullName(patient)}</strong>, NHS number {formatNhsNumber(patient.nhsNumber)}
        </p>
      </div>
      <form onSubmit={onSubmit} noValidate>
        <TextareaField
          id={FIELDS.presentingComplaint}
          label="Why have they come today? (presenting complaint)"
          value={complaint}
          onChange={setComplaint}
          error={error(FIELDS.presentingComplaint)}
        />
        <CheckboxesField
          id={FIELDS.reasons}
          label="Reasons for the attendance"
          hint="Tick all that apply"
          options={REASON_OPTIONS}
          value={reasons}
          onChange={setReasons}
          error={error(FIELDS.reasons)}
        />
        <RadiosField
          id={FIELDS.accompaniedBy}
          label="Did anyone come with them?"
          options={[
            { code: 'yes', label: 'Yes' },
            { code: 'no', label: 'No, they came alone' },
          ]}
          value={cameWith}
          onChange={setCameWith}
          error={error(FIELDS.accompaniedBy) ?? error(FIELDS.companions)}
        />
        {cameWith === 'yes' && <CompanionRows rows={companions} onChange={setCompanions} />}
        <div className="nhsuk-u-margin-top-5">
          <button type="submit" className="nhsuk-button" disabled={submit.busy}>
            Register the attendance
          </button>{' '}
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onBack}>
            Choose another patient
          </button>
        </div>
      </form>
    </>
  );
}
