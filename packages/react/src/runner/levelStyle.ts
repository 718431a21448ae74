import type { Level } from '@proformas/core';

/** The NHS tag colour of each level. */
export const LEVEL_TAG: Record<Level, string> = {
  EMERGENCY: 'nhsuk-tag--red',
  REFER: 'nhsuk-tag--red',
  DISCUSS: 'nhsuk-tag--orange',
  NOTIFY: 'nhsuk-tag--blue',
  NO_CONCERN: 'nhsuk-tag--green',
};
