/**
 * Plain words for the paediatric triage's option codes (referrals.md §5 rule 4: translate clinical
 * terms: "broken bone" for fracture, "not yet crawling or walking" for non-mobile).
 */
type Words = Readonly<Record<string, string>>;

export const words = (table: Words, code: string | undefined): string | undefined =>
  code === undefined ? undefined : (table[code] ?? code);

export const ACCOMPANIED_BY: Words = {
  parent: 'a parent',
  'other-relative': 'another relative',
  'foster-carer': 'a foster carer',
  'residential-worker': 'a residential care worker',
  'social-worker': 'a social worker',
  police: 'a police officer',
  partner: 'a boyfriend, girlfriend or partner',
  'friend-under-18': 'a friend under 18',
  'adult-friend': 'an adult friend',
  'unrelated-adult': 'an adult who is not a relative',
  other: 'someone else',
};

export const INJURY_TYPES: Words = {
  'bruise-petechiae': 'bruising, or tiny red or purple spots',
  'burn-scald': 'a burn or scald',
  'fracture-suspected': 'a possible broken bone',
  'head-injury': 'a head injury',
  laceration: 'a cut',
  bite: 'a bite',
  anogenital: 'an injury to the genital or anal area',
  'oral-frenulum': 'a mouth injury, such as a torn fold of skin under the lip or tongue',
  'knife-or-gunshot': 'a stab, slash or gunshot wound from an attack',
  other: 'another injury or mark',
};

export const PATTERNS: Words = {
  'shaped-bruise': 'a bruise with a shape, such as a hand, a grip, an object, a tie or teeth',
  'protected-site-bruise':
    'bruising where children rarely bruise by accident (ears, neck, face, buttocks or body)',
  'bruise-cluster': 'bruises in a cluster',
  'implement-burn': 'a burn in the shape of an object or a cigarette',
  'immersion-scald': 'a scald with the pattern of being held in hot water',
  'unusual-site-burn': 'a burn in an unusual place (back of the hands, soles of the feet, buttocks or back)',
  'human-bite': 'a human bite mark from an adult or older child',
  'multiple-fractures': 'more than one broken bone, or broken bones of different ages',
};

export const HEAD_SIGNS: Words = {
  'suspected-nai': 'I suspect someone caused the head injury on purpose',
  seizure: 'a fit',
  'gcs-low': 'drowsier or less responsive than expected',
  'skull-fracture': 'a possible broken skull',
  'focal-deficit': 'signs that part of the brain is affected, such as weakness on one side',
  'other-nice': 'another sign that needs an urgent scan of the head',
};

export const SUBSTANCES: Words = {
  'illicit-drug': 'an illegal drug (for example a cannabis sweet)',
  'opioid-substitute': 'a heroin substitute such as methadone or buprenorphine',
  'adult-medicine': 'a medicine not prescribed for the child',
  alcohol: 'alcohol',
  'household-product': 'a household product',
  'not-known': 'something not yet known',
};

export const GIVEN_DELIBERATELY: Words = {
  yes: 'Someone gave it on purpose, or this is suspected.',
  no: 'It was taken by accident.',
  unknown: 'We do not know whether someone gave it on purpose.',
};

export const EXPLOITATION_SIGNS: Words = {
  'far-from-home': 'found far from home',
  'drugs-cash-or-phones': 'carrying drugs, a lot of cash or several phones',
  weapon: 'carrying a weapon',
  arrested: 'arrested recently',
  'older-associates': 'spending time with older people or a gang',
};

export const HURT_BY: Words = {
  no: 'No one hurt the child on purpose, as far as we know.',
  'adult-or-carer': 'A parent, carer or other adult hurt the child on purpose.',
  'other-person': 'Another child, or someone not identified, hurt the child on purpose.',
  'not-known': 'We do not know whether someone hurt the child on purpose.',
};

export const EXPLANATION_FIT: Words = {
  suitable: 'I think the explanation fits the injury.',
  unsuitable: 'I think the explanation does not fit the injury.',
  'none-given': 'No explanation was given.',
};

export const CPIS: Words = {
  cpp: 'shows a child protection plan',
  lac: 'shows that the child is looked after by the local authority (in care)',
  'unborn-cpp': 'shows a child protection plan for an unborn baby in the family',
  cin: 'shows a child-in-need plan or an allocated social worker',
  none: 'shows no child protection plan, and the child is not in care',
};

export const DEMEANOUR: Words = {
  settled: 'settled',
  withdrawn: 'withdrawn',
  'frightened-watchful': 'frightened or watchful',
  distressed: 'distressed',
  flat: 'flat',
  'over-familiar': 'over-familiar with people they did not know',
  aggressive: 'aggressive',
  other: 'as described below',
};

export const NO_ACCOUNT_REASON: Words = {
  'pre-verbal': 'is too young to talk',
  'communication-needs': 'has a disability or communication need, so could not tell us',
  'asleep-or-unwell': 'was asleep or too unwell',
  declined: 'did not want to talk to us',
  'not-seen-alone': 'could not be seen alone',
};

export const DISCLOSURE_SOURCE: Words = {
  'child-here': 'the child, to our staff',
  'child-elsewhere': 'the child, to someone elsewhere',
  'parent-or-carer': 'a parent or carer',
  'other-person': 'someone else',
};

export const SEXUAL_HEALTH_NEEDS: Words = {
  'emergency-contraception': 'emergency contraception',
  contraception: 'contraception',
  pregnancy: 'a pregnancy test or a known pregnancy',
  sti: 'a test or treatment for a sexually transmitted infection',
  'genital-anal-symptoms': 'genital or anal symptoms',
  'sexual-assault': 'a sexual assault',
};

export const OWN_CHILDREN_WHERE: Words = {
  'other-parent': 'with their other parent',
  relative: 'with a relative',
  friend: 'with a friend',
  'childcare-school': 'at school or childcare',
  'in-department': 'here with us',
  alone: 'alone, with no adult',
  unknown: 'somewhere not known',
};
