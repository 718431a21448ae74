import type { ActionItem, Firing, Level } from '@proformas/core';
import type { ReactNode } from 'react';
import { ActionTaskList } from './ActionTaskList.tsx';
import { LevelCard } from './LevelCard.tsx';
import { ReasonList } from './ReasonList.tsx';

export interface SignedOff {
  name: string;
  role: string;
  at: string;
}

/** The props of {@link OutcomePanel}: one form's outcome, or an encounter's. */
export interface OutcomePanelProps {
  /** The level (core's `Assessment.level`). */
  level: Level;
  /** Actions with labels and deadlines (core's describeActions). */
  actions: readonly ActionItem[];
  /** Every rule that fired, each with its plain-English reason (core's evaluation). */
  firings: readonly Firing[];
  /** Some required answers are missing, so the outcome may still change. */
  provisional?: boolean;
  /** The concern in plain language (E1), when recorded. */
  concernSummary?: string;
  /** Who signed the outcome off, and when. */
  signedOff?: SignedOff;
  /**
   * The form's own detail, shown under the level (e.g. the DASH score, the CSE risk band, the FGM
   * police reports, the attendance counts): one of the renderers in `outcome/detail/`.
   */
  detail?: ReactNode;
  /** What must be read before anything else, above the level (e.g. CSE: do not delay emergency contraception). */
  lead?: ReactNode;
}

const signedAt = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  dateStyle: 'long',
  timeStyle: 'short',
});

/** The outcome: the level and what it means, the actions with deadlines, and every reason. */
export function OutcomePanel({
  level,
  actions,
  firings,
  provisional,
  concernSummary,
  signedOff,
  detail,
  lead,
}: OutcomePanelProps) {
  return (
    <div className="app-outcome">
      {lead}
      {provisional && (
        <div className="nhsuk-inset-text">
          <strong className="nhsuk-tag nhsuk-tag--grey">Provisional</strong>
          <p>Some required questions are not answered yet, so this outcome may change.</p>
        </div>
      )}
      <LevelCard level={level} />
      {detail}
      {concernSummary && (
        <>
          <h2 className="nhsuk-heading-m">The concern</h2>
          <p className="nhsuk-body app-answer">{concernSummary}</p>
        </>
      )}
      <h2 className="nhsuk-heading-m">What to do now</h2>
      <ActionTaskList actions={actions} />
      <h2 className="nhsuk-heading-m">Why</h2>
      <ReasonList firings={firings} />
      {signedOff && (
        <div className="nhsuk-panel">
          <h2 className="nhsuk-panel__heading">Signed off</h2>
          <div className="nhsuk-panel__body">
            {signedOff.name}, {signedOff.role}, {signedAt.format(new Date(signedOff.at))}
          </div>
        </div>
      )}
    </div>
  );
}
