import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../test/context.ts';
import { choose, phaseHeading, press, tick, typeInto } from '../test/steps.ts';
import { TestForm } from '../test/TestForm.tsx';

/** Answer the test form to the review page: a bruise (REFER, project rule) and nothing else. */
const toReview = async () => {
  await choose('Is the child in danger now?', 'No');
  await choose('Known to social care?', 'No');
  await choose('Who came with the child?', 'A parent');
  await press('Continue');
  await tick('Signs seen', 'Bruise');
  await typeInto('Visits in the past year', '2');
  await press('Continue');
  await typeInto('The concern in plain language', 'Bruise on the cheek of a 7-year-old.');
  await press('Continue');
};

describe('emergency', () => {
  it('shows the emergency card the moment the answer makes it an emergency, before Continue; then the form carries on', async () => {
    render(<TestForm />);
    await choose('Known to social care?', 'Yes');
    await choose('Is the child in danger now?', 'Yes');
    const card = screen.getByRole('region', { name: 'Immediate action required: Call 999 now' });
    expect(within(card).getByRole('heading', { name: /Call 999 now/ })).toHaveFocus();
    expect(card).toHaveTextContent('The child is in danger now.');
    expect(card).toHaveTextContent('Tell the safeguarding lead.');
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    await press('I have called 999');
    expect(phaseHeading()).toHaveTextContent('Phase 1 of 3: Safety now');
    expect(
      within(screen.getByRole('group', { name: 'Is the child in danger now?' })).getByRole('radio', {
        name: 'Yes',
      }),
    ).toBeChecked();
    expect(
      within(screen.getByRole('group', { name: 'Known to social care?' })).getByRole('radio', {
        name: 'Yes',
      }),
    ).toBeChecked();
    expect(screen.getByRole('status', { name: 'Safeguarding level' })).toHaveTextContent(
      'Emergency: call 999',
    );
  });
});

describe('check your answers', () => {
  it('lists the answers per phase; Change goes to the field and returns to the review', async () => {
    render(<TestForm />);
    await toReview();
    expect(phaseHeading()).toHaveTextContent('Check your answers');
    const row = (question: string) =>
      screen.getByRole('link', { name: `Change ${question}` }).closest('.nhsuk-summary-list__row');
    expect(within(screen.getByRole('region', { name: 'Safety now' })).getAllByRole('link')).toHaveLength(3);
    expect(row('Who came with the child?')).toHaveTextContent('A parent');
    expect(screen.getByRole('region', { name: 'What happened' })).toHaveTextContent('Bruise');
    await userEvent.click(screen.getByRole('link', { name: 'Change Who came with the child?' }));
    expect(phaseHeading()).toHaveTextContent('Phase 1 of 3: Safety now');
    expect(screen.getByRole('radio', { name: 'A parent' })).toHaveFocus();
    await choose('Who came with the child?', 'Someone else');
    await press('Save and return to check your answers');
    expect(phaseHeading()).toHaveTextContent('Check your answers');
    expect(row('Who came with the child?')).toHaveTextContent('Someone else');
  });
});

describe('outcome', () => {
  it('shows the level, what it means, the actions with deadlines and each reason with its rule and mark; then signs off', async () => {
    render(<TestForm />);
    await toReview();
    await press('Confirm and see the outcome');
    expect(phaseHeading()).toHaveTextContent('Test form: Outcome');
    expect(screen.getByRole('heading', { name: 'Urgent advice: Refer now' })).toBeInTheDocument();
    expect(screen.getByText(/Phone now and do not discharge until a plan is agreed/)).toBeInTheDocument();
    const actions = screen.getByRole('heading', { name: 'What to do now' }).nextElementSibling;
    expect(actions).toHaveTextContent(
      /^Phone now: the MASH in working hours.*When: phone now; writing followsTo do$/,
    );
    const reason = screen.getByText(/A bruise was seen\./);
    expect(reason).toHaveTextContent('A bruise was seen. (X-R2 (a))[PROJECT RULE]');
    expect(screen.getByText('Bruise on the cheek of a 7-year-old.')).toBeInTheDocument();
    expect(screen.queryByText('Provisional')).not.toBeInTheDocument();
    await press('Sign off');
    expect(screen.getByRole('link', { name: 'Enter your full name' })).toBeInTheDocument();
    await typeInto('Your full name', 'Sam Patel');
    await typeInto('Your role', 'Emergency nurse practitioner');
    await press('Sign off');
    expect(screen.getByRole('heading', { name: 'Signed off' }).parentElement).toHaveTextContent(
      'Sam Patel, Emergency nurse practitioner',
    );
    expect(screen.queryByRole('button', { name: 'Sign off' })).not.toBeInTheDocument();
  });

  it('cannot confirm with a required answer missing: the review lists what is missing', async () => {
    render(<TestForm />);
    await choose('Is the child in danger now?', 'No');
    await choose('Known to social care?', 'No');
    await choose('Who came with the child?', 'Nobody');
    await press('Continue');
    await tick('Signs seen', 'None of these');
    await typeInto('Visits in the past year', '0');
    await press('Continue');
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    await press('Continue');
    expect(phaseHeading()).toHaveTextContent('Phase 3 of 3: Sharing');
    await press('Continue');
    expect(
      screen.getByRole('link', { name: 'Answer "The concern in plain language" (E1)' }),
    ).toBeInTheDocument();
  });
});

describe('saving', () => {
  it('saves every answer and resumes at the same phase with the same answers', async () => {
    const storage = memoryStorage();
    const first = render(<TestForm storage={storage} />);
    await choose('Is the child in danger now?', 'No');
    await choose('Known to social care?', 'No');
    await choose('Who came with the child?', 'A parent');
    await press('Continue');
    await tick('Signs seen', 'Cut');
    expect(screen.getByText(/^Saved/)).toHaveTextContent(/Saved \d\d:\d\d/);
    first.unmount();
    render(<TestForm storage={storage} />);
    expect(phaseHeading()).toHaveTextContent('Phase 2 of 3: What happened');
    expect(screen.getByRole('checkbox', { name: 'Cut' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'Date of the injury' })).toBeInTheDocument();
    await press('Back');
    expect(screen.getByRole('radio', { name: 'A parent' })).toBeChecked();
  });

  it('assesses a resumed draft again, so a stale saved evaluation is not shown', async () => {
    const storage = memoryStorage();
    const first = render(<TestForm storage={storage} />);
    await choose('Who came with the child?', 'Nobody');
    first.unmount();
    const saved = JSON.parse(storage.getItem('test') ?? '{}');
    saved.snapshot.context.evaluation.firings = [];
    saved.snapshot.context.evaluation.level = 'NO_CONCERN';
    storage.setItem('test', JSON.stringify(saved));
    render(<TestForm storage={storage} />);
    expect(screen.getByRole('status', { name: 'Safeguarding level' })).toHaveTextContent(
      'The child came alone.',
    );
  });

  it('starts afresh when the saved draft is unreadable', () => {
    const storage = memoryStorage();
    storage.setItem('test', '{"version":1,"proforma":"paediatric-triage","signature":"x","snapshot":{}}');
    render(<TestForm storage={storage} />);
    expect(phaseHeading()).toHaveTextContent('Phase 1 of 3');
  });
});
