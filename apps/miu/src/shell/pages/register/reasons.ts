import type { AttendanceReason } from '@proformas/core';

/** Why the patient came, in words (core's ATTENDANCE_REASONS). */
export const REASON_OPTIONS: { code: AttendanceReason; label: string }[] = [
  { code: 'injury', label: 'Injury' },
  { code: 'self-harm', label: 'Self-harm or overdose' },
  { code: 'intoxication', label: 'Alcohol or drugs (intoxication)' },
  { code: 'assault', label: 'Assault' },
  { code: 'sexual-assault', label: 'Sexual assault' },
  { code: 'illness', label: 'Illness' },
  { code: 'mental-health', label: 'Mental-health crisis' },
  { code: 'sexual-health', label: 'Sexual health (for example emergency contraception, STI check)' },
  { code: 'other', label: 'Something else' },
];
