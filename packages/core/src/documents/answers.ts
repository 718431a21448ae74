/**
 * Typed reads of the encounter's answers, keyed exactly as the spec item tables say. Answers reach
 * the generator as Record<string, unknown>: every read checks the type and never throws.
 */
export type Answers = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Answers =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-blank string answer, exactly as entered (never trimmed: quotes stay exact). */
export const text = (answers: Answers | undefined, key: string): string | undefined => {
  const value = answers?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

/** A choice, yes-no or yes-no-unknown answer (the option code). */
export const choice = text;

export const isYes = (answers: Answers | undefined, key: string): boolean => choice(answers, key) === 'yes';

export const list = (answers: Answers | undefined, key: string): string[] => {
  const value = answers?.[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

export const int = (answers: Answers | undefined, key: string): number | undefined => {
  const value = answers?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

/** The rows of a group item. */
export const rows = (answers: Answers | undefined, key: string): Answers[] => {
  const value = answers?.[key];
  return Array.isArray(value) ? value.filter(isRecord) : [];
};

/** A value of an assessment's `detail`, read as a record. */
export const record = (value: unknown): Answers | undefined => (isRecord(value) ? value : undefined);

export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
