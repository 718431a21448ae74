import { describe, expect, it } from 'vitest';
import { isActionDone, isOverdue } from './overdue.ts';

/** Tuesday 10 June 2025, 16:00 in London (BST, UTC+1). */
const NOW = new Date('2025-06-10T15:00:00.000Z');

describe('isOverdue', () => {
  it('is not overdue when due exactly now, and overdue one minute later', () => {
    expect(isOverdue({ due: '2025-06-10T16:00:00+01:00' }, false, NOW)).toBe(false);
    expect(isOverdue({ due: '2025-06-10T15:59:00+01:00' }, false, NOW)).toBe(true);
    expect(isOverdue({ due: '2025-06-10T15:00:00.000Z' }, false, new Date(NOW.getTime() + 60_000))).toBe(
      true,
    );
  });

  it('compares London deadlines as instants, not as text (the last hour of a summer day)', () => {
    // 23:59:59 BST is 22:59:59 UTC: at 23:30 UTC the report is half an hour late.
    const late = new Date('2025-06-10T23:30:00.000Z');
    expect(isOverdue({ due: '2025-06-10T23:59:59+01:00' }, false, late)).toBe(true);
    expect(isOverdue({ due: '2025-06-10T23:59:59+01:00' }, false, new Date('2025-06-10T22:59:00.000Z'))).toBe(
      false,
    );
  });

  it('is never overdue when done, or without a deadline', () => {
    expect(isOverdue({ due: '2025-06-09T23:59:59+01:00' }, true, NOW)).toBe(false);
    expect(isOverdue({}, false, NOW)).toBe(false);
    expect(isOverdue({ due: 'not a date' }, false, NOW)).toBe(false);
  });
});

describe('isActionDone', () => {
  const report = (status: string) => ({ kind: 'fgm-police-report', status });

  it('is done once the attendance is reviewed', () => {
    expect(isActionDone('POLICE_101_FGM_REPORT', true, [])).toBe(true);
    expect(isActionDone('INFORM_SAFEGUARDING_LEAD', true, [])).toBe(true);
  });

  it('is done when every FGM police report of the attendance is sent', () => {
    expect(isActionDone('POLICE_101_FGM_REPORT', false, [report('sent')])).toBe(true);
    expect(isActionDone('POLICE_101_FGM_REPORT', false, [report('sent'), report('draft')])).toBe(false);
  });

  it('is not done while a report is a draft, not sent, or not yet drafted', () => {
    expect(isActionDone('POLICE_101_FGM_REPORT', false, [report('draft')])).toBe(false);
    expect(isActionDone('POLICE_101_FGM_REPORT', false, [report('not-sent')])).toBe(false);
    expect(isActionDone('POLICE_101_FGM_REPORT', false, [])).toBe(false);
    expect(isActionDone('POLICE_101_FGM_REPORT', false, [{ kind: 'mash-referral', status: 'sent' }])).toBe(
      false,
    );
  });

  it('is not done by a sent document for an action with no document of its own', () => {
    expect(isActionDone('INFORM_SAFEGUARDING_LEAD', false, [report('sent')])).toBe(false);
  });
});
