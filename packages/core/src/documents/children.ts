import { ageAt, describeAge } from '../model/age.ts';
import { rows, text, type Answers } from './answers.ts';
import type { DraftEnv } from './env.ts';
import { words } from './terms.ts';
import { WHERE_NOW, WHO_CARING } from './termsAdult.ts';

/** A child the adult's documents are about (hidden-harm H1a / H1c rows, FGM F11b girls). */
export interface SubjectChild {
  /** Deterministic: the form and row it came from. */
  readonly key: string;
  readonly name: string | undefined;
  readonly dateOfBirth: string | undefined;
  readonly ageYears: number | undefined;
  /** "2 years", "8 months". */
  readonly age: string | undefined;
  readonly nhsNumber: string | undefined;
  readonly address: string | undefined;
  readonly school: string | undefined;
  readonly gp: string | undefined;
  /** Where the child is now and with whom, in words (hidden-harm H4a–H4c). */
  readonly whereNow: string | undefined;
  readonly livesWithPatient: boolean;
  /** hidden-harm H9, the option code. */
  readonly cpisStatus: string | undefined;
  readonly source: 'hidden-harm' | 'hidden-harm-elsewhere' | 'fgm';
}

const ageOf = (env: DraftEnv, dob: string | undefined) => (dob ? ageAt(dob, env.arrivedAt) : undefined);

const whereNowWords = (row: Answers): string | undefined => {
  const where = words(WHERE_NOW, text(row, 'whereNow'));
  const who = words(WHO_CARING, text(row, 'whoCaringNow'));
  const carer = text(row, 'carerName');
  if (!where && !who) return undefined;
  const caring = who ? `looked after by ${who}${carer ? ` (${carer})` : ''}` : carer;
  return [where, caring].filter((p) => p !== undefined).join(', ');
};

const make = (env: DraftEnv, row: Answers, source: SubjectChild['source'], index: number): SubjectChild => {
  const dob = text(row, 'dateOfBirth');
  const age = ageOf(env, dob);
  const lives = text(row, 'livesWithPatient') === 'yes';
  return {
    key: `${source}-${index}`,
    name: text(row, 'name'),
    dateOfBirth: dob,
    ageYears: age?.years,
    age: age ? describeAge(age) : undefined,
    nhsNumber: text(row, 'nhsNumber'),
    address:
      text(row, 'address') ?? text(row, 'livesWith') ?? (lives ? env.inputs.patient.address : undefined),
    school: text(row, 'schoolOrNursery'),
    gp: text(row, 'gp'),
    whereNow: whereNowWords(row),
    livesWithPatient: lives,
    cpisStatus: text(row, 'cpisStatus'),
    source,
  };
};

const sameChild = (a: SubjectChild, b: SubjectChild): boolean =>
  a.name !== undefined &&
  a.name.trim().toLowerCase() === b.name?.trim().toLowerCase() &&
  a.dateOfBirth === b.dateOfBirth;

/**
 * The children of an adult's encounter: hidden-harm `children` and `childrenElsewhere` rows, then
 * FGM `girlsInFamily` rows under 18 (the same child named twice is listed once).
 */
export const subjectChildren = (env: DraftEnv): SubjectChild[] => {
  const found: SubjectChild[] = [
    ...rows(env.hiddenHarm, 'children').map((r, i) => make(env, r, 'hidden-harm', i)),
    ...rows(env.hiddenHarm, 'childrenElsewhere').map((r, i) => make(env, r, 'hidden-harm-elsewhere', i)),
  ];
  rows(env.fgm, 'girlsInFamily').forEach((r, i) => {
    const girl = make(env, r, 'fgm', i);
    if ((girl.ageYears ?? 0) < 18 && !found.some((c) => sameChild(c, girl))) found.push(girl);
  });
  return found;
};

/** "Mia Reed, aged 2 years". */
export const childLabel = (child: SubjectChild): string =>
  `${child.name ?? 'A child whose name is not recorded'}${child.age ? `, aged ${child.age}` : ''}`;
