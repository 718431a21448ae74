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

/** One F15d row (synthetic staff). */
export const person = (
  name: string,
  profession: string,
  regulator: IdentifiedByRow['regulator'],
  heardOrSaw: IdentifiedByRow['heardOrSaw'],
  more: Partial<IdentifiedByRow> = {},
): IdentifiedByRow => ({
  name,
  profession,
  regulator,
  heardOrSaw,
  ...(regulator === 'not-regulated' ? {} : { reportedByColleague: 'no' as const }),
  ...more,
});

/** One F11b row (synthetic family). */
export const girl = (
  name: string,
  dateOfBirth: string,
  relationship: GirlRow['relationship'],
  hadFgm: GirlRow['hadFgm'],
  more: Partial<GirlRow> = {},
): GirlRow => ({ name, dateOfBirth, relationship, hadFgm, hasFgmIsIndicator: 'no', ...more });
