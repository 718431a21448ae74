import { describe, expect, it } from 'vitest';
import { sortActions } from './actions.ts';
import { levelAtLeast, maxLevel } from './levels.ts';

describe('levels (domain/README.md "Outcome levels")', () => {
  it('orders NO_CONCERN < NOTIFY < DISCUSS < REFER < EMERGENCY', () => {
    expect(maxLevel(['NOTIFY', 'REFER', 'DISCUSS'])).toBe('REFER');
    expect(maxLevel([])).toBe('NO_CONCERN');
    expect(levelAtLeast('DISCUSS', 'NOTIFY')).toBe(true);
    expect(levelAtLeast('NOTIFY', 'DISCUSS')).toBe(false);
  });
});

describe('sortActions (domain/README.md "Order of actions")', () => {
  it('deduplicates and puts the most urgent first, then list order', () => {
    expect(
      sortActions([
        'NOTIFY_GP',
        'INFORM_SAFEGUARDING_LEAD',
        'POLICE_999',
        'MASH_REFERRAL',
        'NOTIFY_GP',
        'TRANSFER_ED_AMBULANCE',
        'CPIS_INFORM_SOCIAL_WORKER',
        'MARAC_REFERRAL',
      ]),
    ).toEqual([
      'POLICE_999',
      'TRANSFER_ED_AMBULANCE',
      'MASH_REFERRAL',
      'MARAC_REFERRAL',
      'INFORM_SAFEGUARDING_LEAD',
      'CPIS_INFORM_SOCIAL_WORKER',
      'NOTIFY_GP',
    ]);
  });
});
