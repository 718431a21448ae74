import { describe, expect, it } from 'vitest';
import { adult, bornYearsAgo, child, dash, disclosedVictim, inCare } from './fixtures-build.ts';
import { firingOf, oneChild, run } from './rules-clauses.testing.ts';
import { DASH_SCORED_KEYS, type HiddenHarmAnswers } from './schema.ts';

// hidden-harm.md "Rules" and "Outcome screen": each firing's own level, actions and wording (one
// reason per fired rule, naming the child and the risk), and the boundaries of the derived values.

const SOCIAL_CARE_NOW =
  'phone children’s social care now (the multi-agency safeguarding hub in working hours, the emergency duty team out of hours)';
const AR2_STEPS = `Call 999 now for a welfare check, giving the child’s name and address. Do not let the patient leave with a child they cannot safely care for. Tell the safeguarding lead, then ${SOCIAL_CARE_NOW}.`;
const AR2_ACTIONS = ['POLICE_999', 'MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD'];
const alone = (years: number, aloneOvernight: 'yes' | 'no' = 'no') =>
  oneChild(years, { whoCaringNow: 'alone', aloneOvernight, whereNow: 'home' });

describe('A-R1 and A-R5', () => {
  it('A-R1: NO_CONCERN, no actions, the reason says what was ruled out', () => {
    expect(firingOf({ contactWithChildrenElsewhere: undefined }, 'A-R1')).toEqual([
      {
        rule: 'A-R1',
        level: 'NO_CONCERN',
        actions: [],
        reason:
          'No child lives with or is looked after by the patient, no one in the household is pregnant, no adult depends on the patient for care, the patient has not spoken of harming a child, and they do not see any child on their own or overnight.',
      },
    ]);
  });

  it('A-R1: children elsewhere seen only supervised still count as no dependants; H1b unanswered does not', () => {
    expect(
      firingOf({ otherChildrenElsewhere: 'yes', contactWithChildrenElsewhere: 'supervised' }, 'A-R1'),
    ).toHaveLength(1);
    expect(firingOf({ otherChildrenElsewhere: undefined }, 'A-R1')).toEqual([]);
  });

  it('A-R5: NOTIFY the GP for children living elsewhere', () => {
    expect(
      firingOf({ otherChildrenElsewhere: 'yes', contactWithChildrenElsewhere: 'supervised' }, 'A-R5'),
    ).toEqual([
      {
        rule: 'A-R5',
        level: 'NOTIFY',
        actions: ['NOTIFY_GP'],
        reason:
          'The patient has children under 18 who live elsewhere. Tell the patient’s GP, so that their record shows there are children.',
      },
    ]);
  });
});

