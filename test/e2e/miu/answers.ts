/** Answers per page of the paediatric triage for a girl of 4 months, a bruise on her cheek (P-R2). */
export const BABY_TRIAGE: readonly { page: string; answers: readonly (readonly [string, string])[] }[] = [
  {
    page: 'Phase 1 of 7: Safety now',
    answers: [
      ['Is any child in immediate danger now?', 'No'],
      ['Has the child left, or been taken away, before assessment or treatment ended?', 'No'],
    ],
  },
  {
    page: 'Phase 2 of 7: Who is with the child, and record checks',
    answers: [
      ['Who came with the child?', 'Parent'],
      ['Their name and relationship to the child', 'Jo Marsh, mother'],
      ['Did they refuse to give their name or relationship?', 'No'],
      ['Do they hold parental responsibility (PR)?', 'Yes'],
      ['Is the adult with the child sober and able to look after them now?', 'Yes'],
      ['Who holds parental responsibility? (Names; the local authority too under a care order)', 'Jo Marsh'],
      ['Is the child registered with a GP?', 'Yes'],
      ['GP practice', 'Exampleton Surgery'],
      ['What does CP-IS (the national child protection information system) show?', 'Nothing recorded'],
      ['Does FGM-IS show an FGM family-history indicator for her?', 'No'],
      ['Is there a known child-in-need plan or an allocated social worker?', 'No'],
      ['Not counting today, how many unplanned urgent or emergency visits in the past year, anywhere?', '0'],
      ['Does the child have a disability, or difficulty communicating or understanding?', 'No'],
    ],
  },
  {
    page: 'Phase 3 of 7: Why the child came, and any injury',
    answers: [
      ['Why has the child come today?', 'Bruise on left cheek noticed at nursery pick-up'],
      ['Is there any injury, bruise or mark, whether or not it is why they came?', 'Yes'],
      ['Did someone hurt the child on purpose?', 'Not known'],
      ['Was there a delay in seeking care that has not been adequately explained?', 'No'],
      ['The explanation given', 'None: noticed at nursery pick-up'],
      ['Who gave the explanation?', 'Her mother'],
      ['Is the explanation suitable?', 'No explanation given'],
      ['What kinds of injury or mark?', 'Bruise or petechiae, including a mark that may be a bruise'],
      ['Which of these patterns are present? (Tick none if none)', 'None of these'],
      ['Is the child intoxicated with alcohol or drugs?', 'No'],
      [
        'From your assessment: is there a sexual-health need (emergency contraception, contraception, pregnancy, STI), genital or anal symptoms, or a sexual assault?',
        'No',
      ],
      [
        'Has the child, or anyone else, said (here or elsewhere) that the child was maltreated or abused by a parent, carer, other adult or person in a position of trust, sexually abused by anyone, or sexually exploited?',
        'No',
      ],
      [
        'Has the child swallowed or breathed in alcohol, drugs, medicine or a household product that they did not take by their own choice, by accident or given by someone?',
        'No',
      ],
      [
        'Has she said she was cut (FGM), did staff see signs during care she needed, or has anyone told you?',
        'No',
      ],
    ],
  },
  {
    page: 'Phase 4 of 7: The child',
    answers: [
      ['How does the child seem?', 'Settled'],
      ['Could the child give an account in their own words?', 'No'],
      ['Why could the child not give an account?', 'Too young to talk'],
      ['How do the carer and the child interact?', 'Appropriately'],
      [
        'Are there signs of neglect (for example poor hygiene, unsuitable clothing, faltering growth, conditions left untreated, tooth decay)?',
        'No',
      ],
    ],
  },
  {
    page: 'Phase 5 of 7: Family and home',
    answers: [
      ['Is there domestic abuse at home, known or suspected?', 'No'],
      ['Is a parent or carer misusing alcohol or drugs?', 'No'],
      ['Does a parent or carer have mental ill-health?', 'No'],
    ],
  },
  { page: 'Phase 6 of 7: Other forms for this visit', answers: [] },
  {
    page: 'Phase 7 of 7: Sharing information and decisions',
    answers: [
      ['Was the information-sharing policy explained to the parent or young person?', 'Yes'],
      [
        'The concern in plain language',
        'Evie is 4 months old and cannot move about on her own. She has a bruise on her left cheek that nobody can explain.',
      ],
      ['Safeguarding lead or senior clinician consulted (name and role)', 'Lee Morgan, safeguarding lead'],
      [
        'The decision and the reasons for it',
        'Refer to the MASH now: an unexplained bruise on a baby who is not mobile.',
      ],
    ],
  },
];

/** B14.1, asked on the page where the referral concern arises (the injury page here). */
export const CARER_LEAVING: readonly [string, string] = [
  'Is the carer refusing to wait, or taking the child away, before a safe plan or urgent care?',
  'No',
];
