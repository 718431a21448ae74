import { describeActions, PROFORMA_IDS, PROFORMA_TITLES, type AssessmentContext } from '@proformas/core';
import { ActionTaskList } from '../outcome/ActionTaskList.tsx';
import { CseEcNotice } from '../outcome/detail/CseEcNotice.tsx';
import { FormDetail } from '../outcome/detail/FormDetail.tsx';
import { LevelCard } from '../outcome/LevelCard.tsx';
import { ReasonList } from '../outcome/ReasonList.tsx';
import type { EncounterOutcome, FormRecords } from './encounterRecords.ts';
import type { EncounterTask } from './encounterTasks.ts';

interface EncounterOutcomeViewProps {
  context: AssessmentContext;
  outcome: EncounterOutcome | undefined;
  records: FormRecords;
  /** Required forms not yet signed off (the outcome is provisional while there are any). */
  outstanding: readonly EncounterTask[];
}

/**
 * The combined outcome (core's assessEncounter): the encounter level, every action with its
 * deadline, each form's reasons and detail, and the forms declined with why.
 */
export function EncounterOutcomeView({ context, outcome, records, outstanding }: EncounterOutcomeViewProps) {
  const declined = PROFORMA_IDS.filter((id) => records[id]?.status === 'declined');
  return (
    <div className="app-outcome app-encounter-outcome">
      {outstanding.length > 0 && (
        <div className="nhsuk-inset-text">
          <strong className="nhsuk-tag nhsuk-tag--grey">Provisional</strong>
          <p>
            Not signed off yet, so this outcome may change:{' '}
            {outstanding.map((t) => PROFORMA_TITLES[t.id]).join('; ')}.
          </p>
        </div>
      )}
      {outcome ? (
        <>
          {outcome.evaluations.cse && (
            <CseEcNotice detail={outcome.evaluations.cse.detail} evaluation={outcome.evaluations.cse} />
          )}
          <LevelCard level={outcome.encounter.level} />
          <h2 className="nhsuk-heading-m">What to do now</h2>
          <ActionTaskList actions={describeActions(outcome.encounter, context)} />
          <h2 className="nhsuk-heading-m">Why, form by form</h2>
          {PROFORMA_IDS.map((id) => {
            const evaluation = outcome.evaluations[id];
            if (!evaluation) return null;
            return (
              <section key={id} className="app-encounter-form" aria-label={PROFORMA_TITLES[id]}>
                <h3 className="nhsuk-heading-s">{PROFORMA_TITLES[id]}</h3>
                <ReasonList firings={evaluation.firings} />
                <FormDetail
                  proforma={id}
                  detail={evaluation.detail}
                  evaluation={evaluation}
                  headingLevel={3}
                />
              </section>
            );
          })}
        </>
      ) : (
        <p className="nhsuk-body">No form has been started yet, so there is no outcome.</p>
      )}
      {declined.length > 0 && (
        <>
          <h2 className="nhsuk-heading-m">Forms declined</h2>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {declined.map((id) => (
              <li key={id}>
                {PROFORMA_TITLES[id]}: {records[id]?.declinedReason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
