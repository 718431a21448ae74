import { describe, expect, it } from 'vitest';
import { describeActions } from '../../engine/describeActions.ts';
import { assess } from '../../engine/assess.ts';
import { fgmContext, GIRL_UNSTATED, person } from './fixtures-builder.ts';
import { oneMonthLater, s5bDatesFor } from './s5b.ts';

// fgm.md "Derived values" **s5B dates**: dueBy = next Monday–Friday not a bank holiday; latestBy =
// one calendar month later, clamped to a shorter month's end, not moved for weekends.
describe('s5B dates', () => {
  it.each([
    ['Friday → Monday (example 1)', '2025-03-14', [], '2025-03-17', '2025-04-14'],
    [
      'Wednesday before Christmas, 25–26 December bank holidays (example 2)',
      '2025-12-24',
      ['2025-12-25', '2025-12-26'],
      '2025-12-29',
      '2026-01-24',
    ],
    [
      '31 January → 28 February, the month-end clamp (example 9)',
      '2025-01-31',
      [],
      '2025-02-03',
      '2025-02-28',
    ],
    ['31 January of a leap year → 29 February', '2024-01-31', [], '2024-02-01', '2024-02-29'],
    ['30 April → 30 May; a Wednesday → Thursday', '2025-04-30', [], '2025-05-01', '2025-05-30'],
    [
      'a Thursday before a Friday bank holiday → Monday',
      '2025-04-17',
      ['2025-04-18'],
      '2025-04-21',
      '2025-05-17',
    ],
    ['Saturday → Monday; latestBy on a Saturday is not moved', '2025-05-17', [], '2025-05-19', '2025-06-17'],
    ['31 December → 31 January of the next year', '2025-12-31', ['2026-01-01'], '2026-01-02', '2026-01-31'],
  ])('%s', (_, identifiedOn, bankHolidays, dueBy, latestBy) => {
    expect(s5bDatesFor(true, identifiedOn, bankHolidays)).toEqual({ identifiedOn, dueBy, latestBy });
  });

  it('is null without an s5B case', () => {
    expect(s5bDatesFor(false, '2025-03-14', [])).toEqual({ identifiedOn: null, dueBy: null, latestBy: null });
  });

  it('clamps to the last day of a 30-day month', () => {
    expect(oneMonthLater({ year: 2025, month: 3, day: 31 })).toEqual({ year: 2025, month: 4, day: 30 });
  });

  it('takes identifiedOn from the Europe/London date of arrival (23:30 UTC on 31 May is 1 June in London)', () => {
    const context = fgmContext('2009-07-07', '2025-05-31T23:30:00Z');
    const answers = {
      ...GIRL_UNSTATED,
      signsObserved: 'yes' as const,
      identifiedBy: [person('Jo', 'nurse', 'nmc', 'saw')],
    };
    expect(assess('fgm', answers, context).detail['s5b']).toMatchObject({
      identifiedOn: '2025-06-01',
      dueBy: '2025-06-02',
      latestBy: '2025-07-01',
    });
  });

  it('gives describeActions the 101 deadline: end of dueBy, London time', () => {
    const context = fgmContext('2009-07-07', '2025-01-31T18:45:00+00:00');
    const answers = {
      ...GIRL_UNSTATED,
      girlDisclosed: 'yes' as const,
      identifiedBy: [person('Jo', 'nurse', 'nmc', 'heard')],
    };
    const item = describeActions(assess('fgm', answers, context), context).find(
      (a) => a.code === 'POLICE_101_FGM_REPORT',
    );
    expect(item?.due).toBe('2025-02-03T23:59:59+00:00');
  });
});
