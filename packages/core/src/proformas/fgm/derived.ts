import type { ActionCode } from '../../model/actions.ts';
import {
  compareDates,
  completedMonths,
  daysBetween,
  formatDate,
  londonDate,
  parseDate,
  type CalendarDate,
} from '../../model/dates.ts';
import type { ProformaInput } from '../../model/proforma.ts';
import { fgmIsListOf } from './fgmIs.ts';
import { reportersOf, s5bDatesFor, s5bStatusOf } from './s5b.ts';
import type { FgmAnswers } from './schema.ts';
import type { FgmDerived } from './types.ts';

/** `rowAge`: completed years from the row's date of birth to the attendance date (null if none, or after it). */
const rowAgeOf = (dateOfBirth: string | undefined, attendance: CalendarDate): number | null => {
  const birth = dateOfBirth === undefined ? undefined : parseDate(dateOfBirth);
  if (!birth || compareDates(birth, attendance) > 0) return null;
  return Math.floor(completedMonths(birth, attendance) / 12);
};

/** `notifyYoung`: HV if any girl counted is under `healthVisitorUnderYears`, SN if any is older; both can apply. */
const notifyYoungFor = (ages: readonly number[], healthVisitorUnderYears: number): ActionCode[] => [
  ...(ages.some((a) => a < healthVisitorUnderYears) ? (['NOTIFY_HV'] as const) : []),
  ...(ages.some((a) => a >= healthVisitorUnderYears) ? (['NOTIFY_SN'] as const) : []),
];

/** Every value of fgm.md "Derived values", from the shown answers and the context. */
export const deriveFgm = ({
  answers,
  context,
  config,
  age,
  encounter,
}: ProformaInput<FgmAnswers>): FgmDerived => {
  const attendance = londonDate(context.attendance.arrivedAt);
  const attendanceDate = formatDate(attendance);
  const u18 = age.years < 18;
  const adult = !u18;
  const disclosed = answers.girlDisclosed === 'yes';
  const signs = answers.signsObserved === 'yes';
  const thirdParty = answers.thirdPartyReport === 'yes';
  const knownFgm = u18 && (disclosed || signs || thirdParty);
  const s5bCase = u18 && (disclosed || signs);
  const adultPath = adult && answers.hasBeenCut === 'yes';
  const patientHasFgm = knownFgm || adultPath;
  // SAFER READING: F12b unanswered counts as "≠ male", as the definition reads: the baby may be a girl.
  const unbornAtRisk = adultPath && answers.pregnant === 'yes' && answers.unbornSex !== 'male';
  const hasGirls = answers.hasGirlsInFamily === 'yes';
  const f7 = answers.significantIndicators ?? [];
  const f8 = answers.otherIndicators ?? [];
  const adultWithGirls = adult && (hasGirls || unbornAtRisk);

  const rows = answers.girlsInFamily ?? [];
  const rowAges = rows.map((row) => rowAgeOf(row.dateOfBirth, attendance));
  // SAFER READING: a row with no usable date of birth yet is presumed under 18 (F11a asks for girls under 18).
  const listedGirls = rowAges.flatMap((a, index) => (a === null || a < 18 ? [index] : []));
  const girlsBornAfterAttendance = rows.flatMap((row, index) => {
    const birth = row.dateOfBirth === undefined ? undefined : parseDate(row.dateOfBirth);
    return birth && compareDates(birth, attendance) > 0 ? [index] : [];
  });

  const planned = answers.plannedDate === undefined ? undefined : parseDate(answers.plannedDate);
  const daysToPlanned = planned ? daysBetween(attendance, planned) : null;
  const imminentByDate =
    answers.travelOrProcedurePlanned === 'yes' &&
    daysToPlanned !== null &&
    daysToPlanned >= 0 &&
    daysToPlanned <= config.fgmImminenceDays;

  const identifiedBy = answers.identifiedBy ?? [];
  const reporters = s5bCase ? reportersOf(identifiedBy) : [];
  const countedAges = [...(u18 ? [age.years] : []), ...listedGirls.flatMap((i) => rowAges[i] ?? [])];
  const triage = encounter.otherAnswers?.['paediatric-triage'];
  const allNo = [answers.girlDisclosed, answers.signsObserved, answers.thirdPartyReport].every(
    (a) => a === 'no',
  );

  return {
    attendanceDate,
    u18,
    adult,
    knownFgm,
    s5bCase,
    adultPath,
    patientHasFgm,
    unbornAtRisk,
    partTwoShown: (u18 && !knownFgm) || adultWithGirls,
    partTwoLive: (u18 && (knownFgm || f7.length > 0 || f8.length > 0)) || adultWithGirls,
    rowAges,
    listedGirls,
    familyGirlHadFgm: rows.some((row) => row.hadFgm === 'yes'),
    familyHistory: f8.includes('mother-had-fgm') || (adultPath && (hasGirls || unbornAtRisk)),
    daysToPlanned,
    imminent: answers.cutterOrImminentSign === 'yes' || imminentByDate,
    imminentByDate,
    notifyYoung: notifyYoungFor(countedAges, config.healthVisitorUnderYears),
    reporters,
    s5bStatus: s5bStatusOf({ u18, s5bCase, thirdPartyReport: thirdParty, rows: identifiedBy, reporters }),
    s5bDates: s5bDatesFor(s5bCase, attendanceDate, config.bankHolidays),
    fgmIs: fgmIsListOf({
      answers,
      patientDateOfBirth: context.patient.dateOfBirth,
      u18,
      knownFgm,
      patientHasFgm,
      unbornAtRisk,
      rowAges,
    }),
    girlsBornAfterAttendance,
    triageFgmUnconfirmed: u18 && triage?.['fgmDisclosedOrSeen'] === 'yes' && allNo,
  };
};
