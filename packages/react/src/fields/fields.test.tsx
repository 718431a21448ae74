import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Controlled } from '../test/Controlled.tsx';
import { CheckboxesField } from './CheckboxesField.tsx';
import { DateField } from './DateField.tsx';
import { DateTimeField } from './DateTimeField.tsx';
import { IntegerField } from './IntegerField.tsx';
import { RadiosField } from './RadiosField.tsx';
import { TextareaField } from './TextareaField.tsx';
import { TextInputField } from './TextInputField.tsx';

const yesNo = [
  { code: 'yes', label: 'Yes' },
  { code: 'no', label: 'No' },
];
const signs = [
  { code: 'cut', label: 'Cut' },
  { code: 'bruise', label: 'Bruise' },
  { code: 'none', label: 'None of these', exclusive: true },
];

describe('RadiosField', () => {
  it('chooses an option by click and by arrow key, as native radios do', async () => {
    const onValue = vi.fn();
    render(
      <Controlled<string>
        onValue={onValue}
        render={(p) => <RadiosField id="danger" label="In danger now?" inline options={yesNo} {...p} />}
      />,
    );
    const group = screen.getByRole('group', { name: 'In danger now?' });
    await userEvent.click(within(group).getByRole('radio', { name: 'Yes' }));
    expect(onValue).toHaveBeenLastCalledWith('yes');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    expect(onValue).toHaveBeenLastCalledWith('no');
  });

  it('shows an inline error linked to the fieldset, with a hidden "Error:" prefix', () => {
    render(
      <RadiosField
        id="danger"
        label="In danger now?"
        hint="Think of threats"
        options={yesNo}
        value={undefined}
        onChange={() => {}}
        error="Answer the question"
      />,
    );
    const group = screen.getByRole('group', { name: 'In danger now?' });
    expect(group).toHaveAccessibleDescription('Think of threats Error: Answer the question');
    expect(screen.getByText('Error:')).toHaveClass('nhsuk-u-visually-hidden');
  });

  it('can be disabled', () => {
    render(
      <RadiosField
        id="danger"
        label="In danger now?"
        options={yesNo}
        value="no"
        onChange={() => {}}
        disabled
      />,
    );
    expect(screen.getByRole('radio', { name: 'No' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
  });
});

describe('CheckboxesField', () => {
  it('ticks several options', async () => {
    const onValue = vi.fn();
    render(
      <Controlled<string[]>
        onValue={onValue}
        render={(p) => <CheckboxesField id="signs" label="Signs" options={signs} {...p} />}
      />,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Bruise' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cut' }));
    expect(onValue).toHaveBeenLastCalledWith(['cut', 'bruise']);
  });

  it('ticking "None" clears the others, and ticking another clears "None"', async () => {
    const onValue = vi.fn();
    render(
      <Controlled<string[]>
        initial={['cut', 'bruise']}
        onValue={onValue}
        render={(p) => <CheckboxesField id="signs" label="Signs" options={signs} {...p} />}
      />,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'None of these' }));
    expect(onValue).toHaveBeenLastCalledWith(['none']);
    expect(screen.getByRole('checkbox', { name: 'Cut' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cut' }));
    expect(onValue).toHaveBeenLastCalledWith(['cut']);
    expect(screen.getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
  });

  it('toggles with the space bar', async () => {
    const onValue = vi.fn();
    render(
      <Controlled<string[]>
        onValue={onValue}
        render={(p) => <CheckboxesField id="signs" label="Signs" options={signs} {...p} />}
      />,
    );
    screen.getByRole('checkbox', { name: 'Cut' }).focus();
    await userEvent.keyboard(' ');
    expect(onValue).toHaveBeenLastCalledWith(['cut']);
  });

  it('shows an error', () => {
    render(
      <CheckboxesField
        id="signs"
        label="Signs"
        options={signs}
        value={[]}
        onChange={() => {}}
        error="Tick at least one"
      />,
    );
    expect(screen.getByRole('group', { name: 'Signs' })).toHaveAccessibleDescription(
      'Select all that apply. Error: Tick at least one',
    );
  });
});

describe('text fields', () => {
  it('types into a text area; an emptied box is no answer', async () => {
    const onValue = vi.fn();
    render(
      <Controlled<string>
        onValue={onValue}
        render={(p) => <TextareaField id="words" label="What was said" {...p} />}
      />,
    );
    const box = screen.getByRole('textbox', { name: 'What was said' });
    await userEvent.type(box, 'Hi');
    expect(onValue).toHaveBeenLastCalledWith('Hi');
    await userEvent.clear(box);
    expect(onValue).toHaveBeenLastCalledWith(undefined);
  });

  it('shows an error on a short input and can be disabled', () => {
    render(
      <TextInputField id="name" label="Name" value="Sam" onChange={() => {}} error="Too short" disabled />,
    );
    const box = screen.getByRole('textbox', { name: 'Name' });
    expect(box).toHaveAccessibleDescription('Error: Too short');
    expect(box).toHaveClass('nhsuk-input--error');
    expect(box).toBeDisabled();
  });
});

describe('IntegerField', () => {
  it('gives a number for digits and keeps other text as typed', async () => {
    const onValue = vi.fn();
    render(
      <Controlled<number | string>
        onValue={onValue}
        render={(p) => <IntegerField id="visits" label="Visits" min={0} {...p} />}
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Visits' });
    expect(box).toHaveAttribute('inputmode', 'numeric');
    await userEvent.type(box, '12');
    expect(onValue).toHaveBeenLastCalledWith(12);
    await userEvent.type(box, 'x');
    expect(onValue).toHaveBeenLastCalledWith('12x');
    expect(box).toHaveValue('12x');
  });
});

describe('DateField', () => {
  it('makes YYYY-MM-DD from day, month and year', async () => {
    const onValue = vi.fn();
    render(
      <Controlled<string>
        onValue={onValue}
        render={(p) => <DateField id="dob" label="Date of the injury" {...p} />}
      />,
    );
    const group = screen.getByRole('group', { name: 'Date of the injury' });
    await userEvent.type(within(group).getByRole('textbox', { name: 'Day' }), '7');
    await userEvent.type(within(group).getByRole('textbox', { name: 'Month' }), '3');
    await userEvent.type(within(group).getByRole('textbox', { name: 'Year' }), '2025');
    expect(onValue).toHaveBeenLastCalledWith('2025-03-07');
  });

  it('keeps what was typed when it is not a real date', async () => {
    const onValue = vi.fn();
    render(
      <Controlled<string> onValue={onValue} render={(p) => <DateField id="dob" label="Date" {...p} />} />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Day' }), '31');
    await userEvent.type(screen.getByRole('textbox', { name: 'Month' }), '2');
    await userEvent.type(screen.getByRole('textbox', { name: 'Year' }), '2025');
    expect(onValue).toHaveBeenLastCalledWith('2025-2-31');
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveValue('31');
  });

  it('shows a value, an error and a disabled state', () => {
    render(
      <DateField
        id="dob"
        label="Date"
        value="2024-11-02"
        onChange={() => {}}
        error="Enter a real date"
        disabled
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveValue('2');
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveValue('11');
    expect(screen.getByRole('textbox', { name: 'Year' })).toBeDisabled();
    expect(screen.getByRole('group', { name: 'Date' })).toHaveAccessibleDescription(
      'For example, 15 3 2024 Error: Enter a real date',
    );
  });
});

describe('DateTimeField', () => {
  it('gives ISO 8601 with the London offset, summer time included', async () => {
    const onValue = vi.fn();
    render(
      <Controlled<string>
        onValue={onValue}
        render={(p) => <DateTimeField id="at" label="When did it happen?" {...p} />}
      />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Day' }), '1');
    await userEvent.type(screen.getByRole('textbox', { name: 'Month' }), '7');
    await userEvent.type(screen.getByRole('textbox', { name: 'Year' }), '2024');
    await userEvent.type(screen.getByRole('textbox', { name: 'Time' }), '14:30');
    expect(onValue).toHaveBeenLastCalledWith('2024-07-01T14:30:00+01:00');
  });

  it('reads an instant back as UK time', () => {
    render(<DateTimeField id="at" label="When" value="2025-03-10T09:05:00Z" onChange={() => {}} />);
    expect(screen.getByRole('textbox', { name: 'Time' })).toHaveValue('09:05');
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveValue('10');
  });
});

describe('CheckboxesField with a "none" box (an empty list is an answer)', () => {
  it('records an empty list for "None of these", and no answer when nothing is ticked', async () => {
    const onValue = vi.fn();
    const patterns = signs.slice(0, 2);
    render(
      <Controlled<string[]>
        onValue={onValue}
        render={(p) => (
          <CheckboxesField id="p" label="Patterns" options={patterns} noneLabel="None of these" {...p} />
        )}
      />,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'None of these' }));
    expect(onValue).toHaveBeenLastCalledWith([]);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cut' }));
    expect(onValue).toHaveBeenLastCalledWith(['cut']);
    expect(screen.getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cut' }));
    expect(onValue).toHaveBeenLastCalledWith(undefined);
  });
});
