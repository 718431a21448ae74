import type { ProformaAlert } from '../../model/proforma.ts';
import { c } from './items-common.ts';
import type { CseKey } from './schema.ts';
import type { CseDerivedName } from './types.ts';

// cse.md "Flow › Interrupts": banners in the parallel `alerts` region, shown the moment their
// condition holds (tag `alert.<id>`). Immediate danger is the shared `escalating` interrupt (C-R2 c).

export const cseAlerts: readonly ProformaAlert<CseKey, CseDerivedName>[] = [
  {
    id: 'ec-do-not-delay',
    when: c.derived('ecRequested'),
    message: 'Do not delay emergency contraception: give it now if it is clinically indicated.',
  },
  {
    // SAFER READING: shown for any HIGH (C-R1, a red indicator, S8 or S14), not only C-R1 or a red indicator.
    id: 'refer-now',
    when: c.derived('riskHigh'),
    message:
      'Refer now: phone the MASH, or the emergency duty team out of hours. Finish the screen: the referral needs it.',
  },
  {
    id: 'sarc-now',
    when: c.derived('forensicWindowOpen'),
    message: 'Contact the SARC now: forensic evidence is time-critical.',
  },
  {
    id: 'screen-incomplete-not-seen-alone',
    when: c.derived('floorNotSeenAlone'),
    message:
      'Screen incomplete: discuss before discharge. Offer time alone again (with a chaperone if needed) before the outcome.',
  },
  {
    id: 'screen-incomplete-unknowns',
    when: c.derived('floorManyUnknowns'),
    message: 'Screen incomplete: discuss before discharge. Too many signs are not known.',
  },
];
