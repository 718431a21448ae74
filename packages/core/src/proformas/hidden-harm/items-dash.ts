import { c, type HiddenHarmItem } from './items-common.ts';
import type { DashScoredKey } from './schema.ts';

/** The DASH questions to the patient (hidden-harm.md "DASH items"), in SafeLives order. */
const DASH_QUESTIONS: readonly [DashScoredKey, string, string, string?][] = [
  [
    'dashInjured',
    'DASH1',
    'Were you hurt or injured this time?',
    'Ask how, and whether it is the first injury.',
  ],
  ['dashFrightened', 'DASH2', 'Are you feeling very scared?'],
  ['dashFearsFurtherInjury', 'DASH3', 'Are you afraid of further injury or violence?'],
  ['dashIsolated', 'DASH4', 'Are you cut off from family or friends; do they stop you seeing people?'],
  [
    'dashDepressedSuicidal',
    'DASH5',
    'Do you feel low or depressed, or have you thought about ending your life?',
  ],
  ['dashSeparation', 'DASH6', 'Have you left, or tried to leave, them in the past year?'],
  ['dashChildContactConflict', 'DASH7', 'Are there disputes or fights about contact with the children?'],
  [
    'dashStalkingHarassment',
    'DASH8',
    'Do they keep calling, messaging, following, stalking or harassing you?',
  ],
  [
    'dashPregnantOrRecentBaby',
    'DASH9',
    'Are you expecting a baby, or did you give birth within the last 18 months?',
  ],
  ['dashMoreOften', 'DASH10', 'Has the abuse become more frequent lately?'],
  ['dashGettingWorse', 'DASH11', 'Has the abuse become more severe?'],
  [
    'dashControllingJealous',
    'DASH12',
    'Do they control what you do, who you see or what you spend, or are they intensely jealous?',
  ],
  ['dashWeapons', 'DASH13', 'Have they ever hurt you with a weapon or an object?'],
  [
    'dashThreatsToKill',
    'DASH14',
    'Have they ever said they would kill you or someone else, and did you think they meant it?',
  ],
  [
    'dashStrangulation',
    'DASH15',
    'Has there ever been an attempt by them to strangle, choke, suffocate or drown you?',
  ],
  ['dashSexualAbuse', 'DASH16', 'Do they do or say sexual things that hurt or degrade you?'],
  ['dashThirdPartyThreats', 'DASH17', 'Is anyone else threatening you, or are you afraid of someone else?'],
  [
    'dashHurtOthers',
    'DASH18',
    'Do you know of them hurting anyone else (children, relatives, a former partner)?',
  ],
  ['dashAnimalCruelty', 'DASH19', 'Have they been cruel to an animal or a family pet?'],
  ['dashFinancialDependence', 'DASH20', 'Are there money problems, or do you depend on them for money?'],
  [
    'dashAbuserProblems',
    'DASH21',
    'Have they had problems with drugs, alcohol or mental health in the past year?',
  ],
  ['dashAbuserSuicideThreats', 'DASH22', 'Have they ever tried to take their own life, or threatened to?'],
  [
    'dashBreachedOrders',
    'DASH23',
    'Have they broken bail, an injunction or an agreement about child contact?',
  ],
  ['dashCriminalHistory', 'DASH24', 'Are they known to the police, or do they have a criminal record?'],
];

const DASH_NOT_KNOWN = "'Not known' also means 'would rather not say'. Only yes counts towards the score.";
const DASH_AGREED = c.eq('dashAgreed', 'yes');

/** DASH1–DASH24 with DASH3.1 after DASH3: the `dash` sub-phase of `domesticAbuse`. */
export const dashItems: readonly HiddenHarmItem[] = DASH_QUESTIONS.flatMap(([key, code, question, hint]) => {
  const item: HiddenHarmItem = {
    key,
    code,
    question,
    phase: 'domesticAbuse',
    type: 'yes-no-unknown',
    required: true,
    shownWhen: DASH_AGREED,
    hint: hint ? `${hint} ${DASH_NOT_KNOWN}` : DASH_NOT_KNOWN,
  };
  if (code !== 'DASH3') return [item];
  const fears: HiddenHarmItem = {
    key: 'dashFearsDetail',
    code: 'DASH3.1',
    phase: 'domesticAbuse',
    type: 'text',
    required: false,
    shownWhen: DASH_AGREED,
    question: 'What do you fear they might do, and to whom (you, the children, others)?',
    hint: 'In the patient’s own words. Not scored.',
  };
  return [item, fears];
});
