import { text } from './answers.ts';
import { otherReportersText, reportersOf, s5bOf, type Reporter } from './fgmReporters.ts';
import { assemble, fieldsOf } from './draft.ts';
import { has, type DraftEnv } from './env.ts';
import { birthDate, clockTime, longDate, orPlaceholder, PLACEHOLDER, quoted } from './format.ts';
import { requiredSensitivity } from './sensitivity.ts';
import { REGULATORS } from './termsAdult.ts';
import type { DocumentDraft } from './types.ts';

const field = fieldsOf('fgm-police-report');

const sameName = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

const reporterText = (env: DraftEnv, r: Reporter | undefined): string => {
  if (!r)
    return `Name, profession, regulator, phone and email of the person who heard her or saw the signs: ${PLACEHOLDER}`;
  const me = sameName(r.name, env.inputs.referrer.name) ? env.inputs.referrer : undefined;
  const site = env.inputs.site;
  return [
    `${orPlaceholder(r.name)}, ${orPlaceholder(r.profession)}, registered with the ${REGULATORS[r.regulator] ?? orPlaceholder(r.regulator)}.`,
    `Workplace: ${site.name}${site.address ? `, ${site.address}` : ''}.`,
    `Phone ${orPlaceholder(me?.phone)}; email ${orPlaceholder(me?.email)}.`,
  ].join(' ');
};

const basisText = (env: DraftEnv, r: Reporter | undefined): string => {
  const lines: string[] = [];
  const heard = r === undefined || r.heardOrSaw === 'heard' || r.heardOrSaw === 'both';
  const saw = r === undefined || r.heardOrSaw === 'saw' || r.heardOrSaw === 'both';
  const words = text(env.fgm, 'girlDisclosureWords');
  if (heard && (r !== undefined || text(env.fgm, 'girlDisclosed') === 'yes'))
    lines.push(
      `She told me herself that female genital mutilation was done to her. Her words: ${words ? quoted(words) : PLACEHOLDER}`,
    );
  if (saw && (r !== undefined || text(env.fgm, 'signsObserved') === 'yes'))
    lines.push(
      `I saw signs that look like female genital mutilation during care she already needed, not during an examination made only to look for it: ${orPlaceholder(text(env.fgm, 'signsObservedDetail'))}`,
    );
  return lines.join('\n') || PLACEHOLDER;
};

const dateOrPlaceholder = (value: unknown): string =>
  typeof value === 'string' ? longDate(value) : PLACEHOLDER;

const actionsText = (env: DraftEnv): string => {
  const lines: string[] = [];
  if (has(env, 'POLICE_999'))
    lines.push('We called the police on 999 because a girl is in immediate danger.');
  // SAFER READING: the MASH reference is not required here, so the statutory report is never held up waiting for it.
  if (has(env, 'MASH_REFERRAL'))
    lines.push('A referral to children’s social care (the multi-agency safeguarding hub), by phone.');
  if (has(env, 'FGM_SPECIALIST_REFERRAL'))
    lines.push('A referral to a specialist children’s female genital mutilation service.');
  if (has(env, 'FGM_IS_ADD_INDICATOR'))
    lines.push(
      'A family-history indicator is being added for the girls in the family on the national female genital mutilation information system.',
    );
  if (has(env, 'INFORM_SAFEGUARDING_LEAD')) lines.push('Our safeguarding lead is being told.');
  return lines.join('\n') || PLACEHOLDER;
};

const draftFor = (env: DraftEnv, r: Reporter | undefined, reporters: readonly Reporter[]): DocumentDraft => {
  const s5b = s5bOf(env);
  const police = env.inputs.directory.police101;
  const lead = text(env.triage, 'discussedWith');
  return assemble({
    id: r ? `fgm-police-report-row-${r.row}` : 'fgm-police-report-unassigned',
    kind: 'fgm-police-report',
    title: `Report to the police on 101: female genital mutilation of ${env.fullName}, aged ${env.age}. Reported by ${r?.name || PLACEHOLDER}`,
    recipients: [
      {
        role: 'police-101',
        name: police?.name ?? 'Police non-emergency number',
        phone: police?.phone ?? '101',
      },
    ],
    sensitivityReasons: requiredSensitivity(env, 'fgm-police-report'),
    fields: [
      field('reporter', reporterText(env, r), true),
      field(
        'girl',
        `${orPlaceholder(env.fullName)}. Born ${birthDate(env.context.patient.dateOfBirth)}, aged ${env.age}. Address: ${orPlaceholder(env.inputs.patient.address)}.`,
        true,
      ),
      field('basis', basisText(env, r), true),
      field(
        'identifiedAt',
        `${dateOrPlaceholder(s5b['identifiedOn'])}, during the visit that began at ${clockTime(env.arrivedAt)}. The time she told staff, or the signs were seen: ${PLACEHOLDER}`,
        true,
      ),
      field(
        'deadline',
        `Report by the end of ${dateOrPlaceholder(s5b['dueBy'])} (the next working day). The legal limit is ${dateOrPlaceholder(s5b['latestBy'])} (one month).`,
        true,
      ),
      field('otherReporters', otherReportersText(env, r, reporters), 'when-present'),
      field('safeguardingActions', actionsText(env), true),
      // SAFER READING: required, so this person's report cannot be approved (closed) without its reference.
      field('policeReference', r?.policeReference ?? undefined, true),
      field('leadInformed', lead ? `Our safeguarding lead, ${lead}, has been told.` : undefined, true),
    ],
  });
};

/**
 * referrals.md §3: one draft per regulated reporter whose status is `report-required`; none for a
 * colleague-already-reported row or an unregulated person. Made on POLICE_101_FGM_REPORT only.
 */
export const draftFgmReports = (env: DraftEnv): DocumentDraft[] => {
  if (!has(env, 'POLICE_101_FGM_REPORT')) return [];
  const reporters = reportersOf(env);
  const due = reporters.filter((r) => r.status === 'report-required');
  // SAFER READING: while F15d is empty the duty has no owner yet; one unassigned draft keeps it visible.
  if (reporters.length === 0) return [draftFor(env, undefined, reporters)];
  return due.map((r) => draftFor(env, r, reporters));
};
