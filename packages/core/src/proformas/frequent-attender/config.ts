import { ATTENDANCE_REASONS } from '../../model/context.ts';
import type { SafeguardingConfig } from '../../model/config.ts';
import type { ContextIssue } from '../../model/proforma.ts';

// frequent-attender.md "Configurable thresholds": all counts, days and ages are whole numbers ≥ 1
// (ages ≤ 18); faShortWindowDays ≤ faLongWindowDays; faRepeatAttenderCount ≤ faFrequentAttenderCount;
// reasons must be AttendanceReason codes. A site configuration breaking these is rejected with an
// error naming the setting.

const WHOLE_NUMBER_SETTINGS = [
  'faLongWindowDays',
  'faShortWindowDays',
  'faRepeatAttenderCount',
  'faFrequentAttenderCount',
  'faShortWindowEscalateCount',
  'faProvidersEscalateCount',
  // SAFER READING: the spec lists counts, days and ages; a timeout of 0 or a fraction would make
  // every lookup fail at once, so the seconds follow the same rule.
  'faLookupTimeoutSeconds',
  'faRepeatHeadInjuryUnderYears',
] as const;

const issue = (setting: keyof SafeguardingConfig, message: string): ContextIssue => ({
  key: `config.${setting}`,
  code: setting,
  message: `The site setting ${setting} ${message}`,
});

/** Every way the resolved configuration breaks the spec's constraints (empty when it is valid). */
export const frequentAttenderConfigIssues = (config: SafeguardingConfig): ContextIssue[] => {
  const issues: ContextIssue[] = [];
  for (const setting of WHOLE_NUMBER_SETTINGS) {
    const value: unknown = config[setting];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      issues.push(issue(setting, `must be a whole number of 1 or more (it is ${String(value)}).`));
    }
  }
  if (config.faRepeatHeadInjuryUnderYears > 18) {
    issues.push(issue('faRepeatHeadInjuryUnderYears', 'is an age and must be 18 or less.'));
  }
  if (config.faShortWindowDays > config.faLongWindowDays) {
    issues.push(issue('faShortWindowDays', 'must not be longer than faLongWindowDays.'));
  }
  if (config.faRepeatAttenderCount > config.faFrequentAttenderCount) {
    issues.push(issue('faRepeatAttenderCount', 'must not be more than faFrequentAttenderCount.'));
  }
  const reasons: unknown = config.faEscalatingReasons;
  if (
    !Array.isArray(reasons) ||
    reasons.some((r) => !(ATTENDANCE_REASONS as readonly unknown[]).includes(r))
  ) {
    issues.push(
      issue('faEscalatingReasons', `must list only these reasons: ${ATTENDANCE_REASONS.join(', ')}.`),
    );
  }
  if (typeof config.faCountOutOfHoursGp !== 'boolean') {
    issues.push(issue('faCountOutOfHoursGp', 'must be true or false.'));
  }
  return issues;
};
