import { expect, test } from '@playwright/test';
import { answersByLinkId, CLINICIAN, completeFgmForGirl } from './fgm.ts';

interface FrameMessage {
  type: string;
  payload: Record<string, unknown>;
}
type Bundle = { type: string; entry: { fullUrl: string; resource: Record<string, unknown> }[] };

test('a clinician completes the FGM form in the iframe; the EPR gets proforma.complete with the response and bundle', async ({
  page,
}) => {
  await page.goto('/');
  const frame = page.frameLocator('#frame-form');
  await completeFgmForGirl(frame);

  const received = () =>
    page.evaluate(() => (window as unknown as { eprReceived: { frame: FrameMessage[] } }).eprReceived.frame);
  await expect
    .poll(async () => (await received()).filter((m) => m.type === 'proforma.complete').length)
    .toBe(1);
  const messages = await received();
  expect(messages.filter((m) => m.type === 'proforma.change').length).toBeGreaterThanOrEqual(9);
  expect(messages.filter((m) => m.type !== 'proforma.change' && m.type !== 'proforma.complete')).toEqual([]);

  const done = messages.find((m) => m.type === 'proforma.complete')?.payload as {
    assessment: { level: string };
    questionnaireResponse: Record<string, unknown> & { item: { linkId: string }[] };
    bundle: Bundle;
  };
  expect(done.assessment.level).toBe('NOTIFY');
  const qr = done.questionnaireResponse;
  expect(qr).toMatchObject({
    status: 'completed',
    subject: { identifier: { value: '9990000018' } },
    author: { display: `${CLINICIAN.name}, ${CLINICIAN.role}` },
  });
  expect(answersByLinkId(qr)).toMatchObject({ F0: ['yes'], F1: ['no'], F8: ['mother-had-fgm'] });
  expect(done.bundle.type).toBe('transaction');
  const encounter = done.bundle.entry.find((e) => e.resource['resourceType'] === 'Encounter')?.resource;
  expect(encounter).toMatchObject({ identifier: [{ value: 'epr-att-frame' }] });
  expect(
    done.bundle.entry.filter((e) => e.resource['resourceType'] === 'QuestionnaireResponse')[0]?.resource,
  ).toEqual(qr);
  const shown = JSON.parse(await page.locator('#frame-result').innerText()) as Bundle;
  expect(shown).toEqual(done.bundle);
});
