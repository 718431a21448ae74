import type { ActionCode } from '../../model/actions.ts';
import type { Level } from '../../model/levels.ts';
import { firing, type Firing } from '../../model/rule.ts';
import type { CseInput, CseRule } from './types.ts';
import { indicatorReason, RISK_WORDS, SARC_LABELS } from './wording.ts';

// The band rules: exactly one of C-R2, C-R3, C-R4 and C-R6 fires, the one for the final cseRisk.
// Each carries one reason per indicator present (asked or derived) and, when S14 raised the
// risk, the clinician's judgement.

const bandExtras = (input: CseInput, rule: string, level: Level): Firing[] => {
  const { derived: d, answers: a } = input;
  const extras: Firing[] = [];
  if (d.judgementRaisesRisk) {
    const why =
      a.judgementReason?.trim().replace(/[.!?]+$/, '') ||
      'record what you saw or heard that raises it (S14.1)';
    const risk = `${RISK_WORDS[d.cseRisk]}, above the screen's result of ${RISK_WORDS[d.baseRisk]} risk`;
    extras.push(firing(rule, level, [], `Your professional judgement puts the risk at ${risk}: ${why}.`));
  }
  for (const finding of d.indicators) extras.push(firing(rule, level, [], indicatorReason(finding, input)));
  return extras;
};

const days = (n: number): string => (n === 0 ? 'today' : n === 1 ? '1 day ago' : `${n} days ago`);

// cse.md "C-R1 Under 13": under 13 with a sexual context is HIGH whatever else was answered.
export const cr1: CseRule = {
  id: 'C-R1',
  evaluate: ({ derived: d }) =>
    d.ageYears < 13 && d.sexualContext
      ? [
          firing(
            'C-R1',
            'REFER',
            [],
            'Aged under 13, the young person cannot consent to any sexual activity in law.',
          ),
        ]
      : [],
};

const HIGH_ACTIONS: readonly ActionCode[] = ['MASH_REFERRAL', 'POLICE_NOTIFY', 'INFORM_SAFEGUARDING_LEAD'];

// cse.md "C-R2 HIGH": REFER; (a) SARC now; (b) [PROJECT RULE] SARC non-recent; (c) 999 (EMERGENCY).
export const cr2: CseRule = {
  id: 'C-R2',
  evaluate: (input) => {
    const { derived: d, answers: a, config } = input;
    if (d.cseRisk !== 'HIGH') return [];
    const fired = [
      firing(
        'C-R2',
        'REFER',
        HIGH_ACTIONS,
        "High risk of sexual exploitation or abuse: phone the MASH now (out of hours, the local authority's emergency duty team), tell the police today and tell the safeguarding lead before discharge. Do not discharge until they agree a plan.",
      ),
    ];
    if (a.immediateDanger === 'yes') {
      const reason =
        'In immediate danger of sexual harm or exploitation: call 999 now. Keep the young person somewhere safe in the department, do not let them leave with the person who poses the risk, and tell the safeguarding lead.';
      fired.push(firing('C-R2', 'EMERGENCY', ['POLICE_999'], reason, { clause: 'c' }));
    }
    const window = config.cseForensicWindowDays;
    if (d.forensicWindowOpen) {
      const notKnown = a.assaultTiming === 'date-not-known';
      const reason = notKnown
        ? `${SARC_LABELS.now} The date of the most recent assault is not known, so the sexual assault referral centre (SARC) decides whether forensic work is still useful.`
        : `${SARC_LABELS.now} The most recent assault was ${days(d.daysSinceAssault ?? 0)}, within the ${window}-day forensic window: forensic evidence is time-critical. The SARC is the sexual assault referral centre.`;
      fired.push(
        firing('C-R2', 'REFER', ['SARC_REFERRAL'], reason, {
          clause: 'a',
          ...(notKnown ? { status: 'project-rule' as const } : {}),
        }),
      );
    } else if (d.red.includes('R1')) {
      // While S10 is unanswered the reason asks for it: the answer may open the window.
      // SAFER READING: S10 = date known with S10.1 still blank is treated as unanswered (ask for the date).
      const reason =
        d.daysSinceAssault === undefined
          ? `Record when the most recent assault happened (S10): within ${window} days, or if the date is not known, contact the sexual assault referral centre (SARC) now. Until then the SARC referral is non-recent, via the strategy discussion.`
          : `Refer to the sexual assault referral centre (SARC). ${SARC_LABELS.nonRecent} The abuse was more than ${window} days ago: forensic evidence is unlikely, but the SARC still cares for the young person.`;
      fired.push(firing('C-R2', 'REFER', ['SARC_REFERRAL'], reason, { clause: 'b', status: 'project-rule' }));
    }
    return [...fired, ...bandExtras(input, 'C-R2', 'REFER')];
  },
};

// cse.md "C-R3 MEDIUM": DISCUSS before discharge, including a MEDIUM set only by a C-R5 floor.
export const cr3: CseRule = {
  id: 'C-R3',
  evaluate: (input) =>
    input.derived.cseRisk === 'MEDIUM'
      ? [
          firing(
            'C-R3',
            'DISCUSS',
            ['CONSIDER_MASH', 'SEXUAL_HEALTH_FOLLOWUP'],
            'Medium risk of sexual exploitation or abuse: discuss with the safeguarding lead before discharge. The lead decides whether to refer to the MASH and records why. Arrange sexual-health follow-up.',
          ),
          ...bandExtras(input, 'C-R3', 'DISCUSS'),
        ]
      : [],
};

// cse.md "C-R4 LOW": NOTIFY; the GP letter is confidential (C-R9).
export const cr4: CseRule = {
  id: 'C-R4',
  evaluate: (input) =>
    input.derived.cseRisk === 'LOW'
      ? [
          firing(
            'C-R4',
            'NOTIFY',
            ['NOTIFY_GP', 'SEXUAL_HEALTH_FOLLOWUP'],
            'Low risk of sexual exploitation or abuse: tell the GP in a confidential letter and arrange sexual-health follow-up.',
          ),
          ...bandExtras(input, 'C-R4', 'NOTIFY'),
        ]
      : [],
};

// cse.md "C-R6 NONE": NO_CONCERN; sexual-health follow-up offered (the triage sends the routine summary).
export const cr6: CseRule = {
  id: 'C-R6',
  evaluate: ({ derived: d }) =>
    d.cseRisk === 'NONE'
      ? [
          firing(
            'C-R6',
            'NO_CONCERN',
            ['SEXUAL_HEALTH_FOLLOWUP'],
            'No sign of sexual exploitation or abuse was found. Offer sexual-health follow-up.',
          ),
        ]
      : [],
};
