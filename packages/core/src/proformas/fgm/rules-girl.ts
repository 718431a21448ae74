import type { ActionCode } from '../../model/actions.ts';
import { firing, type Firing } from '../../model/rule.ts';
import { fgmIsFirings } from './fgmIsFirings.ts';
import type { FgmRule } from './types.ts';
import { reportedByColleague, reportMade, reportOutstanding } from './wording.ts';

const S5B_BASE: readonly ActionCode[] = [
  'MASH_REFERRAL',
  'INFORM_SAFEGUARDING_LEAD',
  'FGM_SPECIALIST_REFERRAL',
];
const LOCAL_SAFEGUARDING: readonly ActionCode[] = [
  'MASH_REFERRAL',
  'POLICE_NOTIFY',
  'INFORM_SAFEGUARDING_LEAD',
];

const WHAT_IT_MEANS =
  'FGM is a crime and child abuse: phone the MASH now (the emergency duty team out of hours) and do not discharge until they agree a plan; refer her to the specialist paediatric FGM service.';

// fgm.md "F-R1 Mandatory police report (s5B)": she told staff herself, or staff saw signs.
export const fr1: FgmRule = {
  id: 'F-R1',
  evaluate: ({ derived, answers }) => {
    if (!derived.s5bCase) return [];
    const how = [
      ...(answers.girlDisclosed === 'yes' ? ['she told staff that FGM was done to her'] : []),
      ...(answers.signsObserved === 'yes' ? ['staff saw signs of FGM during her care'] : []),
    ].join(' and ');
    const fired: Firing[] = [];
    const { s5bStatus: status, reporters, s5bDates: dates } = derived;
    if (status === 'not-applicable-not-regulated') {
      const reason = `She is under 18 and ${how}, but only staff who are not regulated professionals heard or saw, so the police-report duty (s5B) binds no one here: tell the police today under local safeguarding procedures. ${WHAT_IT_MEANS} If a regulated professional then hears her or sees signs, add them to F15d: they must report on 101.`;
      fired.push(
        firing('F-R1', 'REFER', [...S5B_BASE, 'POLICE_NOTIFY'], reason, {
          clause: 'b',
          status: 'project-rule',
        }),
      );
    } else {
      const duty =
        status === 'report-required'
          ? ' Each regulated professional who heard her or saw the signs must report it to the police on 101 personally; it cannot be handed to anyone else, and reporting does not breach confidentiality.'
          : ' Everyone with the duty has recorded that a colleague of their own profession has already reported this FGM.';
      const reason = `She is under 18 and ${how}. ${WHAT_IT_MEANS}${duty}`;
      const actions =
        status === 'report-required' ? [...S5B_BASE, 'POLICE_101_FGM_REPORT' as const] : S5B_BASE;
      fired.push(
        firing('F-R1', 'REFER', actions, reason, status === 'report-required' ? { clause: 'a' } : {}),
      );
    }
    if (status === 'report-required' && reporters.length === 0) {
      const ask =
        'Record in F15d each member of staff who heard her or saw the signs: each regulated professional among them must ring 101 personally.';
      fired.push(firing('F-R1', 'REFER', ['POLICE_101_FGM_REPORT'], ask, { clause: 'a' }));
    }
    for (const reporter of reporters) {
      if (reporter.status === 'reported-by-colleague') {
        fired.push(firing('F-R1', 'REFER', [], reportedByColleague(reporter)));
      } else {
        const line = reporter.policeReference ? reportMade(reporter) : reportOutstanding(reporter, dates);
        fired.push(firing('F-R1', 'REFER', ['POLICE_101_FGM_REPORT'], line, { clause: 'a' }));
      }
    }
    return [...fired, ...fgmIsFirings('F-R1', derived)];
  },
};

// fgm.md "F-R2 Third-party account only": (a) someone else told staff about her; (b) a listed girl had FGM.
export const fr2: FgmRule = {
  id: 'F-R2',
  evaluate: ({ derived, answers }) => {
    const fired: Firing[] = [];
    // SAFER READING: (a) fires when F6a = yes and neither F4a nor F5a is yes (s5bCase false), even
    // while F4a or F5a is unanswered, so a draft shows REFER at once; F-R1 takes over if either turns yes.
    if (derived.u18 && answers.thirdPartyReport === 'yes' && !derived.s5bCase) {
      const reason =
        'Someone other than the girl told staff that she has had FGM; she has not told staff herself and no signs were seen, so the police-report duty (s5B) does not apply. Follow local safeguarding: phone the MASH now and tell the police today. No FGM-IS indicator for her, as she is said to have had FGM.';
      fired.push(firing('F-R2', 'REFER', LOCAL_SAFEGUARDING, reason, { clause: 'a' }));
    }
    const rows = answers.girlsInFamily ?? [];
    for (const index of derived.listedGirls) {
      const row = rows[index];
      if (row?.hadFgm !== 'yes') continue;
      const name = row.name ?? `girl ${index + 1} in F11b`;
      const reason = `${name} is known or said to have had FGM: phone the MASH now and tell the police today. The police-report duty (s5B) does not apply, as she was not seen here; no FGM-IS indicator for her.`;
      fired.push(firing('F-R2', 'REFER', LOCAL_SAFEGUARDING, reason, { clause: 'b' }));
    }
    return [...fired, ...fgmIsFirings('F-R2', derived)];
  },
};
