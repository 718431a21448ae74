// FHIR dateTime needs seconds when a time is given; the engine accepts a date-time without them
// ("2025-03-14T16:30+00:00"). Such an answer is written with ":00" and a primitive extension
// saying the seconds were not given, so reading it back gives the very same string.

const NO_SECONDS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})$/;
const ZERO_SECONDS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):00(Z|[+-]\d{2}:\d{2})$/;

export const SECONDS_OMITTED_EXTENSION = 'date-time-seconds-omitted';

/** The FHIR form of an engine date-time, and whether seconds were added. */
export const toFhirDateTime = (value: string): { value: string; secondsAdded: boolean } => {
  const match = NO_SECONDS.exec(value);
  return match ? { value: `${match[1]}:00${match[2]}`, secondsAdded: true } : { value, secondsAdded: false };
};

/** The engine's form back: the added ":00" removed again. */
export const fromFhirDateTime = (value: string, secondsAdded: boolean): string => {
  if (!secondsAdded) return value;
  const match = ZERO_SECONDS.exec(value);
  return match ? `${match[1]}${match[2]}` : value;
};
