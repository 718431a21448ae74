import { parseDate } from '../../model/dates.ts';
import type { FgmIsAdd, FgmIsBasis, S5bDates, S5bReporter } from './types.ts';

// Plain-English sentences for the reasons (one sentence a clinician or social worker understands).

const longDateFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** 'YYYY-MM-DD' as "Monday 17 March 2025". */
export const longDate = (value: string | null): string => {
  const d = value === null ? undefined : parseDate(value);
  return d ? longDateFormat.format(new Date(Date.UTC(d.year, d.month - 1, d.day))) : 'a date not yet known';
};

const who = (reporter: S5bReporter): string =>
  reporter.name.trim() !== '' ? reporter.name : `person ${reporter.row + 1} in F15d`;

/** fgm.md "Completion rules": the outcome line for a reporter whose own report is outstanding. */
export const reportOutstanding = (reporter: S5bReporter, dates: S5bDates): string =>
  `Police report outstanding for ${who(reporter)}: ring 101 by the end of ${longDate(dates.dueBy)}, no later than ${longDate(dates.latestBy)}.`;

export const reportMade = (reporter: S5bReporter): string =>
  `${who(reporter)} has reported this FGM to the police on 101 (reference ${reporter.policeReference ?? ''}).`;

export const reportedByColleague = (reporter: S5bReporter): string =>
  `${who(reporter)} makes no report of their own: someone of their profession has already reported this FGM (police reference ${reporter.policeReference ?? 'still to be recorded'}).`;

const BASIS_WORDS: Record<FgmIsBasis, string> = {
  'mother-had-fgm': 'her mother has had FGM',
  'sister-had-fgm': 'a sister has had FGM',
};

/** One sentence per girl added to FGM-IS, naming her and the basis (fgm.md `detail.fgmIs`). */
export const fgmIsAddSentence = (entry: FgmIsAdd): string => {
  const girl =
    entry.girl === 'patient'
      ? 'this girl (the patient)'
      : `${entry.name ?? `girl ${entry.girl + 1} in F11b`}${entry.dateOfBirth ? `, born ${longDate(entry.dateOfBirth)}` : ''}`;
  const verify =
    entry.girl !== 'patient' && entry.nhsNumber === null
      ? ' Her NHS number must be verified before the indicator can go on.'
      : '';
  return `Add the FGM-IS family-history indicator for ${girl}: ${BASIS_WORDS[entry.basis]}.${verify}`;
};
