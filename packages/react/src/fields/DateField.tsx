import { DateInputs } from './DateInputs.tsx';
import { Fieldset } from './Fieldset.tsx';
import { dateFromParts, partsFromDate, type DateParts } from './dateParts.ts';
import type { BaseFieldProps, ValueProps } from './fieldProps.ts';
import { useDraft } from './useDraft.ts';

type DateFieldProps = BaseFieldProps & ValueProps<string>;

/** A date in three boxes (day, month, year); the answer is 'YYYY-MM-DD'. */
export function DateField({ id, label, hint, error, disabled, onBlur, value, onChange }: DateFieldProps) {
  const [parts, setParts] = useDraft(value, partsFromDate, dateFromParts);
  const update = (part: string, text: string) => {
    const next: DateParts = { ...parts, [part]: text };
    setParts(next);
    onChange(dateFromParts(next));
  };
  const fullHint = [hint, 'For example, 15 3 2024'].filter(Boolean).join('. ');
  return (
    <Fieldset id={id} legend={label} hint={fullHint} error={error} role="group">
      <DateInputs
        id={id}
        error={Boolean(error)}
        disabled={disabled}
        onBlur={onBlur}
        onChange={update}
        boxes={[
          { part: 'day', label: 'Day', value: parts.day, width: 2 },
          { part: 'month', label: 'Month', value: parts.month, width: 2 },
          { part: 'year', label: 'Year', value: parts.year, width: 4 },
        ]}
      />
    </Fieldset>
  );
}
