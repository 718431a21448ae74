/** Outcome levels, lowest first (domain/README.md "Outcome levels"). */
export const LEVELS = ['NO_CONCERN', 'NOTIFY', 'DISCUSS', 'REFER', 'EMERGENCY'] as const;
export type Level = (typeof LEVELS)[number];

export const levelRank = (level: Level): number => LEVELS.indexOf(level);

export const levelAtLeast = (level: Level, floor: Level): boolean => levelRank(level) >= levelRank(floor);

export const maxLevel = (levels: Iterable<Level>): Level => {
  let max: Level = 'NO_CONCERN';
  for (const level of levels) if (levelRank(level) > levelRank(max)) max = level;
  return max;
};

/** Plain-English meaning of each level, shown beside the level tag. */
export const LEVEL_LABELS: Record<Level, string> = {
  NO_CONCERN: 'No concern found',
  NOTIFY: 'Share information',
  DISCUSS: 'Discuss before discharge',
  REFER: 'Refer now',
  EMERGENCY: 'Emergency: call 999',
};

export const LEVEL_MEANINGS: Record<Level, string> = {
  NO_CONCERN:
    'Checks done, no safeguarding concern found. Record it; the routine summary still goes to the GP (and the health visitor or school nurse).',
  NOTIFY:
    'Share specific safeguarding information with the GP, health visitor, school nurse or allocated social worker. No referral is needed.',
  DISCUSS:
    'Possible concern. Discuss with the safeguarding lead or a senior clinician before discharge, and record the decision and why.',
  REFER:
    'The child is suffering, or likely to suffer, significant harm, or a statutory duty applies. Phone now and do not discharge until a plan is agreed.',
  EMERGENCY: 'Immediate danger. Call 999 now, keep the person safe here, then refer.',
};
