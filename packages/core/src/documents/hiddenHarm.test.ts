import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, SENSITIVITY_BANNER } from './format.ts';
import { REASON_HIDDEN_HARM } from './sensitivity.ts';
import { childNotification } from './testing/exampleB.ts';
import { approvableOnceFilled, draft, fieldText } from './testing/fixtures.ts';
import { hiddenHarmVisit } from './testing/hiddenHarm.ts';
import { draftDocuments } from './which.ts';

const docs = () => draftDocuments(hiddenHarmVisit());
const marac = () => draft(hiddenHarmVisit(), 'marac-referral');
const mash = () => draft(hiddenHarmVisit(), 'mash-referral');

describe('referrals.md §1, §2, §4 for a hidden-harm encounter (Form 2)', () => {
  it('drafts the MASH and MARAC referrals, the patient’s GP letter and one letter per child', () => {
    expect(docs().map((d) => [d.id, d.recipients.map((r) => r.role).join()])).toEqual([
      ['mash-referral', 'mash'],
      ['marac-referral', 'marac-coordinator'],
      ['notification-patient', 'gp'],
      ['notification-child-hidden-harm-0', 'gp,health-visitor'],
      ['notification-child-hidden-harm-1', 'gp,school-nurse'],
    ]);
  });

  it('README "Sensitivity": every document carries it, printed at the top, with the reason', () => {
    for (const d of docs()) {
      expect(d.sensitivity).toBe('safeguarding-third-party');
      expect(d.sensitivityReasons).toContain(REASON_HIDDEN_HARM);
      expect(d.text.startsWith(`*${SENSITIVITY_BANNER}*`)).toBe(true);
    }
  });

  it('§2: MARAC never replaces the MASH referral; each names the other', () => {
    expect(fieldText(marac(), 'otherReferrals')).toContain(
      `Children’s social care (the multi-agency safeguarding hub): a referral is made at the same time; its reference: ${PLACEHOLDER}`,
    );
    expect(fieldText(mash(), 'professionals')).toContain(
      'We are also referring Jess to the multi-agency risk assessment conference about the domestic abuse; that referral names this one.',
    );
  });

  it('§2 `dashScore` and `referralRoute` from the assessment detail and the settings', () => {
    expect(fieldText(marac(), 'dashScore')).toBe('15 of the 24 scored questions were answered “yes”.');
    const route = fieldText(marac(), 'referralRoute') ?? '';
    expect(route).toContain('Visible high risk: 15 “yes” answers, at or above the threshold of 14.');
    expect(route).toContain('Potential escalation: 4 incidents in the last 12 months (the threshold is 3).');
    expect(route).not.toContain('Professional judgement');
    expect(route).toContain(`Whether this is a repeat referral: ${PLACEHOLDER}`);
  });

  it('§2 `dash`: all 24 answers (question 3 included) and the fears quoted exactly', () => {
    const dash = fieldText(marac(), 'dash') ?? '';
    expect(dash.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(24);
    expect(dash).toContain('3. Are you afraid of further injury or violence? yes.');
    expect(dash).toContain('24. Are they known to the police, or do they have a criminal record? not known.');
    expect(dash).toContain('“He said he would take the kids and I would never see them again.”');
  });

  it('§2: MARAC may stand alone only in the MARAC referral; the other documents spell it out', () => {
    expect(marac().addressedTo).toBe('MARAC');
    expect(marac().title).toBe('Referral to MARAC: Jess Reed, aged 29 years');
    expect(marac().flags).toEqual([]);
    for (const d of docs().filter((x) => x.kind !== 'marac-referral'))
      expect(d.text).not.toMatch(/\bMARAC\b/);
  });

  it('§2 `victim`: safe contact (H12c); `victimAware` (H12e); `children` with where they are now', () => {
    expect(fieldText(marac(), 'victim')).toContain(
      'Safe ways to contact Jess, and when it is safe to call: Mobile 07700 900123, weekdays after 10:00; do not leave messages.',
    );
    expect(fieldText(marac(), 'victimAware')).toBe('Jess knows about this referral.');
    expect(fieldText(marac(), 'children')).toContain(
      'Mia Reed, aged 2 years. School or nursery: Little Acorns Nursery. Now: at the patient’s home, looked after by a relative (Pat Reed, grandmother).',
    );
  });

  it('§1 for an adult: one referral for the family, each child in turn, their words as the adult said them', () => {
    const d = mash();
    expect(d.title).toBe(
      'Referral to children’s social care: Mia Reed, aged 2 years; Sam Reed, aged 9 years',
    );
    expect(fieldText(d, 'child')?.split('\n')).toHaveLength(2);
    expect(fieldText(d, 'carersViews')).toBe(
      "In Jess’s words, who will look after the children: “My mum will have them until I'm home.”",
    );
    expect(fieldText(d, 'concernCategories')).toBe('Domestic abuse.');
    expect(fieldText(d, 'request')).toContain(
      'A decision with us now on the safety of Mia Reed and Sam Reed; we will not discharge Jess until we agree a plan for the children.',
    );
  });

  it('§4 and "Output marking": the letters keep the abuse off channels the abuser may read', () => {
    for (const d of docs().filter((x) => x.kind === 'notification')) {
      expect(fieldText(d, 'request')).toContain(
        'Please do not discuss domestic abuse with Jess’s partner or family, and do not send any copy of this letter to Jess.',
      );
      expect(fieldText(d, 'request')).toContain('To contact Jess safely: Mobile 07700 900123');
    }
    expect(fieldText(draft(hiddenHarmVisit(), 'notification-patient'), 'concern')).toContain(
      'Jess has children: Mia Reed, aged 2 years; Sam Reed, aged 9 years.',
    );
  });

  it('§4 `actionTaken`: the MASH referral is about the children, the MARAC referral about the adult', () => {
    const mia = draft(hiddenHarmVisit(), 'notification-child-hidden-harm-0');
    expect(fieldText(mia, 'actionTaken')).toContain(
      `I have referred Mia Reed to children’s social care (the multi-agency safeguarding hub); reference: ${PLACEHOLDER}`,
    );
    expect(fieldText(mia, 'actionTaken')).toContain(
      'I have referred Jess to the multi-agency risk assessment conference about domestic abuse.',
    );
    expect(fieldText(draft(hiddenHarmVisit(), 'notification-patient'), 'actionTaken')).toContain(
      'I have referred Mia Reed and Sam Reed to children’s social care',
    );
  });

  it('§4: A-R5 alone (children elsewhere, supervised contact): the patient’s GP is told there are children', () => {
    const input = hiddenHarmVisit();
    const answers = {
      ...input.answers['hidden-harm'],
      childrenUnder18: 'no',
      children: [],
      otherChildrenElsewhere: 'yes',
    };
    const visit = {
      ...input,
      answers: { 'hidden-harm': answers },
      assessment: { level: 'NOTIFY' as const, actions: ['NOTIFY_GP' as const], forms: {} },
    };
    const docs = draftDocuments(visit);
    expect(docs.map((d) => d.id)).toEqual(['notification-patient']);
    expect(docs[0] && fieldText(docs[0], 'concern')).toContain(
      'Jess also has children under 18 who live elsewhere.',
    );
  });

  it('§5: every draft passes the checker once the clinician fills the gaps', () => {
    for (const d of docs()) expect(approvableOnceFilled(d)).toBe(true);
  });

  it('§4: a triage launched from a hidden-harm form carries the sensitivity even at NO_CONCERN', () => {
    const input = childNotification(
      { accompaniedBy: 'parent', gpRegistered: 'yes', cpisResult: 'none', infoSharingExplained: 'yes' },
      { actions: ['ROUTINE_SUMMARY'], firedRules: ['P-R8'] },
      { dateOfBirth: '2022-09-01', fullName: 'Mia Reed' },
    );
    expect(draft(input, 'notification-patient').sensitivity).toBeUndefined();
    const launched = draft({ ...input, launchedFromHiddenHarm: true }, 'notification-patient');
    expect(launched.sensitivity).toBe('safeguarding-third-party');
    expect(launched.sensitivityReasons).toEqual([REASON_HIDDEN_HARM]);
  });
});
