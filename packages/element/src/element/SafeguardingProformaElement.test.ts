import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toQuestionnaireResponse } from '@proformas/fhir';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeDetail, CompleteDetail, ErrorDetail, EscalationDetail } from '../session/details.ts';
import { GIRL, GIRL_ATTENDANCE, GIRL_FGM_ANSWERS, TEEN, TEEN_ATTENDANCE } from '../test/synthetic.ts';
import { defineSafeguardingProforma } from './define.ts';
import type { SafeguardingProformaElement } from './SafeguardingProformaElement.ts';

beforeAll(() => defineSafeguardingProforma());
afterEach(() => document.body.replaceChildren());

const DANGER =
  'Is the young person in immediate danger of sexual harm or exploitation (e.g. the person exploiting them is here or waiting, or they are about to go back to them)?';

/** Add an element with attributes (JSON-encoded unless a string) and collect its events. */
function mount(attributes: Record<string, unknown>) {
  const el = document.createElement('safeguarding-proforma') as SafeguardingProformaElement;
  for (const [name, value] of Object.entries(attributes))
    el.setAttribute(name, typeof value === 'string' ? value : JSON.stringify(value));
  const events = {
    change: [] as ChangeDetail[],
    escalation: [] as EscalationDetail[],
    complete: [] as CompleteDetail[],
    error: [] as ErrorDetail[],
  };
  // Listened for on the document: the events bubble out of the element.
  document.addEventListener('proforma-change', (e) => events.change.push((e as CustomEvent).detail));
  document.addEventListener('proforma-escalation', (e) => events.escalation.push((e as CustomEvent).detail));
  document.addEventListener('proforma-complete', (e) => events.complete.push((e as CustomEvent).detail));
  el.addEventListener('proforma-error', (e) => events.error.push((e as CustomEvent).detail));
  document.body.append(el);
  const page = el.shadowRoot?.querySelector<HTMLElement>('.sp-page');
  if (!page) throw new Error('no page wrapper in the shadow root');
  return { el, page, events, ui: within(page) };
}