describe('A-R2 child in immediate danger: EMERGENCY firings', () => {
  it('A-R2 (H5): names the children in the patient’s care', () => {
    expect(firingOf({ ...oneChild(7), childWithoutSafeAdult: 'yes' }, 'A-R2')).toEqual([
      {
        rule: 'A-R2',
        level: 'EMERGENCY',
        actions: AR2_ACTIONS,
        clause: 'childWithoutSafeAdult',
        reason: `Staff have recorded that a child is, right now, without a safe and sober adult or in immediate danger (children in the patient’s care: Leo Example (aged 7)). ${AR2_STEPS}`,
      },
    ]);
  });

  it('A-R2 childAloneYoung [PROJECT RULE]: under 12 alone (11 fires, 12 does not); the child and where', () => {
    expect(firingOf(alone(11), 'A-R2')).toEqual([
      {
        rule: 'A-R2',
        level: 'EMERGENCY',
        actions: AR2_ACTIONS,
        clause: 'childAloneYoung',
        status: 'project-rule',
        reason: `Leo Example (aged 11), at the patient's home: no adult is with the child. A child under 12 cannot safely be left alone, so this is an emergency even if nobody has said the child is in danger. ${AR2_STEPS}`,
      },
    ]);
    expect(firingOf(alone(12), 'A-R2')).toEqual([]);
  });

  it('A-R2 childAloneOvernight [PROJECT RULE]: under 16 alone overnight (15 fires, 16 does not; not without overnight)', () => {
    expect(firingOf(alone(15, 'yes'), 'A-R2')).toEqual([
      {
        rule: 'A-R2',
        level: 'EMERGENCY',
        actions: AR2_ACTIONS,
        clause: 'childAloneOvernight',
        status: 'project-rule',
        reason: `Leo Example (aged 15), at the patient's home: the child will be on their own overnight. A child under 16 should not be left alone overnight. ${AR2_STEPS}`,
      },
    ]);
    expect(firingOf(alone(16, 'yes'), 'A-R2')).toEqual([]);
    expect(firingOf(alone(15, 'no'), 'A-R2')).toEqual([]);
  });

  it('A-R2 intent to harm a child the patient can reach', () => {
    const fired = firingOf(
      { ...oneChild(7), intentToHarmChild: 'yes', childAccessibleToPatient: 'yes' },
      'A-R2',
    );
    expect(fired).toEqual([
      {
        rule: 'A-R2',
        level: 'EMERGENCY',
        actions: AR2_ACTIONS,
        clause: 'intentToHarmChildWithAccess',
        reason: `The patient has spoken of wanting, planning or thinking about harming a child, and could reach that child now. ${AR2_STEPS}`,
      },
    ]);
    expect(
      firingOf({ ...oneChild(7), intentToHarmChild: 'yes', childAccessibleToPatient: 'no' }, 'A-R2'),
    ).toEqual([]);
  });
});

