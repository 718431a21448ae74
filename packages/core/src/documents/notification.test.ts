import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, SENSITIVITY_BANNER } from './format.ts';
import { avaTriage, childNotification, exampleB } from './testing/exampleB.ts';
import { approvableOnceFilled, draft, fieldText, form } from './testing/fixtures.ts';
import { draftDocuments } from './which.ts';

const ava = () => draft(exampleB(), 'notification-patient');

describe('referrals.md §4 and §6 Example B: notification about Ava Brooks', () => {
  it('§4: goes to the health visitor under 5, and says there is no GP to copy it to (P-R9)', () => {
    const d = ava();
    expect(d.kind).toBe('notification');
    expect(d.recipients).toEqual([{ role: 'health-visitor', name: 'Exampleton health visiting team' }]);
    expect(d.title).toBe('To Exampleton health visiting team. Ava Brooks, aged 14 months');
    expect(fieldText(d, 'recipients')).toBe(
      'Exampleton health visiting team. Ava is not registered with a GP, so there is no GP to copy this to.',
    );
  });

  it('§4 sensitivity: printed at the top when the level is NOTIFY or above', () => {
    const d = ava();
    expect(d.sensitivity).toBe('safeguarding-third-party');
    expect(d.text.startsWith(`*${SENSITIVITY_BANNER}*\n\n**To Exampleton health visiting team.`)).toBe(true);
    expect(SENSITIVITY_BANNER).toBe(
      'Safeguarding or third-party content: redact from online and proxy access.',
    );
  });

  it('§4 requests from rules: P-R9 "please help the family register with a GP"; the pattern of visits', () => {
    const request = fieldText(ava(), 'request') ?? '';
    expect(request).toMatch(/please help the family register with a GP/i);
    expect(request).toContain('Please review the pattern of Ava’s visits to urgent care');
  });

  it('§4 fields: visit in words, who came, checks, sharing explained (§5 rule 1)', () => {
    const d = ava();
    expect(fieldText(d, 'visit')).toBe(
      'Seen at Exampleton Walk-in Centre (an NHS walk-in centre) at 19:20 on Tuesday 4 March 2025.',
    );
    expect(fieldText(d, 'accompaniedBy')).toBe('Ava came with a parent (Chloe Brooks, her mother).');
    expect(fieldText(d, 'child')).toBe(
      'Ava Brooks, born 2 January 2024, aged 14 months. NHS number 999 765 4321. Address: Flat 3, 8 Example Road, Exampleton.',
    );
    expect(fieldText(d, 'checksDone')).toContain(
      'Counting today, Ava has had 3 unplanned visits to urgent care in the last 12 months (2 in the last 6 months), at 2 different places.',
    );
    expect(fieldText(d, 'sharingExplained')).toBe(
      'I explained to the family how information is shared, and that I am writing to you.',
    );
    expect(fieldText(d, 'actionTaken')).toBe('No referral to children’s social care was needed.');
    expect(approvableOnceFilled(d)).toBe(true);
  });

  it('§4: with a GP, the GP and the health visitor both receive it; at NO_CONCERN no sensitivity', () => {
    const input = exampleB({
      triage: { ...avaTriage, gpRegistered: 'yes' },
      forms: [
        form('paediatric-triage', {
          actions: ['ROUTINE_SUMMARY'],
          firedRules: ['P-R8'],
          detail: { routineSummaryTo: ['gp', 'hv'] },
        }),
      ],
    });
    const d = draft(input, 'notification-patient');
    expect(d.recipients.map((r) => r.role)).toEqual(['gp', 'health-visitor']);
    expect(d.sensitivity).toBeUndefined();
    expect(d.text.startsWith('**To ')).toBe(true);
    expect(fieldText(d, 'concern')).toBe('I found no safeguarding concern.');
    expect(fieldText(d, 'request')).toBe('For information, no action needed.');
  });
});