describe('<safeguarding-proforma>', () => {
  it('renders the form inside its shadow root, nothing in the page', async () => {
    const { el, ui } = mount({ proforma: 'cse', patient: TEEN, attendance: TEEN_ATTENDANCE });
    expect(await ui.findByRole('group', { name: DANGER })).toBeInTheDocument();
    expect(el.children).toHaveLength(0);
    expect(screen.queryByRole('group', { name: DANGER })).toBeNull();
    expect(el.shadowRoot?.mode).toBe('open');
  });

  it('reads properties as well as attributes', async () => {
    const el = document.createElement('safeguarding-proforma') as SafeguardingProformaElement;
    document.body.append(el);
    await waitFor(() =>
      expect(el.shadowRoot?.textContent).toContain('Waiting for the patient and the attendance'),
    );
    el.proforma = 'cse';
    el.patient = TEEN;
    el.attendance = TEEN_ATTENDANCE;
    expect(el.patient).toEqual(TEEN);
    const page = el.shadowRoot?.querySelector<HTMLElement>('.sp-page') as HTMLElement;
    expect(await within(page).findByRole('group', { name: DANGER })).toBeInTheDocument();
  });

  it('sends proforma-change with the draft QuestionnaireResponse on each answer', async () => {
    const { ui, events } = mount({ proforma: 'cse', patient: TEEN, attendance: TEEN_ATTENDANCE });
    const group = await ui.findByRole('group', { name: DANGER });
    await userEvent.click(within(group).getByRole('radio', { name: 'No' }));
    await waitFor(() => expect(events.change).toHaveLength(1));
    const [change] = events.change;
    expect(change?.proforma).toBe('cse');
    expect(change?.answers).toEqual({ immediateDanger: 'no' });
    expect(change?.phase).toBe('reason');
    expect(change?.questionnaireResponse).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      status: 'in-progress',
      subject: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990000026' } },
      item: [{ linkId: 'S8', answer: [{ valueBoolean: false }] }],
    });
  });

  it('moves focus to the question from the error summary, inside the shadow root', async () => {
    const { el, ui } = mount({ proforma: 'cse', patient: TEEN, attendance: TEEN_ATTENDANCE });
    await ui.findByRole('group', { name: DANGER });
    await userEvent.click(ui.getByRole('button', { name: 'Continue' }));
    const summary = await ui.findByRole('alert');
    const link = within(summary).getAllByRole('link')[0] as HTMLElement;
    await userEvent.click(link);
    const focused = el.shadowRoot?.activeElement;
    const target = link.getAttribute('href') ?? '';
    expect(target).toMatch(/^#\S+$/);
    expect(focused?.id).toBe(target.slice(1));
    expect(focused?.tagName).toBe('INPUT');
  });

  it('sends proforma-escalation the moment an answer needs 999', async () => {
    const { ui, events } = mount({ proforma: 'cse', patient: TEEN, attendance: TEEN_ATTENDANCE });
    const group = await ui.findByRole('group', { name: DANGER });
    await userEvent.click(within(group).getByRole('radio', { name: 'Yes' }));
    await waitFor(() => expect(events.escalation).toHaveLength(1));
    expect(events.escalation[0]).toMatchObject({ proforma: 'cse', level: 'EMERGENCY' });
    expect(events.escalation[0]?.actions).toContain('POLICE_999');
    expect(events.escalation[0]?.reasons.length).toBeGreaterThan(0);
    expect(await ui.findByRole('button', { name: 'I have called 999' })).toBeInTheDocument();
  });

  it('opens a complete prefill at check your answers and sends proforma-complete at sign-off', async () => {
    const { ui, events } = mount({
      proforma: 'fgm',
      patient: GIRL,
      attendance: GIRL_ATTENDANCE,
      prefill: GIRL_FGM_ANSWERS,
      config: { site: { name: 'Riverside Minor Injury Unit (synthetic)' } },
    });
    expect(await ui.findByRole('heading', { name: 'Check your answers' })).toBeInTheDocument();
    await userEvent.click(ui.getByRole('button', { name: 'Confirm and see the outcome' }));
    // The FGM form's own outcome detail, as FgmForm shows it.
    expect(await ui.findByRole('heading', { name: 'FGM: police report and FGM-IS' })).toBeInTheDocument();
    // user-event types into document.activeElement, which is the host, not the box inside the shadow root.
    fireEvent.change(await ui.findByRole('textbox', { name: 'Your full name' }), {
      target: { value: 'Sam Synthetic' },
    });
    fireEvent.change(ui.getByRole('textbox', { name: 'Your role' }), {
      target: { value: 'Emergency nurse practitioner' },
    });
    await userEvent.click(ui.getByRole('button', { name: 'Sign off' }));
    await waitFor(() => expect(events.complete).toHaveLength(1));
    const done = events.complete[0] as CompleteDetail;
    expect(done.assessment.level).toBe('NOTIFY');
    expect(done.questionnaireResponse.status).toBe('completed');
    expect(done.questionnaireResponse.author?.display).toBe('Sam Synthetic, Emergency nurse practitioner');
    expect(done.bundle.type).toBe('transaction');
    const types = done.bundle.entry.map((e) => e.resource.resourceType);
    expect(types).toEqual(expect.arrayContaining(['Encounter', 'QuestionnaireResponse', 'RiskAssessment']));
    expect(done.bundle.entry).toContainEqual(
      expect.objectContaining({ resource: done.questionnaireResponse }),
    );
    expect(done.documents.map((d) => d.kind)).toContain('notification');
    expect(events.error).toEqual([]);
  });

  it('opens a QuestionnaireResponse prefill at the first unanswered phase', async () => {
    const {
      hasGirlsInFamily: _h,
      significantIndicators: _s,
      otherIndicators: _o,
      ...screened
    } = GIRL_FGM_ANSWERS;
    const { travelOrProcedurePlanned: _t, cutterOrImminentSign: _c, ...partial } = screened;
    const draft = toQuestionnaireResponse('fgm', partial);
    const { ui, events } = mount({
      proforma: 'fgm',
      patient: GIRL,
      attendance: GIRL_ATTENDANCE,
      prefill: draft,
    });
    expect(await ui.findByRole('heading', { level: 1, name: /Family/ })).toBeInTheDocument();
    expect(events.change).toEqual([]);
    expect(events.error).toEqual([]);
  });

  it('shows bad attribute JSON in the element, sends proforma-error and keeps every answer', async () => {
    const { el, ui, events } = mount({ proforma: 'cse', patient: TEEN, attendance: TEEN_ATTENDANCE });
    const group = await ui.findByRole('group', { name: DANGER });
    await userEvent.click(within(group).getByRole('radio', { name: 'No' }));
    el.setAttribute('patient', '{"dateOfBirth": 2008-09-01}');
    await waitFor(() => expect(events.error).toHaveLength(1));
    expect(events.error[0]?.input).toBe('patient');
    expect(events.error[0]?.message).toMatch(/^The "patient" attribute is not valid JSON/);
    const alert = await ui.findByRole('alert');
    expect(alert).toHaveTextContent('The record sent something this form cannot use');
    expect(alert).toHaveTextContent('The "patient" attribute is not valid JSON');
    expect(within(ui.getByRole('group', { name: DANGER })).getByRole('radio', { name: 'No' })).toBeChecked();
    expect(el.patient).toEqual(TEEN);
    expect(el.inputErrors.map((e) => e.input)).toEqual(['patient']);
    // Corrected: the message goes, the form and its answer stay.
    el.setAttribute('patient', JSON.stringify(TEEN));
    await waitFor(() => expect(ui.queryByRole('alert')).toBeNull());
    expect(within(ui.getByRole('group', { name: DANGER })).getByRole('radio', { name: 'No' })).toBeChecked();
  });

  it('shows what is wrong when the form cannot open at all', async () => {
    const { ui, events } = mount({ proforma: 'cse', patient: '{oops', attendance: TEEN_ATTENDANCE });
    expect(await ui.findByRole('alert')).toHaveTextContent('The "patient" attribute is not valid JSON');
    expect(events.error.map((e) => e.input)).toEqual(['patient']);
    expect(ui.queryByRole('group', { name: DANGER })).toBeNull();
  });
});