describe('A-R3, A-R4, A-R9: the children at home', () => {
  it('A-R3 (i): REFER with the MASH, the lead and the children’s notifications', () => {
    const [i] = firingOf(
      { ...oneChild(7), intentToHarmChild: 'yes', childAccessibleToPatient: 'no' },
      'A-R3',
    );
    expect(i).toEqual({
      rule: 'A-R3',
      level: 'REFER',
      actions: ['MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_SN'],
      clause: 'i',
      reason: `The patient has spoken of wanting, planning or thinking about harming a child. Any child they could reach is likely to suffer significant harm: ${SOCIAL_CARE_NOW}.`,
    });
  });

  it('A-R3 (ii): every trigger in words, the child named, capitalised', () => {
    const answers: Partial<HiddenHarmAnswers> = {
      ...oneChild(3),
      childrenWitnessed: 'yes',
      householdDomesticAbuse: 'yes',
      householdSubstanceMisuse: 'yes',
    };
    const [ii] = firingOf(answers, 'A-R3');
    expect(ii).toMatchObject({ level: 'REFER', clause: 'ii' });
    expect(ii?.actions).toEqual(['MASH_REFERRAL', 'INFORM_SAFEGUARDING_LEAD', 'NOTIFY_GP', 'NOTIFY_HV']);
    expect(ii?.reason).toBe(
      `Leo Example (aged 3): there is domestic abuse in the household, a child saw or heard what happened, or was there and there are two problems at home (domestic abuse and alcohol or drug misuse). This puts them at risk of significant harm: ${SOCIAL_CARE_NOW}, before the patient leaves.`,
    );
  });

  it('A-R3 (ii): drink or drugs in a pregnancy; an unborn baby alone is named, maternity told', () => {
    const [ii] = firingOf(
      { pregnant: 'yes', pregnantPerson: 'patient', householdSubstanceMisuse: 'yes' },
      'A-R3',
    );
    expect(ii?.actions).toEqual([
      'MASH_REFERRAL',
      'INFORM_SAFEGUARDING_LEAD',
      'NOTIFY_GP',
      'MATERNITY_SAFEGUARDING_NOTIFY',
    ]);
    expect(ii?.reason).toMatch(
      /^The unborn baby: there is alcohol or drug misuse during a pregnancy in the household\. This puts them at risk/,
    );
  });

  it('A-R3 (ii) does not fire with no child in the household, whatever the factors', () => {
    expect(firingOf({ householdDomesticAbuse: 'yes', householdSubstanceMisuse: 'yes' }, 'A-R3')).toEqual([]);
  });

  it('A-R4: one factor, DISCUSS with the children’s notifications; the safe adult sentence', () => {
    expect(firingOf({ ...oneChild(7), householdMentalHealth: 'yes' }, 'A-R4')).toEqual([
      {
        rule: 'A-R4',
        level: 'DISCUSS',
        actions: ['NOTIFY_GP', 'NOTIFY_SN'],
        reason:
          'Leo Example (aged 7): there is mental ill-health or self-harm at home. No child saw what happened, and a safe adult is looking after the children. Discuss with the safeguarding lead before discharge, and tell the patient’s and each child’s GP and the school nurse.',
      },
    ]);
  });

  it('A-R4: a child of 12 or over alone is not an emergency but is named; two such children "have"', () => {
    const one = firingOf({ ...alone(13), householdMentalHealth: 'yes' }, 'A-R4')[0];
    expect(one?.reason).toContain(
      'Leo Example (aged 13) has no adult with them for now, which at their age is not an emergency by itself: make sure someone will be with them tonight.',
    );
    const two: Partial<HiddenHarmAnswers> = {
      childrenUnder18: 'yes',
      children: [
        child('Leo Example', bornYearsAgo(13), { whoCaringNow: 'alone' }),
        child('Mia Example', bornYearsAgo(14), { whoCaringNow: 'alone' }),
      ],
      ...inCare('Their aunt is coming tonight.'),
      householdMentalHealth: 'yes',
    };
    expect(firingOf(two, 'A-R4')[0]?.reason).toContain(
      'Leo Example (aged 13) and Mia Example (aged 14) have no adult with them for now',
    );
  });

  it('A-R9: NOTIFY the allocated social worker; REFER with the lead when A-R4 also fired', () => {
    const known = { ...oneChild(7, { cpisStatus: 'cpp' }) };
    expect(firingOf(known, 'A-R9')).toEqual([
      {
        rule: 'A-R9',
        level: 'NOTIFY',
        actions: ['CPIS_INFORM_SOCIAL_WORKER'],
        status: 'project-rule',
        reason:
          'Leo Example (aged 7) has a child protection plan. Tell the allocated social worker about this attendance.',
      },
    ]);
    expect(firingOf({ ...known, householdMentalHealth: 'yes' }, 'A-R9')).toEqual([
      {
        rule: 'A-R9',
        level: 'REFER',
        actions: ['CPIS_INFORM_SOCIAL_WORKER', 'INFORM_SAFEGUARDING_LEAD'],
        status: 'project-rule',
        reason:
          'Leo Example (aged 7) has a child protection plan. With a problem at home that needs discussion, refer to the allocated social worker now and tell the safeguarding lead.',
      },
    ]);
    for (const [cpisStatus, words] of [
      ['lac', 'is looked after by the local authority'],
      ['cin', 'has a child-in-need plan or an allocated social worker'],
    ] as const)
      expect(firingOf(oneChild(7, { cpisStatus }), 'A-R9')[0]?.reason).toMatch(
        new RegExp(`^Leo Example \\(aged 7\\) ${words}\\.`),
      );
    expect(firingOf(oneChild(7, { cpisStatus: 'not-available' }), 'A-R9')).toEqual([]);
  });
});

