import { DateInputs } from './DateInputs.tsx';
import { Fieldset } from './Fieldset.tsx';
import { dateTimeFromParts, partsFromDateTime, type DateTimeParts } from './dateParts.ts';
import type { BaseFieldProps, ValueProps } from './fieldProps.ts';
import { useDraft } from './useDraft.ts';

type DateTimeFieldProps = BaseFieldProps & ValueProps<string>;

/** A date and a 24-hour time, UK time; the answer is ISO 8601 with the Europe/London offset. */
export function DateTimeField({
  id,
  label,
  hint,
  error,
  disabled,
  onBlur,
  value,
  onChange,
}: DateTimeFieldProps) {
  const [parts, setParts] = useDraft(value, partsFromDateTime, dateTimeFromParts);
  const update = (part: string, text: string) => {
    const next: DateTimeParts = { ...parts, [part]: text };
    setParts(next);
    onChange(dateTimeFromParts(next));
  };
  const fullHint = [hint, 'For example, 15 3 2024 and 14:30 (24-hour clock, UK time)']
    .filter(Boolean)
    .join('. ');
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
          { part: 'time', label: 'Time', value: parts.time, width: 5 },
        ]}
      />
    </Fieldset>
  );
}
