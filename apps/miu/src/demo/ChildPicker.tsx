import { ageAt, describeAge } from '@proformas/core';
import { ErrorSummary, formatDate, RadiosField } from '@proformas/react';
import { useState } from 'react';
import { dateOfBirth, type DemoChild } from './children.ts';
import { formatNhsNumber } from './nhsNumber.ts';

interface ChildPickerProps {
  children: readonly DemoChild[];
  arrivedAt: string;
  onStart: (child: DemoChild) => void;
}

/** Choose one of the synthetic children, then start their triage. */
export function ChildPicker({ children, arrivedAt, onStart }: ChildPickerProps) {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [tried, setTried] = useState(0);
  const error = tried > 0 && !chosen ? 'Choose a child to start their triage' : undefined;
  const options = children.map((child) => {
    const dob = dateOfBirth(child, arrivedAt.slice(0, 10));
    const age = ageAt(dob, arrivedAt);
    return {
      code: child.id,
      label: `${child.name}, ${age ? describeAge(age) : ''}`,
      hint: `NHS number ${formatNhsNumber(child.nhsNumber)}. Born ${formatDate(dob)}. ${child.complaint}.`,
    };
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const child = children.find((c) => c.id === chosen);
        if (child) onStart(child);
        else setTried((n) => n + 1);
      }}
    >
      <h1 className="nhsuk-heading-l">Start a paediatric safeguarding triage</h1>
      <p className="nhsuk-body">
        These children are made up for this demonstration. Choose one to complete their triage as if they had
        just arrived at the minor injury unit.
      </p>
      {error && <ErrorSummary errors={[{ targetId: 'child', text: error }]} focusKey={tried} />}
      <RadiosField
        id="child"
        label="Which child has arrived?"
        options={options}
        value={chosen}
        onChange={setChosen}
        error={error}
      />
      <button type="submit" className="nhsuk-button">
        Start the triage
      </button>
    </form>
  );
}
