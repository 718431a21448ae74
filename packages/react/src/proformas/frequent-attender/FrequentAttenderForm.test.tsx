import { LEVEL_LABELS } from '@proformas/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { registryOf, scenario } from '../../encounter/testing/fixtures.ts';
import { continueToOutcome, signOff } from '../../encounter/testing/walk.ts';
import { FrequentAttenderForm } from './FrequentAttenderForm.tsx';

const detail = () => screen.getByRole('region', { name: 'Attendances at urgent and emergency care' });

describe('FrequentAttenderForm', () => {
  it('asks the host’s lookup, lists the visits by place, and signs off a clean history', async () => {
    const fx = scenario(
      'frequent-attender',
      '7-year-old with a clean history: nothing to ask, complete when the lookup returns',
    );
    const { records, nhsNumber } = registryOf(fx);
    const lookup = vi.fn(() => Promise.resolve(records));
    render(
      <FrequentAttenderForm context={fx.context} nhsNumber={nhsNumber} lookup={lookup} storage={null} />,
    );
    expect(await screen.findByRole('heading', { level: 1, name: /Listing/ })).toBeInTheDocument();
    expect(lookup).toHaveBeenCalledWith(
      nhsNumber,
      expect.objectContaining({ to: fx.context.attendance.arrivedAt }),
    );
    await continueToOutcome();
    expect(screen.getByText(LEVEL_LABELS.NO_CONCERN)).toHaveClass('nhsuk-tag--green');
    expect(within(detail()).getByText('Frequent-attender level').nextElementSibling).toHaveTextContent('FA0');
    await signOff();
    expect(screen.getByRole('heading', { name: 'Signed off' })).toBeInTheDocument();
  });

  it('a failing registry is shown, never read as no visits: counts read "at least", and Try again asks again', async () => {
    const fx = scenario(
      'frequent-attender',
      '7-year-old with a clean history: nothing to ask, complete when the lookup returns',
    );
    const lookup = vi.fn(() => Promise.reject(new Error('503')));
    render(
      <FrequentAttenderForm context={fx.context} nhsNumber="9990000018" lookup={lookup} storage={null} />,
    );
    expect(
      await screen.findByRole('heading', { name: 'The attendance history is not available' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Safeguarding level' })).toHaveTextContent(LEVEL_LABELS.NOTIFY);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('lists the prior visits grouped by provider', async () => {
    const fx = scenario(
      'frequent-attender',
      '12-year-old with four visits at two providers: many providers escalates',
    );
    const { records, nhsNumber } = registryOf(fx);
    render(
      <FrequentAttenderForm
        context={fx.context}
        nhsNumber={nhsNumber}
        lookup={() => Promise.resolve(records)}
        storage={null}
      />,
    );
    await screen.findByRole('heading', { level: 1, name: /Listing/ });
    const providers = [...new Set(records.map((r) => r.providerName))];
    expect(providers.length).toBeGreaterThanOrEqual(2);
    for (const provider of providers)
      expect(
        within(detail()).getByRole('heading', { name: new RegExp(`^${provider} \\(\\d+ visits?\\)`) }),
      ).toBeInTheDocument();
    expect(
      within(detail()).getByText(/Unplanned visits in the last 365 days/).nextElementSibling,
    ).toHaveTextContent(String(fx.expected.detail?.['n12'] ?? ''));
  });
});
