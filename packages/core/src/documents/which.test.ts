import { describe, expect, it } from 'vitest';
import { FIELD_CATALOGUE } from './catalogue.ts';
import { PLACEHOLDER } from './format.ts';
import { confidentialVisit } from './testing/confidential.ts';
import { exampleA, leoTriage } from './testing/exampleA.ts';
import { childNotification, exampleB } from './testing/exampleB.ts';
import { fgmCase } from './testing/fgm.ts';
import {
  approvableOnceFilled,
  context,
  draft,
  encounter,
  fieldText,
  form,
  inputs,
} from './testing/fixtures.ts';
import { hiddenHarmVisit } from './testing/hiddenHarm.ts';
import type { DraftDocumentsInput } from './types.ts';
import { draftDocuments } from './which.ts';

const ALL: readonly [string, DraftDocumentsInput][] = [
  ['Example A', exampleA()],
  ['Example B', exampleB()],
  ['confidential, not agreed', confidentialVisit({ triageView: 'objects', cseView: 'agrees' })],
  ['hidden harm', hiddenHarmVisit()],
  ['FGM', fgmCase()],
];

describe('referrals.md §5: every generated draft passes the plain-language checker', () => {
  it.each(ALL)('%s', (_, input) => {
    const docs = draftDocuments(input);
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) {
      expect(d.flags).toEqual([]);
      expect(approvableOnceFilled(d)).toBe(true);
      const names = FIELD_CATALOGUE[d.kind].map(([n]) => n as string);
      for (const f of d.fields) expect(names).toContain(f.name);
      for (const f of d.fields) expect(f.placeholder).toBe(f.text.includes(PLACEHOLDER));
      for (const f of d.fields.filter((x) => !x.required)) expect(f.placeholder).toBe(false);
    }
  });
});

