import type { AttendanceReason } from './context.ts';

/**
 * Every site-configurable setting (domain/README.md "Configuration"). Defaults are the spec's;
 * a site overrides any of them through `context.config`.
 */
export interface SafeguardingConfig {
  nonMobileUnderMonths: number;
  infantHeadMarkUnderMonths: number;
  infantHeadMarkOverMm: number;
  consultantReviewUnderMonths: number;
  unaccompaniedDiscussUnderYears: number;
  intoxicationDiscussUnderYears: number;
  healthVisitorUnderYears: number;
  dashMaracThreshold: number;
  maracEscalationIncidents: number;
  childAloneEmergencyAgeYears: number;
  childAloneOvernightEmergencyAgeYears: number;
  csePartnerAgeGapYears: number;
  cseForensicWindowDays: number;
  cseUnknownFloorCount: number;
  fgmImminenceDays: number;
  bankHolidays: string[];
  faLongWindowDays: number;
  faShortWindowDays: number;
  faRepeatAttenderCount: number;
  faFrequentAttenderCount: number;
  faShortWindowEscalateCount: number;
  faProvidersEscalateCount: number;
  faEscalatingReasons: AttendanceReason[];
  faCountOutOfHoursGp: boolean;
  faLookupTimeoutSeconds: number;
  faRepeatHeadInjuryUnderYears: number;
}

export const DEFAULT_CONFIG: Readonly<SafeguardingConfig> = Object.freeze<SafeguardingConfig>({
  nonMobileUnderMonths: 6,
  infantHeadMarkUnderMonths: 12,
  infantHeadMarkOverMm: 50,
  consultantReviewUnderMonths: 24,
  unaccompaniedDiscussUnderYears: 16,
  intoxicationDiscussUnderYears: 16,
  healthVisitorUnderYears: 5,
  dashMaracThreshold: 14,
  maracEscalationIncidents: 3,
  childAloneEmergencyAgeYears: 12,
  childAloneOvernightEmergencyAgeYears: 16,
  csePartnerAgeGapYears: 4,
  cseForensicWindowDays: 7,
  cseUnknownFloorCount: 5,
  fgmImminenceDays: 14,
  bankHolidays: [],
  faLongWindowDays: 365,
  faShortWindowDays: 183,
  faRepeatAttenderCount: 3,
  faFrequentAttenderCount: 4,
  faShortWindowEscalateCount: 4,
  faProvidersEscalateCount: 2,
  faEscalatingReasons: ['self-harm', 'intoxication', 'assault', 'sexual-assault'],
  faCountOutOfHoursGp: true,
  faLookupTimeoutSeconds: 10,
  faRepeatHeadInjuryUnderYears: 5,
});

/** Numeric settings: the ones a condition may compare against. */
export type NumericConfigKey = {
  [K in keyof SafeguardingConfig]: SafeguardingConfig[K] extends number ? K : never;
}[keyof SafeguardingConfig];

/** The defaults with a site's overrides applied. */
export const resolveConfig = (overrides: Partial<SafeguardingConfig> | undefined): SafeguardingConfig => ({
  ...DEFAULT_CONFIG,
  bankHolidays: [...DEFAULT_CONFIG.bankHolidays],
  faEscalatingReasons: [...DEFAULT_CONFIG.faEscalatingReasons],
  ...overrides,
});
