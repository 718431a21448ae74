import type { FgmIsList } from '@proformas/core';
import { formatDate } from '../../runner/formatAnswer.ts';

const BASIS: Record<string, string> = {
  'mother-had-fgm': 'her mother has had FGM',
  'sister-had-fgm': 'her sister has had FGM',
};
const NOT_ADDED: Record<string, string> = {
  'has-had-fgm': 'she has had FGM (no risk indicator)',
  'already-flagged': 'already on FGM-IS',
  'aged-18-or-over': '18 or over',
  'check-family-history': 'no family history recorded',
};

const formatNhs = (n: string): string => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
const nameOf = (girl: 'patient' | number, name: string | null): string =>
  name ?? (girl === 'patient' ? 'The patient' : `Girl ${girl + 1}`);

/** The FGM-IS list: one line per girl who gets the indicator, then the others and why not. */
export function FgmIsGirls({ list, headingLevel = 3 }: { list: Partial<FgmIsList>; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const add = list.add ?? [];
  const notAdded = list.notAdded ?? [];
  return (
    <>
      <Heading className="nhsuk-heading-s">FGM-IS risk indicator</Heading>
      {add.length === 0 ? (
        <p className="nhsuk-body">No girl gets the FGM-IS indicator from this form.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet app-fgm-is-add">
          {add.map((girl) => (
            <li key={String(girl.girl)}>
              Add the indicator for <strong>{nameOf(girl.girl, girl.name)}</strong>
              {girl.dateOfBirth ? `, born ${formatDate(girl.dateOfBirth)}` : ''},{' '}
              {girl.nhsNumber ? `NHS number ${formatNhs(girl.nhsNumber)}` : 'NHS number to be verified'}:{' '}
              {BASIS[girl.basis] ?? girl.basis}.
            </li>
          ))}
        </ul>
      )}
      {notAdded.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {notAdded.map((girl) => (
            <li key={String(girl.girl)}>
              Not added for {nameOf(girl.girl, girl.name)}: {NOT_ADDED[girl.why] ?? girl.why}.
            </li>
          ))}
        </ul>
      )}
      {list.unbornGirl && (
        <p className="nhsuk-body">
          Unborn baby: maternity assesses the baby and, if a girl, adds the indicator after birth.
        </p>
      )}
    </>
  );
}