describe('referrals.md §1–§4: which documents are due, from the actions', () => {
  it('§1: CONSIDER_MASH alone drafts no referral until the safeguarding lead decides to refer', () => {
    const input = childNotification(
      { ...leoTriage, exploitationSigns: ['drugs-cash-or-phones'] },
      { level: 'DISCUSS', actions: ['CONSIDER_MASH', 'INFORM_SAFEGUARDING_LEAD'], firedRules: ['P-R5'] },
      { dateOfBirth: '2011-01-01', fullName: 'Kai Hill', sex: 'male' },
    );
    expect(draftDocuments(input)).toEqual([]);
    const referral = draft({ ...input, leadDecidedToRefer: true }, 'mash-referral');
    expect(fieldText(referral, 'concernCategories')).toBe(
      'Child criminal exploitation (harm outside the family).',
    );
    expect(referral.fields.some((f) => f.name === 'phoneCall')).toBe(false);
    expect(fieldText(referral, 'request')).toContain(`by: ${PLACEHOLDER}`);
  });

  it('§1 categories: poisoning given on purpose is physical, a drug taken by a young child neglect', () => {
    const poisoned = (given: string) =>
      draft(
        childNotification(
          { ingestion: 'yes', ingestedSubstance: ['opioid-substitute'], ingestionGivenDeliberately: given },
          { level: 'REFER', actions: ['MASH_REFERRAL'], firedRules: ['P-R3'] },
          { dateOfBirth: '2023-07-02', fullName: 'Ivy Moss' },
        ),
        'mash-referral',
      );
    expect(fieldText(poisoned('yes'), 'concernCategories')).toBe('Physical abuse (poisoning).');
    expect(fieldText(poisoned('no'), 'concernCategories')).toBe('Neglect.');
    expect(fieldText(poisoned('no'), 'whatWasSeen')).toContain(
      'Ivy swallowed or breathed in a heroin substitute such as methadone or buprenorphine.',
    );
  });

  it('§1 categories: a disclosure leaves the kind of abuse to the clinician', () => {
    const d = draft(
      childNotification(
        {
          disclosedAbuse: 'yes',
          disclosureWords: 'Dad hits me with his belt, Leo told the nurse.',
          disclosureSource: ['child-here'],
        },
        { level: 'REFER', actions: ['MASH_REFERRAL'], firedRules: ['P-R3'] },
        { dateOfBirth: '2018-05-14', fullName: 'Leo Marsh', sex: 'male' },
      ),
      'mash-referral',
    );
    expect(fieldText(d, 'concernCategories')).toBe(
      `To choose, the kind of abuse described: physical, sexual, emotional or neglect: ${PLACEHOLDER}`,
    );
    expect(fieldText(d, 'whatWasHeard')).toBe(
      'What was said, and by whom, recorded word for word: “Dad hits me with his belt, Leo told the nurse.”\nWho said it: the child, to our staff.',
    );
  });

  it('§2: a 16–17-year-old whose young people’s checklist met the threshold (P-R10 e)', () => {
    const input = childNotification(
      { partnerAbuse: 'yes', ypDashResult: 'marac-threshold-met', ownChildren: 'no', pregnancy: 'no' },
      {
        level: 'REFER',
        actions: ['MASH_REFERRAL', 'MARAC_REFERRAL', 'IDVA_OR_DA_SERVICE', 'INFORM_SAFEGUARDING_LEAD'],
        firedRules: ['P-R10', 'P-R7'],
      },
      { dateOfBirth: '2008-01-10', fullName: 'Lily Stone' },
    );
    const docs = draftDocuments(input);
    expect(docs.map((d) => d.id)).toEqual(['mash-referral', 'marac-referral']);
    const marac = docs[1];
    expect(marac && fieldText(marac, 'referralRoute')).toContain(
      'The young people’s risk checklist met the threshold',
    );
    expect(marac?.fields.some((f) => f.name === 'dashScore')).toBe(false);
    expect(marac && fieldText(marac, 'victim')).toContain(
      `Safe ways to contact Lily, and when it is safe to call: ${PLACEHOLDER}`,
    );
    expect(docs[0] && fieldText(docs[0], 'concernCategories')).toBe(
      'Domestic abuse (the young person is the victim).',
    );
  });

  it('§4: a NOTIFY from the frequent-attender form alone still drafts the letter', () => {
    const input = exampleB({
      forms: [
        form('frequent-attender', { level: 'NOTIFY', actions: ['NOTIFY_GP'], firedRules: ['FA0', 'FA-U'] }),
      ],
    });
    const d = draft(input, 'notification-patient');
    expect(fieldText(d, 'request')).toContain('we could not check the attendance history');
    expect(fieldText(d, 'checksDone')).toContain(
      'The attendance history could not be checked, so earlier visits may be missing.',
    );
  });

  it('§4 for an adult woman with FGM (F-R4) and a daughter at risk (F-R3): her GP, and the girl’s own letter', () => {
    const input: DraftDocumentsInput = {
      answers: {
        fgm: {
          hasBeenCut: 'yes',
          hasGirlsInFamily: 'yes',
          girlsInFamily: [
            { name: 'Amal Noor', dateOfBirth: '2022-05-01', relationship: 'daughter', hadFgm: 'no' },
          ],
        },
      },
      context: context({ dateOfBirth: '1990-01-01', sex: 'female', arrivedAt: '2025-03-04T10:00:00+00:00' }),
      assessment: encounter(
        form('fgm', {
          level: 'NOTIFY',
          actions: ['NOTIFY_GP', 'NOTIFY_HV', 'FGM_IS_ADD_INDICATOR'],
          firedRules: ['F-R3', 'F-R4'],
          reasons: ['Amal Noor’s mother has had female genital mutilation.'],
        }),
      ),
      inputs: inputs({
        fullName: 'Sara Noor',
        nhsNumber: '9995556667',
        address: '2 Hill Street, Exampleton',
      }),
    };
    const docs = draftDocuments(input);
    expect(docs.map((d) => [d.id, d.recipients.map((r) => r.role).join()])).toEqual([
      ['notification-patient', 'gp'],
      ['notification-child-fgm-0', 'gp,health-visitor'],
    ]);
    expect(docs[0] && fieldText(docs[0], 'clinical')).toContain('Sara has had female genital mutilation.');
    expect(docs[1] && fieldText(docs[1], 'request')).toContain(
      'Please follow up the family-history indicator',
    );
    for (const d of docs) {
      expect(d.sensitivity).toBe('safeguarding-third-party');
      expect(approvableOnceFilled(d)).toBe(true);
    }
  });
});
