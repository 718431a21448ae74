import { TextInputField } from '@proformas/react';
import type { Companion } from '../../api/types.ts';

/** Who came with the patient: a name and relationship per person, with Add another and Remove. */
export function CompanionRows({
  rows,
  onChange,
}: {
  rows: Companion[];
  onChange: (rows: Companion[]) => void;
}) {
  const change = (index: number, part: Partial<Companion>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...part } : row)));
  return (
    <>
      {rows.map((row, i) => (
        <fieldset className="nhsuk-fieldset app-companion" key={i}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            Person {i + 1} who came with them
          </legend>
          <TextInputField
            id={`companion-${i}-name`}
            label="Their name"
            value={row.name || undefined}
            onChange={(v) => change(i, { name: v ?? '' })}
          />
          <TextInputField
            id={`companion-${i}-relationship`}
            label="Their relationship to the patient"
            hint="For example mother, foster carer, partner, friend, police officer"
            value={row.relationship || undefined}
            onChange={(v) => change(i, { relationship: v ?? '' })}
          />
          {rows.length > 1 && (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              Remove person {i + 1}
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => onChange([...rows, { name: '', relationship: '' }])}
      >
        Add another person
      </button>
    </>
  );
}
