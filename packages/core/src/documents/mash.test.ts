import { describe, expect, it } from 'vitest';
import { PLACEHOLDER } from './format.ts';
import { canApprove, editDraft } from './sensitivity.ts';
import { exampleA, leoReasons, leoTriage } from './testing/exampleA.ts';
import { approvableOnceFilled, draft, fieldText, fillPlaceholders } from './testing/fixtures.ts';
import { draftDocuments } from './which.ts';

const mash = () => draft(exampleA(), 'mash-referral');

describe('referrals.md §1 and §6 Example A: MASH referral for Leo Marsh', () => {
  it('§1: is made on MASH_REFERRAL, addressed to the MASH, titled with name and age', () => {
    const d = mash();
    expect(d.kind).toBe('mash-referral');
    expect(d.addressedTo).toBe('MASH');
    expect(d.title).toBe('Referral to children’s social care: Leo Marsh, aged 6 years');
    expect(d.recipients).toEqual([
      { role: 'mash', name: 'Exampleton children’s front door', phone: '01632 960111' },
    ]);
    expect(d.text.startsWith('**Referral to children’s social care: Leo Marsh, aged 6 years**')).toBe(true);
  });

  it('§1: field names are exactly those of the table, in order', () => {
    expect(mash().fields.map((f) => f.name)).toEqual([
      'referrer',
      'phoneCall',
      'childNow',
      'safetyActions',
      'child',
      'household',
      'parentalResponsibility',
      'socialCareStatus',
      'concernCategories',
      'whatWasSeen',
      'timeline',
      'explanation',
      'riskToChild',
      'strengths',
      'childsVoice',
      'carersViews',
      'familyAwareness',
      'professionals',
      'request',
      'followUp',
      'legalBasis',
      'attachments',
    ]);
  });

  it('§5 rule 5: the child’s words and the explanation are quoted exactly, with who said them', () => {
    const d = mash();
    expect(fieldText(d, 'childsVoice')).toContain("Leo said, in his own words: “I'm not allowed to say.”");
    expect(fieldText(d, 'explanation')).toContain(
      "The explanation, given by Jo Marsh, his mother: “He fell off a trampoline at a friend's house yesterday evening.”",
    );
    expect(fieldText(d, 'explanation')).toContain('I think the explanation does not fit the injury.');
  });

  it('§1 `riskToChild`: prefilled from the reasons, the harm and how soon left to the clinician', () => {
    const risk = fieldText(mash(), 'riskToChild') ?? '';
    for (const reason of leoReasons) expect(risk).toContain(reason);
    expect(risk).toContain(`What could happen to Leo, and how soon: ${PLACEHOLDER}`);
    expect(risk).toContain('Other children who may also be at risk: Mia Marsh, aged 2.');
    const edited = editDraft(mash(), {
      fields: { riskToChild: 'I am worried that an adult is hurting him.' },
    });
    expect(edited.text).toContain('**The risk to the child.** I am worried that an adult is hurting him.');
  });

  it('§1 requests from actions: MASH_REFERRAL, POLICE_NOTIFY and REFER, one per line, with the contact', () => {
    expect(fieldText(mash(), 'request')?.split('\n')).toEqual([
      'A decision with us now on whether Leo can safely go home; Leo stays here until we agree a plan.',
      'An assessment of Leo’s safety.',
      'A strategy discussion with the police.',
      'Please call me now on 01632 960000.',
    ]);
  });

  it('§1 requests: a same-day consultant review asks when and where; no police, no strategy line', () => {
    const input = exampleA();
    const actions = ['MASH_REFERRAL', 'PAEDS_CONSULTANT_REVIEW_SAME_DAY'] as const;
    const d = draft(
      { ...input, assessment: { ...input.assessment, actions: [...actions] } },
      'mash-referral',
    );
    const request = fieldText(d, 'request') ?? '';
    expect(request).toContain(`A children’s doctor will examine Leo today. When and where: ${PLACEHOLDER}`);
    expect(request).not.toContain('strategy discussion');
  });

  it('§1 `legalBasis` and `familyAwareness` (T:E2)', () => {
    expect(fieldText(mash(), 'legalBasis')).toContain(
      'Sharing without consent is lawful where asking for consent would increase the risk or cause delay (UK General Data Protection Regulation and Data Protection Act 2018; government advice on information sharing).',
    );
    expect(fieldText(mash(), 'familyAwareness')).toContain(
      `Whether they know about this referral, and if not why not: ${PLACEHOLDER}`,
    );
    const notTold = draft(
      exampleA({
        ...leoTriage,
        infoSharingExplained: 'no',
        infoSharingReason: 'Telling Mr Reed could put Leo at more risk.',
      }),
      'mash-referral',
    );
    expect(fieldText(notTold, 'familyAwareness')).toBe(
      'I have not told the family about this referral, because: Telling Mr Reed could put Leo at more risk.',
    );
    expect(fieldText(notTold, 'legalBasis')).toContain(
      'I am sharing this without the family’s agreement, because: Telling Mr Reed could put Leo at more risk.',
    );
  });

  it('§1 `timeline`: arrival, injury time and the earlier visits in words (§5 rule 1)', () => {
    const timeline = fieldText(mash(), 'timeline') ?? '';
    expect(timeline).toContain('Leo arrived at 13:40 on Tuesday 4 March 2025.');
    expect(timeline).toContain('The injury happened at 18:00 on Monday 3 March 2025, as we were told.');
    expect(timeline).toContain('Repeated visits to urgent care.');
    expect(timeline).toContain(
      'Counting today, Leo has had 5 unplanned visits to urgent care in the last 12 months (5 in the last 6 months), at 3 different places.',
    );
    expect(timeline).toContain('Saturday 12 October 2024, Exampleton Minor Injury Unit: A cut head.');
  });

  it('§5 rule 4: clinical terms translated; §1 categories from P-R3 (a)', () => {
    const d = mash();
    expect(fieldText(d, 'whatWasSeen')).toContain('I saw a possible broken bone');
    expect(d.text).not.toMatch(/fracture|non-mobile/i);
    expect(fieldText(d, 'concernCategories')).toBe('Physical abuse.');
  });

  it('§1: the child, PR, social care and professionals fields from the triage', () => {
    const d = mash();
    expect(fieldText(d, 'child')).toContain('Born 14 May 2018, aged 6 years. NHS number 999 123 4567.');
    expect(fieldText(d, 'parentalResponsibility')).toContain(
      'The adult who came with Leo (Jo Marsh, his mother) has parental responsibility.',
    );
    expect(fieldText(d, 'socialCareStatus')).toContain('We know of no child-in-need plan or social worker.');
    expect(fieldText(d, 'professionals')).toContain(
      'Safeguarding lead consulted: Lee Morgan, safeguarding lead.',
    );
  });

  it('§1: an allocated social worker receives the referral, the MASH copied', () => {
    const d = draft(
      exampleA({
        ...leoTriage,
        cinOrSocialWorker: 'yes',
        socialWorkerContact: 'Kim Lowe, Exampleton children’s team',
      }),
      'mash-referral',
    );
    expect(d.recipients.map((r) => [r.role, r.name])).toEqual([
      ['social-worker', 'Kim Lowe, Exampleton children’s team'],
      ['mash', 'Exampleton children’s front door'],
    ]);
  });

  it('§5: the generated text passes the checker, and approval waits for the placeholders', () => {
    const d = mash();
    expect(d.flags).toEqual([]);
    expect(canApprove(d)).toBe(false);
    expect(canApprove(fillPlaceholders(d))).toBe(true);
    for (const doc of draftDocuments(exampleA())) expect(approvableOnceFilled(doc)).toBe(true);
  });

  it('is deterministic and not sensitive unless a hidden-harm form is in the encounter', () => {
    expect(draftDocuments(exampleA())).toEqual(draftDocuments(exampleA()));
    expect(mash().sensitivity).toBeUndefined();
    expect(draft({ ...exampleA(), launchedFromHiddenHarm: true }, 'mash-referral').sensitivity).toBe(
      'safeguarding-third-party',
    );
  });
});
