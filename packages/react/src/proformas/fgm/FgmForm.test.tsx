import { LEVEL_LABELS } from '@proformas/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenario } from '../../encounter/testing/fixtures.ts';
import { continueToOutcome, signOff } from '../../encounter/testing/walk.ts';
import { FgmForm } from './FgmForm.tsx';

const detail = () => screen.getByRole('region', { name: 'FGM: police report and FGM-IS' });

describe('FgmForm', () => {
  it('walks a screen with nothing found to sign-off', async () => {
    const fx = scenario('fgm', '8-year-old screened at triage: nothing found');
    render(<FgmForm context={fx.context} answers={fx.answers} storage={null} />);
    await continueToOutcome();
    expect(screen.getByText(LEVEL_LABELS.NO_CONCERN)).toHaveClass('nhsuk-tag--green');
    expect(within(detail()).getByText('Police report (section 5B)').nextElementSibling).toHaveTextContent(
      'The duty does not apply: no FGM is known.',
    );
    await signOff();
    expect(screen.getByRole('heading', { name: 'Signed off' })).toBeInTheDocument();
  });

  it('lists each reporter with the due date, and a police reference or why it is outstanding', async () => {
    const fx = scenario(
      'fgm',
      '15-year-old: her school nurse already reported, so the triage nurse records that reference; the doctor still reports',
    );
    render(<FgmForm context={fx.context} answers={fx.answers} storage={null} />);
    await continueToOutcome();
    const block = within(detail());
    expect(block.getByText('Report due by').nextElementSibling).toHaveTextContent(
      'The end of 3 February 2025',
    );
    expect(block.getByText('Never later than').nextElementSibling).toHaveTextContent('28 February 2025');
    const lines = block.getAllByRole('listitem').filter((li) => li.closest('.app-s5b-reporters'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveTextContent(/Reported by a colleague: police reference \S+/);
    expect(lines[1]).toHaveTextContent(
      /Police report outstanding for .+: ring 101 by the end of 3 February 2025, no later than 28 February 2025/,
    );
  });

  it('adds the FGM-IS indicator per girl, and travel within 14 days is an emergency', async () => {
    const fx = scenario(
      'fgm',
      '11-year-old whose mother has had FGM, flying to a country where FGM is common in 14 days',
    );
    render(<FgmForm context={fx.context} answers={fx.answers} storage={null} />);
    const card = screen.getByRole('region', { name: /Immediate action required/ });
    await userEvent.click(within(card).getByRole('button'));
    await continueToOutcome();
    const block = within(detail());
    expect(block.getByText('Travel or procedure').nextElementSibling).toHaveTextContent('Imminent');
    expect(block.getByText(/Add the indicator for/)).toHaveTextContent(/The patient.*her mother has had FGM/);
  });
});
