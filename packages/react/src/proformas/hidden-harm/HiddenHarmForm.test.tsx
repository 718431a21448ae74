import { LEVEL_LABELS } from '@proformas/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { scenario } from '../../encounter/testing/fixtures.ts';
import { continueToOutcome, signOff } from '../../encounter/testing/walk.ts';
import { HiddenHarmForm } from './HiddenHarmForm.tsx';

const detail = () => screen.getByRole('region', { name: 'Domestic abuse: DASH and MARAC' });

describe('HiddenHarmForm', () => {
  it('walks an adult with no dependants to no concern and sign-off', async () => {
    const fx = scenario('hidden-harm', 'Adult after an overdose with no children or other dependants');
    const onSignedOff = vi.fn();
    render(
      <HiddenHarmForm context={fx.context} answers={fx.answers} storage={null} onSignedOff={onSignedOff} />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Phase 1 of 6: Why the patient is here',
    );
    await continueToOutcome();
    expect(screen.getByText(LEVEL_LABELS.NO_CONCERN)).toHaveClass('nhsuk-tag--green');
    expect(within(detail()).getByText('DASH score').nextElementSibling).toHaveTextContent('Not done');
    await signOff();
    expect(onSignedOff).toHaveBeenCalledWith(expect.objectContaining({ name: 'Alex Morgan' }));
    expect(screen.getByRole('heading', { name: 'Signed off' })).toBeInTheDocument();
  });

  it('shows the DASH score, professional judgement, incidents and the MARAC threshold on the outcome', async () => {
    const fx = scenario(
      'hidden-harm',
      'Pregnant 19-year-old telling of domestic abuse, risk checklist score 14',
    );
    render(<HiddenHarmForm context={fx.context} answers={fx.answers} storage={null} />);
    await continueToOutcome();
    const rows = within(detail());
    expect(rows.getByText('DASH score').nextElementSibling).toHaveTextContent(
      '14 of 24 questions answered yes',
    );
    expect(rows.getByText('MARAC threshold').nextElementSibling).toHaveTextContent(
      'A DASH score of 14 or more',
    );
    expect(rows.getByText('Incidents in the last 12 months').nextElementSibling).toHaveTextContent('1');
    expect(rows.getByText('MARAC referral').nextElementSibling).toHaveTextContent(
      'Needed: visible high risk: a DASH score of 14 or more',
    );
  });

  it('opens on the emergency card when a child is at home alone, and resumes once 999 is called', async () => {
    const fx = scenario('hidden-harm', 'Intoxicated father whose 11-year-old is at home alone');
    render(<HiddenHarmForm context={fx.context} answers={fx.answers} storage={null} />);
    const card = screen.getByRole('region', { name: /Immediate action required/ });
    expect(within(card).getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button'));
    expect(screen.getByRole('status', { name: 'Safeguarding level' })).toHaveTextContent(
      LEVEL_LABELS.EMERGENCY,
    );
  });
});