describe('referrals.md §4 requests from rules P-R11 (b), P-R12, P-R13', () => {
  const base = {
    accompaniedBy: 'parent',
    gpRegistered: 'yes',
    cpisResult: 'none',
    infoSharingExplained: 'yes',
  };

  it('P-R11 (b): left before completion, with the family call (B14.2–B14.4)', () => {
    const call = 'At 21:30 her father answered; he agreed to bring her back at 09:00 tomorrow.';
    const input = childNotification(
      { ...base, leftBeforeCompletion: 'yes', leftWithUrgentNeed: 'no', familyCallOutcome: call },
      {
        level: 'DISCUSS',
        actions: ['INFORM_SAFEGUARDING_LEAD', 'FAMILY_CALLBACK', 'NOTIFY_GP', 'NOTIFY_HV'],
        firedRules: ['P-R11'],
      },
      { dateOfBirth: '2021-06-01', fullName: 'Ella Ray' },
    );
    const request = fieldText(draft(input, 'notification-patient'), 'request');
    expect(request).toBe(
      `Ella left before assessment or treatment was finished, at ${PLACEHOLDER}. We phoned the family (${call}). Please check that Ella is safe and has been seen, and tell us or the safeguarding lead if you cannot reach the family.`,
    );
    const urgent = childNotification(
      { ...base, leftBeforeCompletion: 'yes', leftWithUrgentNeed: 'yes' },
      { level: 'REFER', actions: ['NOTIFY_GP', 'NOTIFY_HV'], firedRules: ['P-R11'] },
      { dateOfBirth: '2021-06-01', fullName: 'Ella Ray' },
    );
    const urgentRequest = fieldText(draft(urgent, 'notification-patient'), 'request') ?? '';
    expect(urgentRequest).toContain(`We phoned the family (${PLACEHOLDER}).`);
    expect(urgentRequest).toContain(`Ella still needed urgent care when she left: ${PLACEHOLDER}`);
  });

  it('P-R12: not in education; the school nurse from 5 to 17', () => {
    const input = childNotification(
      { ...base, notInEducation: 'yes' },
      { level: 'NOTIFY', actions: ['NOTIFY_GP', 'NOTIFY_SN'], firedRules: ['P-R12'] },
      { dateOfBirth: '2015-09-01', fullName: 'Noah Stone', sex: 'male' },
    );
    const d = draft(input, 'notification-patient');
    expect(d.recipients.map((r) => r.role)).toEqual(['gp', 'school-nurse']);
    expect(fieldText(d, 'request')).toBe(
      'Noah is of school age and is not on a school roll or known to be home-educated: please tell the local authority’s children-missing-education team.',
    );
  });

  it('P-R13: no request; `checksDone` says CP-IS could not be checked and the lead checks next working day', () => {
    const input = childNotification(
      { ...base, cpisResult: 'not-available' },
      { actions: ['INFORM_SAFEGUARDING_LEAD', 'ROUTINE_SUMMARY'], firedRules: ['P-R13', 'P-R8'] },
      { dateOfBirth: '2012-02-01', fullName: 'Iris Vale' },
    );
    const d = draft(input, 'notification-patient');
    expect(fieldText(d, 'checksDone')).toContain(
      'The national child protection information system could not be checked today; our safeguarding lead will check it the next working day.',
    );
    expect(fieldText(d, 'request')).toBe('For information, no action needed.');
    expect(d.sensitivity).toBeUndefined();
  });

  it('§4: the school nurse from the fifth birthday (healthVisitorUnderYears, configurable)', () => {
    const input = childNotification(
      base,
      { actions: ['ROUTINE_SUMMARY'], firedRules: ['P-R8'] },
      { dateOfBirth: '2020-03-04', fullName: 'Five Today' },
    );
    expect(draft(input, 'notification-patient').recipients.map((r) => r.role)).toEqual([
      'gp',
      'school-nurse',
    ]);
    const six = { ...input, context: { ...input.context, config: { healthVisitorUnderYears: 6 } } };
    expect(draft(six, 'notification-patient').recipients.map((r) => r.role)).toEqual([
      'gp',
      'health-visitor',
    ]);
  });

  it('§4: made only on NOTIFY_GP, NOTIFY_HV, NOTIFY_SN or ROUTINE_SUMMARY', () => {
    const none = childNotification(
      base,
      { level: 'DISCUSS', actions: ['INFORM_SAFEGUARDING_LEAD'] },
      {
        dateOfBirth: '2012-02-01',
        fullName: 'Iris Vale',
      },
    );
    expect(draftDocuments(none)).toEqual([]);
  });
});
