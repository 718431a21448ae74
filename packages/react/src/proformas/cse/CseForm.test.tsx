import { LEVEL_LABELS } from '@proformas/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenario } from '../../encounter/testing/fixtures.ts';
import { continueToOutcome, signOff } from '../../encounter/testing/walk.ts';
import { CseForm } from './CseForm.tsx';

const detail = () => screen.getByRole('region', { name: 'Child sexual exploitation: risk band' });

describe('CseForm', () => {
  it('walks a screen with nothing of concern to sign-off, with no indicators found', async () => {
    const fx = scenario('cse', '14-year-old asking for a pregnancy test, seen alone, nothing of concern');
    render(<CseForm context={fx.context} answers={fx.answers} storage={null} />);
    await continueToOutcome();
    expect(screen.getByText(LEVEL_LABELS.NO_CONCERN)).toHaveClass('nhsuk-tag--green');
    expect(within(detail()).getByText('No indicators found')).toHaveClass('nhsuk-tag--grey');
    await signOff();
    expect(screen.getByRole('heading', { name: 'Signed off' })).toBeInTheDocument();
  });

  it('the man waiting outside: emergency card first, then a red band with emergency contraception not delayed', async () => {
    const fx = scenario(
      'cse',
      '16-year-old asking for emergency contraception; the man who drove her is waiting (screen finished)',
    );
    render(<CseForm context={fx.context} answers={fx.answers} storage={null} />);
    const card = screen.getByRole('region', { name: /Immediate action required/ });
    await userEvent.click(within(card).getByRole('button'));
    await continueToOutcome();
    expect(screen.getByRole('heading', { level: 2, name: /Emergency/ })).toBeInTheDocument();
    const band = within(detail());
    expect(band.getByText('High (red)')).toHaveClass('nhsuk-tag--red');
    // The emergency-contraception message comes first, above the level.
    const ec = document.querySelector('.app-ec-notice');
    expect(ec).toHaveTextContent('Give emergency contraception now if it is clinically indicated');
    const level = screen.getByRole('heading', { level: 2, name: /Emergency/ });
    expect(ec?.compareDocumentPosition(level)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });
});
