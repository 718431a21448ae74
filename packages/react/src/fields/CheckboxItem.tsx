interface CheckboxItemProps {
  id: string;
  name: string;
  value: string;
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  onBlur?: () => void;
}

/** One native checkbox with its label and hint (space toggles it). */
export function CheckboxItem({
  id,
  name,
  value,
  label,
  hint,
  checked,
  disabled,
  onChange,
  onBlur,
}: CheckboxItemProps) {
  const hintId = hint ? `${id}-item-hint` : undefined;
  return (
    <div className="nhsuk-checkboxes__item">
      <input
        className="nhsuk-checkboxes__input"
        id={id}
        name={name}
        type="checkbox"
        value={value}
        checked={checked}
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.currentTarget.checked)}
        onBlur={onBlur}
      />
      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint nhsuk-checkboxes__hint" id={hintId}>
          {hint}
        </div>
      )}
    </div>
  );
}
