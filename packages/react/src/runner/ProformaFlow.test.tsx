import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TestForm } from '../test/TestForm.tsx';

const choose = async (question: string, option: string) =>
  userEvent.click(within(screen.getByRole('group', { name: question })).getByRole('radio', { name: option }));
const continueOn = () => userEvent.click(screen.getByRole('button', { name: 'Continue' }));

const answerFirstPhase = async () => {
  await choose('Is the child in danger now?', 'No');
  await choose('Known to social care?', 'Not known');
  await choose('Who came with the child?', 'A parent');
};

describe('the runner', () => {
  it('shows one phase per page with a step indicator, and moves on and back', async () => {
    render(<TestForm />);
    expect(screen.getByRole('heading', { level: 1, name: 'Phase 1 of 3: Safety now' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
    await answerFirstPhase();
    await continueOn();
    const heading = screen.getByRole('heading', { level: 1, name: 'Phase 2 of 3: What happened' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('navigation', { name: 'Sections of this form' })).toHaveTextContent(
      'What happened',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Phase 1 of 3: Safety now' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'A parent' })).toBeChecked();
  });

  it('reveals a conditional item as soon as the answer needs it, and drops it again', async () => {
    render(<TestForm />);
    await continueOn();
    await choose('Known to social care?', 'Yes');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.queryByRole('textbox', { name: 'What is the danger?' })).not.toBeInTheDocument();
    await choose('Is the child in danger now?', 'Yes');
    await userEvent.click(screen.getByRole('button', { name: 'I have called 999' }));
    const details = screen.getByRole('textbox', { name: 'What is the danger?' });
    await userEvent.type(details, 'A threat');
    await choose('Is the child in danger now?', 'No');
    expect(screen.queryByRole('textbox', { name: 'What is the danger?' })).not.toBeInTheDocument();
    await choose('Is the child in danger now?', 'Yes');
    expect(screen.getByRole('textbox', { name: 'What is the danger?' })).toHaveValue('');
  });

  it('on a failed Continue, focuses the error summary; each error links to its field; messages come from core', async () => {
    render(<TestForm />);
    await choose('Known to social care?', 'Yes');
    await continueOn();
    const summary = screen.getByRole('alert');
    expect(summary.parentElement).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Answer "Is the child in danger now?" (X1)',
      'Answer "Who came with the child?" (X3)',
    ]);
    await userEvent.click(links[1]!);
    expect(screen.getByRole('radio', { name: 'A parent' })).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Who came with the child?' })).toHaveAccessibleDescription(
      'Error: Answer "Who came with the child?" (X3)',
    );
    expect(screen.getByRole('radio', { name: 'Yes', checked: true })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Phase 1 of 3');
  });

  it('keeps badly formed input on screen and says what is wrong', async () => {
    render(<TestForm />);
    await answerFirstPhase();
    await continueOn();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Bruise' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Visits in the past year' }), '3x');
    await userEvent.type(
      within(screen.getByRole('group', { name: 'Date of the injury' })).getByRole('textbox', { name: 'Day' }),
      '31',
    );
    await userEvent.type(
      within(screen.getByRole('group', { name: 'Date of the injury' })).getByRole('textbox', {
        name: 'Month',
      }),
      '2',
    );
    await userEvent.type(
      within(screen.getByRole('group', { name: 'Date of the injury' })).getByRole('textbox', {
        name: 'Year',
      }),
      '2025',
    );
    await continueOn();
    const links = within(screen.getByRole('alert'))
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(links).toEqual([
      'Enter a whole number for "Visits in the past year" (X5), using digits only',
      'Enter a real date for "Date of the injury" (X6): day, month and a 4-digit year',
    ]);
    expect(screen.getByRole('textbox', { name: 'Visits in the past year' })).toHaveValue('3x');
    expect(screen.getByRole('checkbox', { name: 'Bruise' })).toBeChecked();
    await userEvent.clear(screen.getByRole('textbox', { name: 'Visits in the past year' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Visits in the past year' }), '120');
    await continueOn();
    expect(
      screen.getByRole('link', { name: '"Visits in the past year" (X5) must be 99 or less' }),
    ).toBeInTheDocument();
  });

  it('shows the level banner with the first reason once a rule has fired', async () => {
    render(<TestForm />);
    expect(screen.getByRole('status', { name: 'Safeguarding level' })).toBeEmptyDOMElement();
    await choose('Who came with the child?', 'Nobody');
    expect(screen.getByRole('status', { name: 'Safeguarding level' })).toHaveTextContent(
      'Discuss before discharge',
    );
    expect(screen.getByRole('status', { name: 'Safeguarding level' })).toHaveTextContent(
      'The child came alone.',
    );
  });
});
