import { PROFORMA_TITLES } from '@proformas/core';
import { ErrorSummary } from '@proformas/react';
import { useState } from 'react';
import { signAssessment } from '../../api/assessments.ts';
import type { Draft } from '../../api/types.ts';
import { isSignedOff, lookupFailed } from '../../forms/serverDraftStorage.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';

/**
 * Sign the encounter outcome: every form's answers go to the server, which assesses them with
 * core's assessEncounter and keeps the result, immutable.
 */
export function SignOutcome({
  attendanceId,
  drafts,
  again,
  onSigned,
}: {
  attendanceId: string;
  drafts: Draft[];
  again: boolean;
  onSigned: () => void;
}) {
  const [id, setId] = useState(() => crypto.randomUUID());
  const submit = useSubmit();
  const unfinished = drafts.filter((d) => !isSignedOff(d));
  const fa = drafts.find((d) => d.proformaId === 'frequent-attender');
  const sign = async () => {
    const answers = Object.fromEntries(drafts.map((d) => [d.proformaId, d.answers]));
    const done = await submit.run(
      () =>
        signAssessment(attendanceId, { id, answers, history: lookupFailed(fa) ? 'unavailable' : 'registry' }),
      {},
      'sign-outcome',
    );
    if (done) {
      setId(crypto.randomUUID());
      onSigned();
    }
  };
  return (
    <section aria-labelledby="sign-heading">
      <ErrorSummary errors={submit.errors} focusKey={submit.round} />
      <h2 className="nhsuk-heading-m" id="sign-heading">
        {again ? 'The answers changed after the outcome was signed' : 'Sign the encounter outcome'}
      </h2>
      <p className="nhsuk-body">
        The outcome is worked out from every form of this attendance:{' '}
        {drafts.map((d) => PROFORMA_TITLES[d.proformaId]).join(', ') || 'none started'}.
      </p>
      {unfinished.length > 0 && (
        // SAFER READING: a started but unfinished form still counts, so no answer that raises the risk is left out.
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Unfinished forms count too
            </span>
          </h3>
          <p>
            Not signed off yet: {unfinished.map((d) => PROFORMA_TITLES[d.proformaId]).join(', ')}. Their
            answers so far are included.
          </p>
        </div>
      )}
      <button
        type="button"
        id="sign-outcome"
        className="nhsuk-button"
        disabled={submit.busy}
        onClick={() => void sign()}
      >
        {again ? 'Sign a new version of the outcome' : 'Sign the encounter outcome'}
      </button>
    </section>
  );
}
