import { LEVEL_LABELS, PROFORMA_TITLES, type AssessmentContext } from '@proformas/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EncounterView } from './EncounterView.tsx';
import { scenario } from './testing/fixtures.ts';
import { continueToOutcome, signOff } from './testing/walk.ts';

const adult = (reasons: NonNullable<AssessmentContext['attendance']['reasons']>): AssessmentContext => ({
  patient: { dateOfBirth: '1990-02-14', sex: 'female' },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RX1',
    departmentType: '03',
    category: 'unplanned',
    reasons,
  },
});
const task = (title: string) => {
  const item = screen.getByRole('heading', { level: 3, name: title }).closest('li');
  if (!item) throw new Error(`No task "${title}"`);
  return within(item);
};

describe('EncounterView', () => {
  it('lists the required and offered forms with their reasons; an offered form is declined with a reason', async () => {
    const user = userEvent.setup();
    render(<EncounterView context={adult(['self-harm'])} storage={null} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Forms for this attendance');
    const hiddenHarm = task(PROFORMA_TITLES['hidden-harm']);
    expect(hiddenHarm.getByText(/^Required: an adult attending after self-harm/)).toBeInTheDocument();
    expect(hiddenHarm.getByText('Not started')).toBeInTheDocument();
    const fgm = task(PROFORMA_TITLES.fgm);
    expect(fgm.getByText('Offered: a woman 18 or over.')).toBeInTheDocument();
    await user.click(fgm.getByRole('button', { name: `Decline ${PROFORMA_TITLES.fgm}` }));
    await user.click(screen.getByRole('button', { name: 'Decline this form' }));
    expect(screen.getByRole('link', { name: 'Say why you are not doing this form' })).toBeInTheDocument();
    await user.type(
      screen.getByRole('textbox', { name: `Why are you not doing the ${PROFORMA_TITLES.fgm} form?` }),
      'No concern raised; she did not want to discuss it today',
    );
    await user.click(screen.getByRole('button', { name: 'Decline this form' }));
    expect(task(PROFORMA_TITLES.fgm).getByText('Declined')).toBeInTheDocument();
    expect(
      task(PROFORMA_TITLES.fgm).getByText(
        'Declined: No concern raised; she did not want to discuss it today',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Decline/ })).not.toBeInTheDocument();
  });

  it('runs the required form, then shows the combined outcome with each form’s reasons and detail', async () => {
    const user = userEvent.setup();
    const fx = scenario('hidden-harm', 'Adult after an overdose with no children or other dependants');
    const onFormSignedOff = vi.fn();
    render(
      <EncounterView
        context={{ ...fx.context, attendance: { ...fx.context.attendance, reasons: ['self-harm'] } }}
        prefill={{ 'hidden-harm': fx.answers }}
        storage={null}
        onFormSignedOff={onFormSignedOff}
      />,
    );
    await user.click(
      screen.getByRole('button', { name: `Start the next required form: ${PROFORMA_TITLES['hidden-harm']}` }),
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Phase 1 of 6: Why the patient is here',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    await continueToOutcome(user);
    await signOff(user);
    expect(onFormSignedOff).toHaveBeenCalledWith(
      'hidden-harm',
      expect.objectContaining({ name: 'Alex Morgan' }),
    );
    await user.click(screen.getByRole('button', { name: 'See the outcome for this attendance' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Outcome for this attendance');
    expect(screen.queryByText('Provisional')).not.toBeInTheDocument();
    expect(screen.getByText(LEVEL_LABELS.NO_CONCERN)).toHaveClass('nhsuk-tag--green');
    const form = within(screen.getByRole('region', { name: PROFORMA_TITLES['hidden-harm'] }));
    expect(form.getByRole('region', { name: 'Domestic abuse: DASH and MARAC' })).toBeInTheDocument();
    expect(form.getByText(/\(A-R1\)/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What to do now' }).nextElementSibling).toHaveTextContent(
      'routine',
    );
  });

  it('shows a form’s emergency at once, and the encounter level follows it', async () => {
    const user = userEvent.setup();
    const fx = scenario('hidden-harm', 'Intoxicated father whose 11-year-old is at home alone');
    render(
      <EncounterView
        context={{ ...fx.context, attendance: { ...fx.context.attendance, reasons: ['intoxication'] } }}
        prefill={{ 'hidden-harm': fx.answers }}
        storage={null}
      />,
    );
    await user.click(screen.getByRole('button', { name: /the next required form/ }));
    const card = screen.getByRole('region', { name: /Immediate action required/ });
    expect(within(card).getByRole('heading', { level: 1 })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back to the forms for this attendance' }));
    expect(screen.getByRole('status', { name: 'Level for this attendance' })).toHaveTextContent(
      LEVEL_LABELS.EMERGENCY,
    );
    expect(task(PROFORMA_TITLES['hidden-harm']).getByText('In progress')).toBeInTheDocument();
  });

  it('keeps a form’s banner on the encounter screen (the frequent-attender check: tell the lead)', () => {
    const fx = scenario(
      'frequent-attender',
      '2-year-old girl with a fourth visit in a year for illness (frequent attender, no escalator)',
    );
    const storage = {
      data: new Map<string, string>([
        [
          'proformas:encounter:encounter',
          JSON.stringify({
            'frequent-attender': { status: 'in-progress', answers: fx.answers, formContext: fx.context },
          }),
        ],
      ]),
      getItem(key: string) {
        return this.data.get(key) ?? null;
      },
      setItem(key: string, value: string) {
        this.data.set(key, value);
      },
      removeItem(key: string) {
        this.data.delete(key);
      },
    };
    render(<EncounterView context={fx.context} storage={storage} />);
    const banner = screen.getByRole('heading', { level: 2, name: 'Do this now' }).closest('.app-alerts');
    expect(banner).toHaveTextContent('Tell the safeguarding lead by the end of the next working day');
    expect(banner).toHaveTextContent(PROFORMA_TITLES['frequent-attender']);
  });

  it('for a child: the triage and the frequent-attender check are required, each with its reason', () => {
    render(
      <EncounterView
        context={{
          patient: { dateOfBirth: '2010-06-01', sex: 'female' },
          attendance: {
            arrivedAt: '2025-03-10T10:00:00+00:00',
            providerId: 'RX1',
            departmentType: '04',
            category: 'unplanned',
            reasons: ['sexual-health'],
          },
        }}
        storage={null}
      />,
    );
    expect(
      task(PROFORMA_TITLES['paediatric-triage']).getByText('Required: every attendance under 18.'),
    ).toBeInTheDocument();
    expect(
      task(PROFORMA_TITLES['frequent-attender']).getByText(/^Required: every attendance under 18/),
    ).toBeInTheDocument();
    expect(
      task(PROFORMA_TITLES.cse).getByText(/^Required: a sexual-health or sexual-assault attendance/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: PROFORMA_TITLES['hidden-harm'] })).not.toBeInTheDocument();
  });
});
