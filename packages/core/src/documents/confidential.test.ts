import { describe, expect, it } from 'vitest';
import { SENSITIVITY_BANNER } from './format.ts';
import { canApprove } from './sensitivity.ts';
import { confidentialVisit } from './testing/confidential.ts';
import { approvableOnceFilled, draft, fieldText, fillPlaceholders } from './testing/fixtures.ts';
import { draftDocuments } from './which.ts';

const SEXUAL_HEALTH = /sexual|contracep|levonorgestrel|boyfriend|partner|exploitation/i;

describe('referrals.md §4 "Confidential sexual-health letter" (P-R8, C-R4, C-R9)', () => {
  it('goes to the GP only, never the school nurse, and carries the sensitivity', () => {
    const docs = draftDocuments(confidentialVisit({ triageView: 'agrees', cseView: 'objects' }));
    expect(docs.map((d) => d.id)).toEqual(['notification-patient']);
    const [letter] = docs;
    expect(letter?.recipients).toEqual([{ role: 'gp', name: 'Exampleton Health Centre' }]);
    expect(letter?.sensitivity).toBe('safeguarding-third-party');
    expect(letter?.text.startsWith(`*${SENSITIVITY_BANNER}*`)).toBe(true);
    expect(letter?.sensitivityReasons).toContain('A confidential sexual-health letter.');
  });

  it('E2.2 agrees but the CSE S16 objects: no sexual-health content; confidential at her request', () => {
    const d = draft(confidentialVisit({ triageView: 'agrees', cseView: 'objects' }), 'notification-patient');
    expect(d.text).not.toMatch(SEXUAL_HEALTH);
    expect(fieldText(d, 'clinical')).toBe(
      'Zoe was seen and treated. The details of this visit stay confidential at her request; she can tell you about it herself.',
    );
    expect(fieldText(d, 'concern')).toBe('I am concerned that Zoe is trying alcohol or drugs.');
    expect(fieldText(d, 'sharingExplained')).toContain(
      'Zoe asked that the details of this visit stay confidential.',
    );
    expect(approvableOnceFilled(d)).toBe(true);
  });

  it('E2.2 objects though S16 agrees, or E2.2 not answered: still left out', () => {
    for (const triageView of ['objects', undefined] as const) {
      const d = draft(confidentialVisit({ triageView, cseView: 'agrees' }), 'notification-patient');
      expect(d.text).not.toMatch(SEXUAL_HEALTH);
    }
    const notAsked = draft(
      confidentialVisit({ triageView: 'not-asked', cseView: 'not-asked' }),
      'notification-patient',
    );
    expect(fieldText(notAsked, 'clinical')).toContain(
      'because we could not ask Zoe whether they could be shared',
    );
  });

  it('E2.2 agrees AND S16 agrees: the sexual-health content is included, as entered', () => {
    const d = draft(confidentialVisit({ triageView: 'agrees', cseView: 'agrees' }), 'notification-patient');
    const clinical = fieldText(d, 'clinical') ?? '';
    expect(clinical).toContain(
      'Why Zoe came: Asked for emergency contraception after sex with her boyfriend.',
    );
    expect(clinical).toContain('Sexual-health care: emergency contraception.');
    expect(clinical).toContain('The screen for sexual exploitation found low risk.');
    expect(fieldText(d, 'actionTaken')).toContain('Sexual-health follow-up has been offered.');
    expect(fieldText(d, 'sharingExplained')).toContain(
      'Zoe agreed that this letter may mention the sexual-health part of the visit.',
    );
  });

  it('§5 rule 3: a dose typed into the clinical record is flagged, so the letter cannot be approved', () => {
    const d = draft(confidentialVisit({ triageView: 'agrees', cseView: 'agrees' }), 'notification-patient');
    expect(d.flags.map((f) => [f.word, f.rule, f.field])).toEqual([
      ['1.5 mg', 3, 'clinical'],
      ['stat', 3, 'clinical'],
    ]);
    expect(canApprove(fillPlaceholders(d))).toBe(false);
  });

  it('E2.2 agrees without a CSE form in the encounter: agreement is E2.2 alone', () => {
    const d = draft(confidentialVisit({ triageView: 'agrees', cseView: 'no-form' }), 'notification-patient');
    expect(fieldText(d, 'clinical')).toContain('Sexual-health care: emergency contraception.');
  });

  it('a NOTIFY_SN from another rule (P-R12) gets its own school-nurse letter, never with that content', () => {
    const docs = draftDocuments(
      confidentialVisit({
        triageView: 'agrees',
        cseView: 'agrees',
        extraActions: ['NOTIFY_GP', 'NOTIFY_SN'],
        extraRules: ['P-R12'],
        extraTriage: { notInEducation: 'yes' },
      }),
    );
    expect(docs.map((d) => [d.id, d.recipients.map((r) => r.role).join()])).toEqual([
      ['notification-patient', 'gp'],
      ['notification-patient-school-nurse', 'school-nurse'],
    ]);
    const nurse = docs[1];
    expect(nurse?.text).not.toMatch(SEXUAL_HEALTH);
    expect(nurse?.text).not.toContain('confidential');
    expect(nurse && fieldText(nurse, 'request')).toContain('children-missing-education team');
    expect(nurse?.sensitivity).toBe('safeguarding-third-party');
  });

  it('at DISCUSS and above it no longer applies: GP and school nurse, the lead decides, content left out unless agreed', () => {
    const input = confidentialVisit({ triageView: 'objects', cseView: 'objects' });
    const triage = input.assessment.forms['paediatric-triage'];
    if (!triage) throw new Error('fixture');
    const detail = { ...triage.detail, routineSummaryTo: ['gp', 'sn'], routineSummaryPrivacy: undefined };
    const forms = { ...input.assessment.forms, 'paediatric-triage': { ...triage, detail } };
    const discuss = { ...input, assessment: { ...input.assessment, level: 'DISCUSS' as const, forms } };
    const d = draft(discuss, 'notification-patient');
    expect(d.recipients.map((r) => r.role)).toEqual(['gp', 'school-nurse']);
    expect(d.text).not.toMatch(SEXUAL_HEALTH);
    expect(fieldText(d, 'concern')).toContain(
      'The concern, as our safeguarding lead agreed it may be shared:',
    );
    expect(d.sensitivity).toBe('safeguarding-third-party');
  });
});
