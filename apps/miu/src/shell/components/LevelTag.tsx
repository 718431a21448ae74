import { LEVEL_LABELS, type Level } from '@proformas/core';

const COLOUR: Record<Level, string> = {
  EMERGENCY: 'nhsuk-tag--red',
  REFER: 'nhsuk-tag--red',
  DISCUSS: 'nhsuk-tag--orange',
  NOTIFY: 'nhsuk-tag--yellow',
  NO_CONCERN: 'nhsuk-tag--grey',
};

/** An outcome level as a tag: its name in words, never colour alone. */
export function LevelTag({ level }: { level: Level | null }) {
  if (!level) return <strong className="nhsuk-tag nhsuk-tag--white">Not assessed yet</strong>;
  return <strong className={`nhsuk-tag ${COLOUR[level]}`}>{LEVEL_LABELS[level]}</strong>;
}
