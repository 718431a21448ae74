import { getProforma, LEVEL_LABELS, paediatricTriageFixtures, type ProformaFixture } from '@proformas/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { attendance } from '../../test/context.ts';
import { choose, phaseHeading, press, tick, typeInto } from '../../test/steps.ts';
import { PaediatricTriageForm } from './PaediatricTriageForm.tsx';

const fixture = (name: string): ProformaFixture => {
  const found = paediatricTriageFixtures.find((f) => f.name === name);
  if (!found) throw new Error(`No fixture "${name}"`);
  return found;
};

describe('paediatric triage', () => {
  it('shows the emergency card as soon as B14 is answered yes, before Continue', async () => {
    render(<PaediatricTriageForm context={attendance('2017-08-20')} storage={null} />);
    expect(phaseHeading()).toHaveTextContent(
      `Phase 1 of ${getProforma('paediatric-triage').phases.length}: Safety now`,
    );
    await choose('Is any child in immediate danger now?', 'Yes');
    const card = screen.getByRole('region', { name: 'Immediate action required: Call 999 now' });
    expect(within(card).getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    await press('I have called 999');
    expect(phaseHeading()).toHaveTextContent('Safety now');
    expect(screen.getByRole('status', { name: 'Safeguarding level' })).toHaveTextContent(
      LEVEL_LABELS.EMERGENCY,
    );
  });

  it('walks a complete no-concern triage through every phase to the outcome and sign-off', async () => {
    const fx = fixture('4-year-old with a chest infection (health visitor until 5)');
    render(<PaediatricTriageForm context={fx.context} answers={fx.answers} storage={null} />);
    const phases = getProforma('paediatric-triage').phases;
    for (const [index, phase] of phases.entries()) {
      expect(phaseHeading()).toHaveTextContent(`Phase ${index + 1} of ${phases.length}: ${phase.title}`);
      if (phase.id === 'linkedForms')
        expect(screen.getByText(/this attendance needs these other forms/)).toBeInTheDocument();
      await press('Continue');
    }
    expect(phaseHeading()).toHaveTextContent('Check your answers');
    await press('Confirm and see the outcome');
    expect(screen.getByText(LEVEL_LABELS.NO_CONCERN)).toHaveClass('nhsuk-tag--green');
    expect(screen.getByRole('heading', { name: 'What to do now' }).nextElementSibling).toHaveTextContent(
      'Send the routine attendance summary',
    );
    await typeInto('Your full name', 'Alex Morgan');
    await typeInto('Your role', 'Emergency nurse practitioner');
    await press('Sign off');
    expect(screen.getByRole('heading', { name: 'Signed off' })).toBeInTheDocument();
  });

  it('opens on the emergency card when the answers already make it an emergency', () => {
    const fx = fixture('3-year-old whose drunk father is trying to take him out of the department');
    render(<PaediatricTriageForm context={fx.context} answers={fx.answers} storage={null} />);
    expect(
      screen.getByRole('region', { name: 'Immediate action required: Call 999 now' }),
    ).toBeInTheDocument();
  });

  it('stops on a phase with a required answer missing, naming it (message from core)', async () => {
    render(<PaediatricTriageForm context={attendance('2017-08-20')} storage={null} />);
    await press('Continue');
    const summary = screen.getByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Record whether any child is in immediate danger now (B14)',
      }),
    ).toBeInTheDocument();
    await userEvent.click(within(summary).getByRole('link'));
    expect(
      within(screen.getByRole('group', { name: 'Is any child in immediate danger now?' })).getByRole(
        'radio',
        { name: 'Yes' },
      ),
    ).toHaveFocus();
  });
});

describe('paediatric triage banners', () => {
  it('shows a banner from the definition the moment its answer holds (P-R2: phone the MASH)', async () => {
    const fx = fixture('5-month-old baby with a bruise (not yet mobile)');
    render(<PaediatricTriageForm context={fx.context} answers={fx.answers} storage={null} />);
    const banners = screen.getByRole('status', { name: 'Actions raised by the answers' });
    expect(banners).toHaveTextContent('Phone the MASH now');
    expect(banners).toHaveTextContent('Arrange a review by a paediatric consultant today.');
    expect(screen.getByRole('status', { name: 'Safeguarding level' })).toHaveTextContent(LEVEL_LABELS.REFER);
  });
});

describe('paediatric triage: B14.1 asked at once', () => {
  it('Flow: a referral concern arising on a later page asks B14.1 there, before Continue', async () => {
    const fx = fixture('5-month-old baby with a bruise (not yet mobile)');
    const {
      injuryTypes: _injuries,
      carerLeavingAgainstAdvice: _leaving,
      ...answers
    } = fx.answers as Record<string, unknown>;
    render(<PaediatricTriageForm context={fx.context} answers={answers} storage={null} />);
    const carerLeaving =
      'Is the carer refusing to wait, or taking the child away, before a safe plan or urgent care?';
    expect(screen.queryByRole('group', { name: carerLeaving })).not.toBeInTheDocument();
    await press('Continue');
    await press('Continue');
    expect(phaseHeading()).toHaveTextContent('Why the child came, and any injury');
    expect(screen.queryByRole('group', { name: carerLeaving })).not.toBeInTheDocument();
    await tick('What kinds of injury or mark?', 'Bruise or petechiae, including a mark that may be a bruise');
    expect(screen.getByRole('group', { name: carerLeaving })).toBeInTheDocument();
    await press('Continue');
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /B14\.1/ })).toBeInTheDocument();
    await choose(carerLeaving, 'No');
    await press('Continue');
    // B14.1 is answered: whatever else this page still needs, it is no longer B14.1.
    expect(screen.queryByRole('link', { name: /B14\.1/ })).not.toBeInTheDocument();
  });
});
