import { firing } from '../../model/rule.ts';
import type { TriageRule } from './types.ts';
import { SERVICE_NAMES } from './wording.ts';

/** P-R8 fires only if none of these fired (P-R4, P-R7 and P-R13 do not block it). */
export const PR8_BLOCKED_BY = ['P-R1', 'P-R2', 'P-R3', 'P-R5', 'P-R6', 'P-R9', 'P-R10', 'P-R11', 'P-R12'];

// paediatric-triage.md "P-R8 — no concern → NO_CONCERN" (must run last: it reads what fired before it)
export const pr8: TriageRule = {
  id: 'P-R8',
  evaluate: ({ derived }, firedSoFar) => {
    if (firedSoFar.some((f) => PR8_BLOCKED_BY.includes(f.rule))) return [];
    const service = SERVICE_NAMES[derived.notifyService];
    let reason: string;
    if (derived.privateSummary) {
      reason =
        'No safeguarding concern was found. This visit was about sexual health, so the routine summary is a confidential letter to the GP only, marked not for online or proxy view, and ' +
        (derived.sharingAgreed
          ? 'it mentions the sexual-health care because the young person agreed.'
          : 'it leaves out the sexual-health care because the young person did not agree to share it (or could not be asked).');
    } else if (derived.sexualHealthContext) {
      reason =
        `No safeguarding concern was found on this triage, but another form raised a concern. The routine summary goes to the GP and the ${service}, marked not for online or proxy view, and the safeguarding lead decides what it says` +
        (derived.sharingAgreed
          ? '.'
          : `; the letter to the ${service} leaves out the sexual-health care unless it is needed to protect the young person.`);
    } else {
      reason = `No safeguarding concern was found. The routine attendance summary goes to the GP and the ${service}.`;
    }
    return [firing('P-R8', 'NO_CONCERN', ['ROUTINE_SUMMARY'], reason)];
  },
};
