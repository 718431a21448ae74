import { record, rows, text, type Answers } from './answers.ts';
import { detailOf, type DraftEnv } from './env.ts';
import { clockTime, longDate } from './format.ts';

/** One regulated person of `detail.s5b.reporters` (fgm.md "detail"). */
export interface Reporter {
  row: number;
  name: string;
  profession: string;
  regulator: string;
  heardOrSaw: string;
  status: string;
  policeReference: string | null;
  reportedAt: string | null;
}

export const s5bOf = (env: DraftEnv): Answers => record(detailOf(env, 'fgm')['s5b']) ?? {};

export const reportersOf = (env: DraftEnv): Reporter[] =>
  rows(s5bOf(env), 'reporters').map((r) => ({
    row: typeof r['row'] === 'number' ? r['row'] : -1,
    name: text(r, 'name') ?? '',
    profession: text(r, 'profession') ?? '',
    regulator: text(r, 'regulator') ?? '',
    heardOrSaw: text(r, 'heardOrSaw') ?? '',
    status: text(r, 'status') ?? '',
    policeReference: text(r, 'policeReference') ?? null,
    reportedAt: text(r, 'reportedAt') ?? null,
  }));

/** §3 `otherReporters`: everyone else in F15d and whether each has reported. */
export const otherReportersText = (
  env: DraftEnv,
  r: Reporter | undefined,
  reporters: readonly Reporter[],
): string | undefined => {
  const people = rows(env.fgm, 'identifiedBy');
  if (people.length <= 1) return undefined;
  const lines = people.flatMap((person, index) => {
    if (r && index === r.row) return [];
    const who = `${text(person, 'name') ?? `Person ${index + 1}`}, ${text(person, 'profession') ?? 'profession not recorded'}`;
    const reg = reporters.find((x) => x.row === index);
    if (!reg) return [`${who}: not a regulated professional, so has no personal duty to report.`];
    const done = reg.policeReference
      ? ` Police reference ${reg.policeReference}${reg.reportedAt ? `, reported at ${clockTime(reg.reportedAt)} on ${longDate(reg.reportedAt)}` : ''}.`
      : ' Not yet reported.';
    return reg.status === 'reported-by-colleague'
      ? [`${who}: a colleague of the same profession has already reported this.${done}`]
      : [`${who}: is making their own report.${done}`];
  });
  return lines.join('\n');
};
