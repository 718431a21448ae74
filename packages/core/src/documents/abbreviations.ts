/**
 * referrals.md §5 rule 2: abbreviations the checker flags, with the words to write instead. NHS, GP,
 * A&E and X-ray may stand alone, so they are not listed; MASH and MARAC are allowed only in a
 * document addressed to them (see `addressedTo`).
 */
export interface Abbreviation {
  /** Every written form, matched whole-word (a plural "s" included). */
  forms: readonly string[];
  /** What to write instead. */
  full: string;
  /** Matched in any case (forms that are never ordinary words). */
  anyCase?: boolean;
  /** Allowed in a document addressed to this body. */
  allowedFor?: 'MASH' | 'MARAC';
}

const a = (
  forms: string | readonly string[],
  full: string,
  extra: Partial<Abbreviation> = {},
): Abbreviation => ({
  forms: typeof forms === 'string' ? [forms] : forms,
  full,
  ...extra,
});

export const ABBREVIATIONS: readonly Abbreviation[] = [
  a(
    'OD',
    'say what was taken and how much, e.g. "took about 20 paracetamol tablets" (overdose or once a day)',
  ),
  a('PCM', 'paracetamol'),
  a('NAI', 'say what happened and why you think someone hurt the child (non-accidental injury)'),
  a('LAC', 'looked after by the local authority (in care)'),
  a('CPP', 'child protection plan'),
  a('CIN', 'child in need'),
  a('CP', 'child protection'),
  a('DA', 'domestic abuse'),
  a('DV', 'domestic violence'),
  a('HV', 'health visitor'),
  a('SN', 'school nurse'),
  a('SW', 'social worker'),
  a('PR', 'parental responsibility'),
  a('ED', 'emergency department'),
  a('MIU', 'minor injury unit'),
  a('UTC', 'urgent treatment centre'),
  a('WIC', 'walk-in centre'),
  a('OOH', 'out of hours'),
  a('EC', 'emergency contraception'),
  a('STI', 'sexually transmitted infection'),
  a('CSE', 'child sexual exploitation'),
  a('FGM', 'female genital mutilation'),
  a(['FGM-IS'], 'the national female genital mutilation information system'),
  a(['DASH', 'Dash'], 'the domestic abuse, stalking and harassment risk checklist'),
  a('IDVA', 'independent domestic violence adviser'),
  a('SARC', 'sexual assault referral centre'),
  a('EDT', "the local authority's emergency duty team"),
  a('CAMHS', "children and young people's mental health services"),
  a('CMHT', 'community mental health team'),
  a('GCS', 'describe how alert the person was, e.g. "drowsy but answering questions"'),
  a('Hx', 'history'),
  a('Pt', "the person's name"),
  a('c/o', 'say what they said was wrong ("complaining of")', { anyCase: true }),
  a('O/E', 'say what you saw when you examined them ("on examination")', { anyCase: true }),
  a('NFA', 'no further action'),
  a('NKDA', 'no known allergies to medicines'),
  a(['ETOH', 'EtOH'], 'alcohol'),
  a('IVDU', 'injects drugs'),
  a('DSH', 'self-harm'),
  a('LD', 'learning disability'),
  a('y/o', 'years old', { anyCase: true }),
  a(['CP-IS', 'CPIS'], 'the national child protection information system'),
  a('MASH', 'the multi-agency safeguarding hub (children’s social care)', { allowedFor: 'MASH' }),
  a('MARAC', 'the multi-agency risk assessment conference', { allowedFor: 'MARAC' }),
];

/** §5 rule 3: dosing shorthand, matched whole-word in any case. */
export const DOSING_SHORTHAND: readonly { form: string; full: string }[] = [
  { form: 'BD', full: 'twice a day' },
  { form: 'TDS', full: 'three times a day' },
  { form: 'TID', full: 'three times a day' },
  { form: 'QDS', full: 'four times a day' },
  { form: 'QID', full: 'four times a day' },
  { form: 'PRN', full: 'when needed' },
  { form: 'stat', full: 'straight away' },
  { form: 'nocte', full: 'at night' },
];
