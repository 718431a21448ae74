import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../model/config.ts';
import type { AssessmentContext } from '../../model/context.ts';
import { countAttendances } from './counting.ts';
import { faContext, reportedVisit, visit, X, Y } from './fixtures-builder.ts';
import type { OtherAttendance } from './schema.ts';

// frequent-attender.md "Counting algorithm (in this order)", steps 1–8, and the windows on
// Europe/London calendar dates.

const count = (context: AssessmentContext, rows: OtherAttendance[] = []) =>
  countAttendances(context, rows, resolveConfig(context.config));
const child = (records: Parameters<typeof faContext>[2], extra: Parameters<typeof faContext>[3] = {}) =>
  faContext('2015-01-01', 'female', records, extra);

describe('counting: steps 1–3 (duplicates, this visit, records after arrival)', () => {
  it('drops a repeated id (the first kept), today’s own record (same minute, provider in any case) and a later record', () => {
    const counts = count(
      child([
        visit('r1', -200, X, { reasons: ['injury'] }),
        visit('r1', -10, Y),
        visit('r3', 0, { providerId: 'rxa', providerName: 'x' }, { arrivedAt: '2025-03-12T10:30:59+00:00' }),
        visit('r4', 0, X, { arrivedAt: '2025-03-12T10:31:00+00:00' }),
      ]),
    );
    expect(counts.ignored).toEqual([
      { id: 'r1', why: 'duplicate' },
      { id: 'r3', why: 'this-visit' },
      { id: 'r4', why: 'after-arrival' },
    ]);
    expect(counts.prior.map((v) => [v.id, v.reasons])).toEqual([['r1', ['injury']]]);
    expect([counts.n12, counts.n6, counts.providers12]).toEqual([2, 1, 1]);
  });

  it('a record in the same minute at another provider, a little earlier, is a prior visit', () => {
    const counts = count(child([visit('r1', 0, Y, { arrivedAt: '2025-03-12T10:30:00+00:00' })]));
    expect(counts.ignored).toEqual([]);
    expect([counts.n12, counts.providers12]).toEqual([2, 2]);
  });
});

describe('counting: windows on Europe/London calendar dates', () => {
  it('long window: 364 days before is in, 365 is out; short window: 182 in, 183 out', () => {
    const counts = count(child([visit('a', -365), visit('b', -364), visit('c', -183), visit('d', -182)]));
    expect(
      counts.prior.map((v) => [v.id, v.daysBefore, v.inLongWindow, v.inShortWindow, v.notCounted]),
    ).toEqual([
      ['d', 182, true, true, undefined],
      ['c', 183, true, false, undefined],
      ['b', 364, true, false, undefined],
      ['a', 365, false, false, 'older-than-window'],
    ]);
    expect([counts.n12, counts.n6]).toEqual([4, 2]);
  });

  it('uses the London date of each instant, not the UTC date (summer time)', () => {
    const summer = (records: Parameters<typeof faContext>[2]) => ({
      ...child(records),
      attendance: { ...child([]).attendance, arrivedAt: '2025-07-01T10:00:00+01:00' },
    });
    // 23:30 UTC on 1 July 2024 is 00:30 on 2 July in London: 364 days before 1 July 2025.
    const late = count(summer([visit('a', 0, Y, { arrivedAt: '2024-07-01T23:30:00Z' })]));
    expect(late.prior[0]?.daysBefore).toBe(364);
    expect(late.n12).toBe(2);
    const earlier = count(summer([visit('a', 0, Y, { arrivedAt: '2024-07-01T22:30:00Z' })]));
    expect(earlier.prior[0]?.daysBefore).toBe(365);
    expect(earlier.n12).toBe(1);
  });

  it('follows a site’s window settings', () => {
    const counts = count(
      child([visit('a', -30), visit('b', -10)], { config: { faLongWindowDays: 30, faShortWindowDays: 10 } }),
    );
    expect([counts.n12, counts.n6]).toEqual([2, 1]);
  });
});

describe('counting: steps 4–7 (what counts)', () => {
  it('planned follow-ups are listed but not counted; left-before-seen visits count', () => {
    const counts = count(
      child([
        visit('a', -20, X, { category: 'planned-follow-up' }),
        visit('b', -10, X, { leftBeforeSeen: true }),
      ]),
    );
    expect(counts.prior.map((v) => [v.id, v.counted, v.notCounted])).toEqual([
      ['b', true, undefined],
      ['a', false, 'planned'],
    ]);
    expect(counts.n12).toBe(2);
  });

  it('out-of-hours GP visits count by default and not when faCountOutOfHoursGp is false (today’s too)', () => {
    const records = [visit('a', -20, X, { departmentType: 'ooh-gp' })];
    const rows = [
      reportedVisit(-30, 'Night GP', { departmentType: 'ooh-gp' }),
      reportedVisit(-40, 'Somewhere', { departmentType: 'unknown' }),
    ];
    expect(count(child(records, { departmentType: 'ooh-gp' }), rows).n12).toBe(4);
    const excluded = count(
      child(records, { departmentType: 'ooh-gp', config: { faCountOutOfHoursGp: false } }),
      rows,
    );
    expect(excluded.currentCounted).toBe(false);
    expect(excluded.n12).toBe(1);
    expect(excluded.prior.filter((v) => v.notCounted === 'ooh-gp-excluded')).toHaveLength(2);
  });

  it('a planned visit today is not counted in n12, n6 or providers12', () => {
    const counts = count(child([visit('a', -20, Y)], { category: 'planned-follow-up' }));
    expect([counts.currentCounted, counts.n12, counts.n6, counts.providers12]).toEqual([false, 1, 1, 1]);
  });

  it('with no history, the counts are this visit and the V3 rows (a lower bound)', () => {
    const counts = count(child(undefined), [reportedVisit(-5, 'County General A&E')]);
    expect([counts.historyAvailable, counts.n12, counts.providers12]).toEqual([false, 2, 2]);
    expect(count(child([])).historyAvailable).toBe(true);
  });

  it('an incomplete V3 row (no date or no category) is listed but not counted', () => {
    const counts = count(child([]), [{ providerName: 'A' }, { date: '2025-03-01', providerName: 'B' }]);
    expect(counts.prior.map((v) => v.notCounted)).toEqual(['incomplete', 'incomplete']);
    expect(counts.n12).toBe(1);
  });
});

describe('counting: step 8 (providers12)', () => {
  it('a V3 row without an ODS code takes the code of a registry record with the same name (case, spaces)', () => {
    const rows = [reportedVisit(-5, '  wyeford   URGENT treatment centre ')];
    expect(count(child([visit('a', -50, Y)]), rows).providers12).toBe(2);
  });

  it('a V3 row without a match is its own provider, by normalised name; ODS codes compare in any case', () => {
    const rows = [
      reportedVisit(-5, 'County General A&E'),
      reportedVisit(-6, 'county  general a&e'),
      reportedVisit(-7, 'Another name', { providerId: 'ryb' }),
    ];
    const counts = count(child([visit('a', -50, Y)]), rows);
    expect(counts.providers12).toBe(3);
    expect(counts.prior.map((v) => v.providerKey)).toEqual([
      'name:county general a&e',
      'name:county general a&e',
      'RYB',
      'RYB',
    ]);
  });

  it('providers are counted only among counted visits in the long window', () => {
    const counts = count(child([visit('a', -400, Y), visit('b', -50, Y, { category: 'planned-follow-up' })]));
    expect(counts.providers12).toBe(1);
  });
});
