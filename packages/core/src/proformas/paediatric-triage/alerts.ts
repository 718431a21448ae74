import type { ProformaAlert } from '../../model/proforma.ts';
import { c } from './items-common.ts';
import type { PaediatricTriageKey } from './schema.ts';
import type { TriageDerivedName } from './types.ts';

/**
 * The banners of paediatric-triage.md "Flow" ("Interruptions, as soon as answered"), shown while
 * their condition holds in any phase. P-R1 and P-R10 (a) are not banners: they take the flow to the
 * `escalating` state (call 999) until acknowledged.
 */
export const paediatricTriageAlerts: readonly ProformaAlert<PaediatricTriageKey, TriageDerivedName>[] = [
  {
    id: 'phoneMash',
    when: c.derived('referConcern'),
    message:
      'Phone the MASH now (out of hours, the local authority’s emergency duty team). Do not discharge until they agree a plan.',
  },
  {
    id: 'consultantReviewToday',
    when: c.any(
      c.all(c.derived('nonMobile'), c.answered('injuryTypes')),
      c.all(
        c.derived('referConcern'),
        c.compare({ age: 'months' }, 'lt', { config: 'consultantReviewUnderMonths' }),
      ),
    ),
    message: 'Arrange a review by a paediatric consultant today.',
  },
  {
    id: 'tellPolice',
    when: c.any(c.has('injuryTypes', 'knife-or-gunshot'), c.eq('hurtByAnotherPerson', 'adult-or-carer')),
    message: 'Tell the police.',
  },
  {
    id: 'transferNow',
    when: c.derived('urgentTransfer'),
    message: 'Transfer to the emergency department by ambulance now.',
  },
  {
    id: 'askDangerAgain',
    when: c.any(c.eq('companionFitToCare', 'no'), c.oneOf('ownChildrenWhereNow', ['alone', 'unknown'])),
    message: 'Ask again: is any child in immediate danger now? (B14)',
  },
  {
    id: 'tellPoliceChildIsHere',
    when: c.eq('reportedMissingNow', 'yes'),
    message: 'The child is reported missing: tell the police the child is here.',
  },
  {
    id: 'fgmFormRequired',
    when: c.any(c.eq('fgmIsIndicator', 'yes'), c.eq('fgmDisclosedOrSeen', 'yes')),
    message: 'The FGM form is now required. Open it: it is prefilled from this form for you to confirm.',
  },
  {
    id: 'partnerAbuseAskAlone',
    when: c.eq('partnerAbuse', 'yes'),
    message: 'Ask more only when the young person is alone with you, and offer the young people’s Dash.',
  },
];
