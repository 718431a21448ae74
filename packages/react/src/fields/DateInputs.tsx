import { cx } from './fieldProps.ts';

export interface DateBox {
  /** Which part it holds: day, month, year or time. */
  part: string;
  label: string;
  value: string;
  width: 2 | 4 | 5;
}

interface DateInputsProps {
  /** The first box takes this id; the others add their part name. */
  id: string;
  boxes: readonly DateBox[];
  error?: boolean;
  disabled?: boolean;
  onChange: (part: string, text: string) => void;
  onBlur?: () => void;
}

/** The row of small labelled boxes of the NHS date input. */
export function DateInputs({ id, boxes, error, disabled, onChange, onBlur }: DateInputsProps) {
  return (
    <div className="nhsuk-date-input" id={`${id}-input`}>
      {boxes.map((box, index) => {
        const boxId = index === 0 ? id : `${id}-${box.part}`;
        return (
          <div className="nhsuk-date-input__item" key={box.part}>
            <div className={cx('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={boxId}>
                {box.label}
              </label>
              <input
                className={cx(
                  'nhsuk-input',
                  `nhsuk-input--width-${box.width}`,
                  'nhsuk-date-input__input',
                  error && 'nhsuk-input--error',
                )}
                id={boxId}
                name={`${id}-${box.part}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                value={box.value}
                disabled={disabled}
                onChange={(event) => onChange(box.part, event.currentTarget.value)}
                onBlur={onBlur}
              />
            </div>
          </div>
        );
      })}
    </div>
  );
}
