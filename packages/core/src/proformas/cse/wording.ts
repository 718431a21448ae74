import type { Sex } from '../../model/context.ts';
import type { DerivationSource, IndicatorCode, IndicatorFinding } from './indicators.ts';
import type { CseInput, CseRisk } from './types.ts';

// Plain-English pieces of the reasons (cse.md "Rules" and "Flow › outcome screen": one reason per
// fired rule, floor clause and indicator present, saying whether asked or derived).

/** Each indicator as a statement, for its reason when it was asked (item = yes). */
export const INDICATOR_STATEMENTS: Record<IndicatorCode, string> = {
  G1: 'Looked after, a care leaver, or living in residential or supported accommodation.',
  G2: 'A chaotic home life, past abuse or a recent bereavement.',
  G3: 'A learning disability or learning difficulty.',
  G4: 'Low self-esteem, a mental-health problem or superficial self-harm.',
  G5: 'Poor school attendance, or disengaged from school.',
  G6: 'Experimenting with alcohol or drugs.',
  G7: 'Has friends who are being sexually exploited.',
  M1: 'Goes missing from home or care, or stays out overnight without explanation.',
  M2: 'Has money, a phone, clothes or gifts they cannot explain.',
  M3: "Vague or evasive about the partner's age, or the age given is doubted.",
  M4: 'Has needed emergency contraception at least twice in a year, had an STI more than once, or been pregnant before.',
  M5: 'Spends time with older people or groups, is linked to a gang, or is picked up by unknown adults.',
  M6: 'Sends, or is asked for, sexual images, or meets people from online alone.',
  M7: 'Problem drug or alcohol use, or sex with peers while drunk or high.',
  M8: 'Came with an older, controlling person, or is not allowed to be seen alone.',
  M9: 'Self-harm with intent to die, or an eating disorder.',
  M10: 'Excluded from school, or not in education, employment or training.',
  R1: 'Has disclosed sexual exploitation, rape or sexual assault.',
  R2: 'Sex has been exchanged for money, drugs, alcohol, somewhere to stay, gifts or status.',
  R3: 'Made, pushed or pressured into sex, or sex with several or unknown adults.',
  R4: 'Taken or trafficked from place to place for sex.',
  R5: 'The partner holds a position of trust or authority over the young person.',
  R6: 'Has injuries that suggest physical or sexual assault.',
  R7: 'Images have been used to threaten, blackmail or exploit them.',
  R8: 'Given drink or drugs by an adult, or made intoxicated, in order to have sex.',
};

const COLOUR_WORDS = { green: 'Green', amber: 'Amber', red: 'Red' } as const;
const SOURCE_WORDS: Record<DerivationSource, string> = {
  'living-situation': 'where they live',
  'partner-age': "the partner's age",
  'how-met': 'how they met the partner',
  'screen-reason': 'the reason for this visit',
};
const LIVING_WORDS: Record<string, string> = {
  'foster-care': 'foster care',
  residential: 'a residential home',
  'supported-independent': 'supported or independent housing',
};

export const RISK_WORDS: Record<CseRisk, string> = { NONE: 'no', LOW: 'low', MEDIUM: 'medium', HIGH: 'high' };

/** "She is 15", "He is 15", "They are 15"; and "her", "his", "their". */
export const pronouns = (sex: Sex) =>
  sex === 'female'
    ? { subject: 'She is', possessive: 'her' }
    : sex === 'male'
      ? { subject: 'He is', possessive: 'his' }
      : { subject: 'They are', possessive: 'their' };

/** What each derivation found, in words (e.g. "She is 15 and her partner is 18: …"). */
const DERIVED_STATEMENTS: Partial<Record<IndicatorCode, (input: CseInput) => string>> = {
  G1: ({ answers }) =>
    `Lives in ${LIVING_WORDS[answers.livingSituation ?? ''] ?? 'care or supported housing'}.`,
  M3: (input) =>
    input.answers.partnerAgeStatus === 'unknown-or-wont-say'
      ? "The young person does not know the partner's age, or will not say it."
      : `${agePhrase(input)}: ${input.derived.partnerAgeGap} years older (${input.config.csePartnerAgeGapYears} or more counts).`,
  M6: () => 'Met the partner online.',
  R1: () => 'Came because of a sexual assault.',
  R5: (input) => `${agePhrase(input)}: an adult partner of an under-16.`,
};

const agePhrase = ({ answers, derived, context }: CseInput): string => {
  const { subject, possessive } = pronouns(context.patient.sex);
  return `${subject} ${derived.ageYears} and ${possessive} partner is ${answers.partnerAgeYears ?? 'of an unknown age'}`;
};

/** One reason per indicator present: colour, code, whether asked or derived (and from what), what it means. */
export const indicatorReason = (finding: IndicatorFinding, input: CseInput): string => {
  const colour = COLOUR_WORDS[finding.colour];
  if (!finding.derivedFrom)
    return `${colour} indicator ${finding.code} (asked): ${INDICATOR_STATEMENTS[finding.code]}`;
  const source = `${finding.asked ? 'asked, and ' : ''}worked out from ${SOURCE_WORDS[finding.derivedFrom]}`;
  return `${colour} indicator ${finding.code} (${source}): ${DERIVED_STATEMENTS[finding.code]?.(input) ?? INDICATOR_STATEMENTS[finding.code]}`;
};

/** The SARC labels of C-R2 (a) and (b); the outcome shows them beside SARC_REFERRAL. */
export const SARC_LABELS = {
  now: 'Contact the SARC now, before the young person leaves.',
  nonRecent: 'Non-recent: via the strategy discussion.',
} as const;