describe('A-R6, A-R7, A-R8, A-R10: the adult', () => {
  const disclosed = (patch: Partial<HiddenHarmAnswers>) => ({
    presentingReasons: ['domestic-abuse' as const],
    ...disclosedVictim(patch),
  });

  it('A-R6 (a): at the threshold (14 of 24) MARAC, the IDVA offer and the lead; 13 is not enough', () => {
    const [a] = firingOf(disclosed(dash(DASH_SCORED_KEYS.slice(0, 14))), 'A-R6');
    expect(a).toEqual({
      rule: 'A-R6',
      level: 'REFER',
      actions: ['MARAC_REFERRAL', 'IDVA_OR_DA_SERVICE', 'INFORM_SAFEGUARDING_LEAD'],
      clause: 'a',
      status: 'project-rule',
      reason:
        'Refer the patient to the multi-agency risk assessment conference (MARAC) for people at high risk of serious harm from domestic abuse, because the risk checklist score is 14 of 24, at or above the threshold of 14 (visible high risk). Offer, in private, an independent domestic violence adviser or a domestic abuse service. This does not replace a referral for any child.',
    });
    expect(firingOf(disclosed(dash(DASH_SCORED_KEYS.slice(0, 13))), 'A-R6')[0]?.clause).toBe('b');
  });

  it('A-R6 (a): professional judgement and escalation (3 incidents yes, 2 no) in words', () => {
    const pj = firingOf(disclosed({ professionalJudgementHigh: 'yes', safeToTalkNow: 'no' }), 'A-R6')[0];
    expect(pj?.reason).toBe(
      'Refer the patient to the multi-agency risk assessment conference (MARAC) for people at high risk of serious harm from domestic abuse, because you judge the patient to be at high risk of serious harm (professional judgement). Offer, in private, an independent domestic violence adviser or a domestic abuse service. You could not speak to the patient alone: make the offer only when they are alone, never in front of anyone else. This does not replace a referral for any child.',
    );
    expect(firingOf(disclosed({ incidentsLast12Months: 3 }), 'A-R6')[0]?.reason).toContain(
      'because there have been 3 incidents in the last 12 months, and 3 or more means the abuse may be getting worse (potential escalation).',
    );
    expect(firingOf(disclosed({ incidentsLast12Months: 2 }), 'A-R6')[0]?.clause).toBe('b');
  });

  it('A-R6 (b): NOTIFY with the score when the DASH was done; a perpetrator is offered a service for people who harm', () => {
    expect(firingOf(disclosed(dash(['dashInjured'])), 'A-R6')).toEqual([
      {
        rule: 'A-R6',
        level: 'NOTIFY',
        actions: ['IDVA_OR_DA_SERVICE'],
        clause: 'b',
        status: 'project-rule',
        reason:
          'The patient has told you about domestic abuse. The criteria for the multi-agency risk assessment conference are not met (the risk checklist score is 1 of 24). Offer, in private, a referral to an independent domestic violence adviser or a domestic abuse service.',
      },
    ]);
    const perpetrator = firingOf(
      disclosed({ domesticAbuseRole: 'perpetrator', dashAgreed: 'no' }),
      'A-R6',
    )[0];
    expect(perpetrator?.reason).toBe(
      'The patient has told you about domestic abuse. The criteria for the multi-agency risk assessment conference are not met. Offer, in private, a referral to a domestic abuse service that works with people who harm a partner or family member.',
    );
    expect(firingOf({}, 'A-R6')).toEqual([]);
  });

  it('A-R7: DISCUSS and consider an adult safeguarding concern, for a dependant or for the patient', () => {
    expect(
      firingOf({ otherDependants: 'yes', dependantCaredForNow: 'no', patientAdultAtRisk: 'yes' }, 'A-R7'),
    ).toEqual([
      {
        rule: 'A-R7',
        level: 'DISCUSS',
        actions: ['ADULT_SAFEGUARDING_CONSIDER'],
        status: 'project-rule',
        reason:
          'An adult who depends on the patient for care is not being looked after safely now. The patient has care and support needs and is at risk of abuse or neglect they cannot protect themselves from. Consider raising an adult safeguarding concern (Care Act 2014, section 42) and discuss it before discharge.',
      },
    ]);
    expect(firingOf({ otherDependants: 'yes', dependantCaredForNow: 'yes' }, 'A-R7')).toEqual([]);
  });

  it('A-R8: NO_CONCERN with a mental-health review, self-harm and a crisis both named', () => {
    expect(firingOf({ presentingReasons: ['self-harm', 'mental-health'] }, 'A-R8')).toEqual([
      {
        rule: 'A-R8',
        level: 'NO_CONCERN',
        actions: ['MENTAL_HEALTH_REVIEW'],
        reason:
          'The patient came after self-harm or an overdose and in a mental-health crisis. They need a specialist psychosocial assessment before discharge.',
      },
    ]);
    expect(firingOf({ presentingReasons: ['intoxication'] }, 'A-R8')).toEqual([]);
  });

  it('A-R10: EMERGENCY; with no child at home it asks where the children are; with one, the MASH too', () => {
    const [none] = firingOf(disclosed({ adultImmediateDanger: 'yes' }), 'A-R10');
    expect(none).toMatchObject({
      level: 'EMERGENCY',
      actions: ['POLICE_999', 'INFORM_SAFEGUARDING_LEAD'],
      status: 'project-rule',
    });
    expect(none?.reason).toBe(
      'The patient, or another adult, is in danger of serious harm from domestic abuse right now. Call 999 now, saying where the patient is and where the abuser is thought to be. Keep the patient in a private, staffed area away from the waiting room, and do not confirm to anyone who asks that the patient is here. Ask where any children are. Tell the safeguarding lead, and tell the patient you are calling. If a patient who has capacity objects, the call still goes ahead when others are at risk or it would prevent a serious crime such as a threatened killing: record who decided and why.',
    );
    const [withChild] = firingOf(disclosed({ ...oneChild(7), adultImmediateDanger: 'yes' }), 'A-R10');
    expect(withChild?.actions).toEqual(['POLICE_999', 'INFORM_SAFEGUARDING_LEAD', 'MASH_REFERRAL']);
    expect(withChild?.reason).toContain(
      `The children going home with the patient share the danger: Leo Example (aged 7). For them, ${SOCIAL_CARE_NOW}.`,
    );
  });
});

