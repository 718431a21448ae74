import type { SafeguardingConfig } from '../../model/config.ts';
import type { AssessmentContext, AttendanceRecord } from '../../model/context.ts';
import { daysBetween, londonDate, parseDate } from '../../model/dates.ts';
import type { OtherAttendance } from './schema.ts';
import type { AttendanceCounts, IgnoredRecord, NotCountedWhy, PriorVisit } from './visits.ts';

export type { AttendanceCounts, IgnoredRecord, NotCountedWhy, PriorVisit } from './visits.ts';

// frequent-attender.md "Counting algorithm (in this order)", steps 1–8, on Europe/London dates.

/** Case-insensitive, repeated spaces ignored. */
export const normaliseName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();
const minuteOf = (instant: string): number => Math.floor(Date.parse(instant) / 60_000);

const windows = (daysBefore: number | undefined, config: SafeguardingConfig) => ({
  inLongWindow: daysBefore !== undefined && daysBefore >= 0 && daysBefore <= config.faLongWindowDays - 1,
  inShortWindow: daysBefore !== undefined && daysBefore >= 0 && daysBefore <= config.faShortWindowDays - 1,
});

const countable = (
  visit: Omit<PriorVisit, 'counted' | 'notCounted'>,
  config: SafeguardingConfig,
): PriorVisit => {
  const why: NotCountedWhy | undefined =
    visit.daysBefore === undefined || visit.category === undefined
      ? 'incomplete' // a V3 row still being typed; its required fields block sign-off
      : visit.daysBefore < 0
        ? 'after-today'
        : visit.category !== 'unplanned'
          ? 'planned'
          : visit.departmentType === 'ooh-gp' && !config.faCountOutOfHoursGp
            ? 'ooh-gp-excluded'
            : !visit.inLongWindow
              ? 'older-than-window'
              : undefined;
  return why ? { ...visit, counted: false, notCounted: why } : { ...visit, counted: true };
};

export const countAttendances = (
  context: AssessmentContext,
  reported: readonly OtherAttendance[],
  config: SafeguardingConfig,
): AttendanceCounts => {
  const { attendance } = context;
  const today = londonDate(attendance.arrivedAt);
  const arrival = Date.parse(attendance.arrivedAt);
  const currentKey = attendance.providerId.toUpperCase();
  const ignored: IgnoredRecord[] = [];
  const seen = new Set<string>();
  const kept: AttendanceRecord[] = [];
  for (const record of context.priorAttendances ?? []) {
    if (seen.has(record.id))
      ignored.push({ id: record.id, why: 'duplicate' }); // step 1
    else if (
      record.providerId.toUpperCase() === currentKey &&
      minuteOf(record.arrivedAt) === minuteOf(attendance.arrivedAt)
    )
      ignored.push({ id: record.id, why: 'this-visit' }); // step 2
    else if (Date.parse(record.arrivedAt) > arrival)
      ignored.push({ id: record.id, why: 'after-arrival' }); // step 3
    else kept.push(record);
    seen.add(record.id);
  }
  const idByName = new Map<string, string>();
  for (const record of context.priorAttendances ?? []) {
    const name = normaliseName(record.providerName);
    if (!idByName.has(name)) idByName.set(name, record.providerId.toUpperCase());
  }
  const fromRegistry = kept.map((r) => {
    const date = londonDate(r.arrivedAt);
    const daysBefore = daysBetween(date, today);
    return countable(
      {
        origin: 'registry' as const,
        id: r.id,
        date,
        daysBefore,
        providerKey: r.providerId.toUpperCase(),
        providerName: r.providerName,
        departmentType: r.departmentType,
        category: r.category,
        reasons: r.reasons,
        leftBeforeSeen: r.leftBeforeSeen,
        concernRecorded: r.safeguardingConcernRecorded,
        source: r.source,
        ...windows(daysBefore, config),
      },
      config,
    );
  });
  const fromRows = reported.map((row, index) => {
    const date = row.date ? parseDate(row.date) : undefined;
    const daysBefore = date ? daysBetween(date, today) : undefined;
    const name = normaliseName(row.providerName ?? '');
    return countable(
      {
        origin: 'reported' as const,
        id: `V3 row ${index + 1}`,
        row: index,
        date,
        daysBefore,
        providerKey: row.providerId?.toUpperCase() ?? idByName.get(name) ?? `name:${name}`,
        providerName: row.providerName ?? '',
        departmentType: row.departmentType ?? 'unknown',
        category: row.category,
        reasons: row.reasons ?? [],
        leftBeforeSeen: row.leftBeforeSeen === 'yes',
        concernRecorded: row.safeguardingConcernRecorded === 'yes',
        source: row.source,
        ...windows(daysBefore, config),
      },
      config,
    );
  });
  const prior = [...fromRegistry, ...fromRows].sort((a, b) => (a.daysBefore ?? 1e9) - (b.daysBefore ?? 1e9));
  const currentCounted =
    attendance.category === 'unplanned' &&
    !(attendance.departmentType === 'ooh-gp' && !config.faCountOutOfHoursGp);
  const current = currentCounted ? 1 : 0;
  const counted = prior.filter((v) => v.counted);
  const providers = new Set(counted.map((v) => v.providerKey));
  if (currentCounted) providers.add(currentKey);
  return {
    historyAvailable: context.priorAttendances !== undefined,
    currentCounted,
    prior,
    ignored,
    n12: counted.length + current,
    n6: counted.filter((v) => v.inShortWindow).length + current,
    providers12: providers.size,
  };
};
