import type { ActionCode } from '../../model/actions.ts';
import { firing, type Firing } from '../../model/rule.ts';
import { fgmIsFirings } from './fgmIsFirings.ts';
import type { FgmRule } from './types.ts';

// fgm.md "F-R4 Adult woman with FGM": NOTIFY; no police report, even if she was cut as a child.
export const fr4: FgmRule = {
  id: 'F-R4',
  evaluate: ({ derived, answers }) => {
    if (!derived.adultPath) return [];
    const fired: Firing[] = [
      firing(
        'F-R4',
        'NOTIFY',
        ['NOTIFY_GP'],
        'She is a woman aged 18 or over who has had FGM: tell her GP and record the type. There is no police report for an adult, even if she was cut as a child.',
      ),
    ];
    if (answers.pregnant === 'yes') {
      const baby = derived.unbornAtRisk
        ? ' Ask maternity to assess the baby and, if the baby is a girl, to add the FGM-IS indicator after birth.'
        : '';
      fired.push(
        firing(
          'F-R4',
          'NOTIFY',
          ['MATERNITY_SAFEGUARDING_NOTIFY'],
          `She is pregnant: tell the maternity safeguarding team.${baby}`,
        ),
      );
    }
    if (answers.specialistSupportOffer === 'accepted') {
      fired.push(
        firing(
          'F-R4',
          'NOTIFY',
          ['FGM_SPECIALIST_REFERRAL'],
          'She accepted support: refer her to an FGM clinic or specialist service.',
        ),
      );
    }
    return [...fired, ...fgmIsFirings('F-R4', derived)];
  },
};

// fgm.md "F-R5 Part 1 significant indicators": REFER.
export const fr5: FgmRule = {
  id: 'F-R5',
  evaluate: ({ derived, answers }) => {
    if (!derived.adultPath) return [];
    const f13 = answers.partOneIndicators ?? [];
    const rows = answers.girlsInFamily ?? [];
    // A `daughter` row with hadFgm = yes counts as `daughter-had-fgm`.
    const daughterHad =
      f13.includes('daughter-had-fgm') ||
      rows.some((r) => r.relationship === 'daughter' && r.hadFgm === 'yes');
    if (f13.length === 0 && !daughterHad) return [];
    const knownToSocialCare = f13.includes('known-to-social-care');
    const mash =
      daughterHad || knownToSocialCare || derived.listedGirls.length > 0 || answers.pregnant === 'yes';
    const actions: ActionCode[] = [
      'INFORM_SAFEGUARDING_LEAD',
      ...(mash ? (['MASH_REFERRAL'] as const) : []),
      ...(daughterHad ? (['POLICE_NOTIFY'] as const) : []),
    ];
    const signs = [
      ...(daughterHad ? ['a daughter has had FGM'] : []),
      ...(knownToSocialCare ? ["the family is already known to children's social care"] : []),
      ...(f13.includes('vulnerable-adult') ? ['she has care and support needs and is at risk'] : []),
      ...(f13.includes('requests-reinfibulation') ? ['she asks to be closed again'] : []),
    ].join('; ');
    const next = mash
      ? ' Phone the MASH now (the emergency duty team out of hours) about her girls or her pregnancy.'
      : '';
    const police = daughterHad ? ' Tell the police today.' : '';
    const fired: Firing[] = [
      firing(
        'F-R5',
        'REFER',
        actions,
        `Significant signs for her family: ${signs}. Tell the safeguarding lead.${next}${police}`,
      ),
    ];
    if (f13.includes('vulnerable-adult')) {
      fired.push(
        firing(
          'F-R5',
          'REFER',
          ['ADULT_SAFEGUARDING_CONSIDER'],
          'She has care and support needs and is at risk: consider an adult safeguarding concern.',
        ),
      );
    }
    if (f13.includes('requests-reinfibulation')) {
      fired.push(
        firing(
          'F-R5',
          'REFER',
          ['FGM_SPECIALIST_REFERRAL'],
          'She asks to be closed again (reinfibulation): this is against the law and must not be done. Refer her to an FGM clinic or specialist service.',
        ),
      );
    }
    return fired;
  },
};