describe('hidden-harm.md "Derived values": boundaries', () => {
  it('household factors from the presenting reasons alone', () => {
    const derived = (presentingReasons: HiddenHarmAnswers['presentingReasons']) =>
      run({ presentingReasons }).derived['householdFactors'];
    expect(derived(['domestic-abuse'])).toEqual(['da']);
    expect(derived(['intoxication'])).toEqual(['sub']);
    expect(derived(['substance-misuse'])).toEqual(['sub']);
    expect(derived(['self-harm'])).toEqual(['mh']);
    expect(derived(['mental-health'])).toEqual(['mh']);
  });

  it('childNotifications: the health visitor under 5, the school nurse from 5 to 17, no one for 18+', () => {
    const notify = (years: number) =>
      run(oneChild(years, { livesWithPatient: 'yes' })).derived['childNotifications'];
    expect(notify(4)).toEqual(['NOTIFY_GP', 'NOTIFY_HV']);
    expect(notify(5)).toEqual(['NOTIFY_GP', 'NOTIFY_SN']);
    expect(notify(17)).toEqual(['NOTIFY_GP', 'NOTIFY_SN']);
    expect(notify(18)).toEqual(['NOTIFY_GP']);
  });

  it('pjPrompt on each of weapons, threats to kill, strangulation and danger now', () => {
    for (const key of ['dashWeapons', 'dashThreatsToKill', 'dashStrangulation'] as const)
      expect(run(disclosedVictim(dash([key]))).derived['pjPrompt'], key).toBe(true);
    expect(run(disclosedVictim({ adultImmediateDanger: 'yes' })).derived['pjPrompt']).toBe(true);
    expect(run(disclosedVictim(dash(['dashInjured']))).derived['pjPrompt']).toBe(false);
  });

  it('children here in the department and the girls among them (sex not male, and known)', () => {
    const answers: Partial<HiddenHarmAnswers> = {
      childrenUnder18: 'yes',
      children: [
        child('Leo Example', bornYearsAgo(7), { whereNow: 'in-department' }),
        child('Mia Example', bornYearsAgo(5), { sex: 'female' }),
        child('Ash Example', bornYearsAgo(3), { sex: 'indeterminate', whereNow: 'in-department' }),
      ],
      ...inCare('With their father.'),
    };
    const { derived } = run(answers);
    expect(derived['presentChildren']).toEqual([0, 2]);
    expect(derived['girls']).toEqual([1, 2]);
  });

  it('a patient context of a man is read like any other (the rules are about the children)', () => {
    expect(run({ ...oneChild(7), householdMentalHealth: 'yes' }, adult(40, 'male')).level).toBe('DISCUSS');
  });
});
