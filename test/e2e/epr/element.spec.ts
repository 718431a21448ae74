import { expect, test } from '@playwright/test';
import { expectAccessible } from '../keyboard.ts';
import { answersByLinkId, CLINICIAN, completeFgmForGirl } from './fgm.ts';

interface Received {
  type: string;
  detail: Record<string, unknown>;
}
type Bundle = { type: string; entry: { fullUrl: string; resource: Record<string, unknown> }[] };

test('a clinician completes the FGM form in the custom element; the EPR gets the response and the bundle', async ({
  page,
}) => {
  await page.goto('/');
  const form = page.locator('safeguarding-proforma');
  await expect(form.getByRole('heading', { level: 1 })).toContainText('Screen');
  await expectAccessible(page, 'the EPR page with both forms open');

  await completeFgmForGirl(form);

  const received = () =>
    page.evaluate(() => (window as unknown as { eprReceived: { element: Received[] } }).eprReceived.element);
  await expect
    .poll(async () => (await received()).filter((r) => r.type === 'proforma-complete').length)
    .toBe(1);
  const events = await received();
  expect(events.filter((e) => e.type === 'proforma-change').length).toBeGreaterThanOrEqual(9);
  expect(events.filter((e) => e.type === 'proforma-error' || e.type === 'proforma-escalation')).toEqual([]);
  const lastChange = events.filter((e) => e.type === 'proforma-change').at(-1)?.detail;
  expect(lastChange?.['questionnaireResponse']).toMatchObject({ status: 'in-progress' });

  const done = events.find((e) => e.type === 'proforma-complete')?.detail as {
    assessment: { level: string; proforma: string };
    questionnaireResponse: Record<string, unknown> & { item: { linkId: string }[] };
    bundle: Bundle;
    documents: { kind: string; recipients: { role: string }[] }[];
  };
  expect(done.assessment).toMatchObject({ proforma: 'fgm', level: 'NOTIFY' });

  // The response: completed, signed, about the synthetic girl, with what was clicked.
  const qr = done.questionnaireResponse;
  expect(qr).toMatchObject({
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    questionnaire: expect.stringMatching(/\/Questionnaire\/fgm\|/),
    subject: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990000018' } },
    author: { display: `${CLINICIAN.name}, ${CLINICIAN.role}` },
  });
  expect(answersByLinkId(qr)).toMatchObject({
    F0: ['yes'],
    F1: ['no'],
    F4a: [false],
    F8: ['mother-had-fgm'],
  });

  // The bundle: a transaction with the attendance, the same response and the risk assessments.
  const bundle = done.bundle;
  expect(bundle.type).toBe('transaction');
  const byType = (type: string) => bundle.entry.filter((e) => e.resource['resourceType'] === type);
  expect(byType('Encounter')[0]?.resource).toMatchObject({
    identifier: [{ value: 'epr-att-element' }],
    subject: { identifier: { value: '9990000018' } },
  });
  expect(byType('QuestionnaireResponse').map((e) => e.resource)).toEqual([qr]);
  const risks = byType('RiskAssessment');
  expect(risks.length).toBe(2);
  expect(JSON.stringify(risks[0]?.resource)).toContain('"code":"NOTIFY"');
  expect(bundle.entry.every((e) => e.fullUrl.startsWith('urn:uuid:'))).toBe(true);
  // Referral drafts: the NOTIFY outcome drafts a notification letter.
  expect(done.documents.map((d) => d.kind)).toContain('notification');

  // The EPR shows the FHIR it received.
  const shown = JSON.parse(await page.locator('#element-result').innerText()) as Bundle;
  expect(shown).toEqual(bundle);
  await expectAccessible(page, 'the EPR page after sign-off');
});

test('bad JSON in an attribute is shown in the element and sent as proforma-error; the answers stay', async ({
  page,
}) => {
  await page.goto('/');
  const form = page.locator('safeguarding-proforma');
  const flagged = form.getByRole('group', { name: /^Does the national FGM-IS record/ }).getByRole('radio', {
    name: 'Yes',
    exact: true,
  });
  await flagged.click();
  await page.evaluate(() =>
    document.querySelector('safeguarding-proforma')?.setAttribute('patient', '{"name": "Ada", dateOfBirth}'),
  );
  await expect(form.getByRole('alert')).toContainText('The "patient" attribute is not valid JSON');
  await expect(page.locator('#element-status')).toContainText('The "patient" attribute is not valid JSON');
  await expect(flagged).toBeChecked();
});

test('a page that cannot use modules loads the classic (IIFE) script and gets the same element', async ({
  page,
}) => {
  await page.goto('/classic.html');
  const form = page.locator('safeguarding-proforma');
  await expect(form.getByRole('heading', { level: 1 })).toContainText('Screen');
  expect(await page.evaluate(() => typeof customElements.get('safeguarding-proforma'))).toBe('function');
});
