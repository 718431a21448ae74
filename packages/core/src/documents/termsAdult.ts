/** Plain words for the hidden-harm, FGM and CSE option codes the drafts render. */
type Words = Readonly<Record<string, string>>;

export const PRESENTING_REASONS: Words = {
  'self-harm': 'self-harm or an overdose',
  intoxication: 'the effects of alcohol or drugs',
  'substance-misuse': 'alcohol or drug misuse or withdrawal',
  'mental-health': 'a mental-health crisis',
  'domestic-abuse': 'domestic abuse',
  assault: 'an assault',
  'sexual-assault': 'a sexual assault',
  other: 'another reason',
};

export const WHERE_NOW: Words = {
  home: 'at the patient’s home',
  'other-home': 'at someone else’s home',
  'school-childcare': 'at school or childcare',
  'in-department': 'here with us',
  other: 'somewhere else',
  unknown: 'somewhere not known',
};

export const WHO_CARING: Words = {
  'other-parent': 'their other parent',
  relative: 'a relative',
  friend: 'a friend',
  'childcare-school': 'school, nursery or childminder staff',
  patient: 'the patient, here',
  alone: 'no adult: the child is alone',
  unknown: 'someone not known',
};

export const MARAC_ROUTES: Words = {
  'visible-high-risk': 'Visible high risk',
  'professional-judgement':
    'Professional judgement: the clinician judged the person to be at high risk of serious harm.',
  'potential-escalation': 'Potential escalation',
};

export const REGULATORS: Words = {
  gmc: 'General Medical Council',
  nmc: 'Nursing and Midwifery Council',
  hcpc: 'Health and Care Professions Council',
  gphc: 'General Pharmaceutical Council',
  gdc: 'General Dental Council',
  'other-regulator': 'another regulator overseen by the Professional Standards Authority',
  'not-regulated': 'not a regulated professional',
};

export const THIRD_PARTY: Words = {
  parent: 'a parent or carer',
  relative: 'another relative',
  professional: 'another professional',
  other: 'someone else',
};

/** The welfare concerns behind the CSE screen's green indicators, without naming the screen (C-R4). */
export const GREEN_WELFARE: Words = {
  G1: 'is looked after, a care leaver, or lives in residential or supported housing',
  G2: 'has a difficult home life, past abuse or a recent bereavement',
  G3: 'has a learning disability or difficulty',
  G4: 'has low self-esteem, a mental-health problem or has hurt themselves',
  G5: 'is missing school or has lost interest in it',
  G6: 'is trying alcohol or drugs',
  G7: 'has friends who may be being exploited',
};

/** The 24 scored questions of the adult risk checklist, in SafeLives order (hidden-harm.md). */
export const DASH_QUESTIONS: readonly (readonly [string, string])[] = [
  ['dashInjured', 'Were you hurt or injured this time?'],
  ['dashFrightened', 'Are you feeling very scared?'],
  ['dashFearsFurtherInjury', 'Are you afraid of further injury or violence?'],
  ['dashIsolated', 'Are you cut off from family or friends; do they stop you seeing people?'],
  ['dashDepressedSuicidal', 'Do you feel low or depressed, or have you thought about ending your life?'],
  ['dashSeparation', 'Have you left, or tried to leave, them in the past year?'],
  ['dashChildContactConflict', 'Are there disputes or fights about contact with the children?'],
  ['dashStalkingHarassment', 'Do they keep calling, messaging, following, stalking or harassing you?'],
  ['dashPregnantOrRecentBaby', 'Are you expecting a baby, or did you give birth within the last 18 months?'],
  ['dashMoreOften', 'Has the abuse become more frequent lately?'],
  ['dashGettingWorse', 'Has the abuse become more severe?'],
  [
    'dashControllingJealous',
    'Do they control what you do, who you see or what you spend, or are they intensely jealous?',
  ],
  ['dashWeapons', 'Have they ever hurt you with a weapon or an object?'],
  [
    'dashThreatsToKill',
    'Have they ever said they would kill you or someone else, and did you think they meant it?',
  ],
  ['dashStrangulation', 'Has there ever been an attempt by them to strangle, choke, suffocate or drown you?'],
  ['dashSexualAbuse', 'Do they do or say sexual things that hurt or degrade you?'],
  ['dashThirdPartyThreats', 'Is anyone else threatening you, or are you afraid of someone else?'],
  ['dashHurtOthers', 'Do you know of them hurting anyone else (children, relatives, a former partner)?'],
  ['dashAnimalCruelty', 'Have they been cruel to an animal or a family pet?'],
  ['dashFinancialDependence', 'Are there money problems, or do you depend on them for money?'],
  ['dashAbuserProblems', 'Have they had problems with drugs, alcohol or mental health in the past year?'],
  ['dashAbuserSuicideThreats', 'Have they ever tried to take their own life, or threatened to?'],
  ['dashBreachedOrders', 'Have they broken bail, an injunction or an agreement about child contact?'],
  ['dashCriminalHistory', 'Are they known to the police, or do they have a criminal record?'],
];

export const YES_NO_UNKNOWN: Words = { yes: 'yes', no: 'no', unknown: 'not known' };

/** The forms of the encounter, named in full for the attachments. */
export const FORM_NAMES: Words = {
  'paediatric-triage': 'the completed paediatric safeguarding triage',
  'hidden-harm': 'the completed form about the adult’s children and dependants (hidden harm)',
  cse: 'the completed screen for child sexual exploitation',
  fgm: 'the completed female genital mutilation form',
  'frequent-attender': 'the completed check of earlier urgent-care visits',
};
