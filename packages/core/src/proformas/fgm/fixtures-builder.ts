import type { SafeguardingConfig } from '../../model/config.ts';
import type { AssessmentContext } from '../../model/context.ts';
import type { ProformaFixture } from '../../model/fixture.ts';
import type { FgmAnswers, GirlRow, IdentifiedByRow } from './schema.ts';

export type FgmFixture = ProformaFixture<FgmAnswers>;

/** fgm.md "Worked examples": a patient (female unless stated) arriving at `arrivedAt`. */
export const fgmContext = (
  dateOfBirth: string,
  arrivedAt: string,
  extra: { sex?: AssessmentContext['patient']['sex']; config?: Partial<SafeguardingConfig> } = {},
): AssessmentContext => ({
  patient: { dateOfBirth, sex: extra.sex ?? 'female' },
  attendance: { arrivedAt, providerId: 'RXX01', departmentType: '03', category: 'unplanned' },
  ...(extra.config ? { config: extra.config } : {}),
});

/** "Unstated items are no / none / []" for a girl under 18 (fgm.md "Worked examples"). */
export const GIRL_UNSTATED: Partial<FgmAnswers> = {
  fgmIsIndicatorFound: 'no',
  practisingCommunity: 'no',
  girlDisclosed: 'no',
  signsObserved: 'no',
  thirdPartyReport: 'no',
  hasGirlsInFamily: 'no',
  significantIndicators: [],
  otherIndicators: [],
  travelOrProcedurePlanned: 'no',
  cutterOrImminentSign: 'no',
};

/** The same for a woman aged 18 or over. */
export const WOMAN_UNSTATED: Partial<FgmAnswers> = {
  practisingCommunity: 'no',
  hasBeenCut: 'no',
  pregnant: 'no',
  partOneIndicators: [],
  hasGirlsInFamily: 'no',
  significantIndicators: [],
  otherIndicators: [],
  travelOrProcedurePlanned: 'no',
  cutterOrImminentSign: 'no',
};

/** F15e (+, a safer reading) for a regulated person whose own report is still to be made. */
export const PENDING_REASON = 'Will ring 101 before the end of the shift.';

/**
 * One F15d row (synthetic staff). A regulated person answers F15a = no unless stated; while their row
 * has no police reference it records why the report is still to be made (F15e), as sign-off needs.
 */
export const person = (
  name: string,
  profession: string,
  regulator: IdentifiedByRow['regulator'],
  heardOrSaw: IdentifiedByRow['heardOrSaw'],
  more: Partial<IdentifiedByRow> = {},
): IdentifiedByRow => {
  const row: IdentifiedByRow = {
    name,
    profession,
    regulator,
    heardOrSaw,
    ...(regulator === 'not-regulated' ? {} : { reportedByColleague: 'no' as const }),
    ...more,
  };
  const pending =
    row.reportedByColleague === 'no' && !row.policeReferenceNumber && !('reportPendingReason' in more);
  return pending ? { ...row, reportPendingReason: PENDING_REASON } : row;
};

/** One F11b row (synthetic family). */
export const girl = (
  name: string,
  dateOfBirth: string,
  relationship: GirlRow['relationship'],
  hadFgm: GirlRow['hadFgm'],
  more: Partial<GirlRow> = {},
): GirlRow => ({ name, dateOfBirth, relationship, hadFgm, hasFgmIsIndicator: 'no', ...more });
