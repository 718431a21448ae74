import { LEVEL_LABELS, PROFORMA_TITLES, type AssessmentContext, type ProformaId } from '@proformas/core';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { SignedOff } from '../outcome/OutcomePanel.tsx';
import type { AttendanceLookup } from '../proformas/frequent-attender/frequentAttenderLookup.ts';
import { LEVEL_TAG } from '../runner/levelStyle.ts';
import { defaultStorage, type DraftStorage } from '../state/persistence.ts';
import { EncounterAlerts } from './EncounterAlerts.tsx';
import { EncounterForm } from './EncounterForm.tsx';
import { EncounterOutcomeView } from './EncounterOutcomeView.tsx';
import {
  encounterOutcome,
  inputsFor,
  loadRecords,
  saveRecords,
  type EncounterOutcome,
  type FormRecords,
} from './encounterRecords.ts';
import { encounterTasks, nextRequired, outstandingRequired } from './encounterTasks.ts';
import type { FormProgress } from './formProgress.ts';
import { FormTaskList } from './FormTaskList.tsx';

/** The props of {@link EncounterView}. */
export interface EncounterViewProps {
  /** The patient and this attendance (the same context every form of the encounter assesses). */
  context: AssessmentContext;
  /** The patient's verified NHS number: the frequent-attender lookup needs it. */
  nhsNumber?: string;
  /** The attendance-registry lookup for the frequent-attender check (see FrequentAttenderForm). */
  lookup?: AttendanceLookup;
  /**
   * Where the encounter and each form's draft are kept: one key per attendance (each form's draft
   * is `<persistKey>:<proforma id>`). Default `proformas:encounter`.
   */
  persistKey?: string;
  /** localStorage by default; `null` keeps nothing. */
  storage?: DraftStorage | null;
  /** Answers known before each form opens (prefill, e.g. from registration); a saved draft wins. */
  prefill?: Partial<Record<ProformaId, Record<string, unknown>>>;
  /** Called when a form is signed off, with who signed it. */
  onFormSignedOff?: (id: ProformaId, signed: SignedOff) => void;
  /** Called with the combined outcome whenever it changes (undefined before any form has answers). */
  onOutcome?: (outcome: EncounterOutcome | undefined) => void;
}

type View = { page: 'forms' } | { page: 'form'; id: ProformaId } | { page: 'outcome' };

/**
 * One attendance's safeguarding forms, run one after another: the forms core suggests (required
 * first, each with its reason; offered ones can be started or declined with a reason), each form
 * phase by phase with its emergency interrupt, and the combined outcome (core's assessEncounter).
 */
export function EncounterView({
  context,
  nhsNumber,
  lookup,
  persistKey = 'proformas:encounter',
  storage: given,
  prefill,
  onFormSignedOff,
  onOutcome,
}: EncounterViewProps) {
  const storage = given === undefined ? defaultStorage() : given;
  const [records, setRecords] = useState<FormRecords>(() => loadRecords(storage, persistKey));
  const [view, setView] = useState<View>({ page: 'forms' });
  const tasks = useMemo(() => encounterTasks(context, records), [context, records]);
  const outcome = useMemo(() => encounterOutcome(records, context), [records, context]);
  const next = nextRequired(tasks, records);
  const outstanding = outstandingRequired(tasks, records);

  useEffect(() => saveRecords(storage, persistKey, records), [storage, persistKey, records]);
  const reportOutcome = useRef(onOutcome);
  useEffect(() => {
    reportOutcome.current = onOutcome;
  });
  useEffect(() => reportOutcome.current?.(outcome), [outcome]);

  const page = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // A new page: focus its heading, as the forms do between phases.
    page.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [view]);

  const update = (id: ProformaId, change: (record: FormRecords[ProformaId]) => FormRecords[ProformaId]) =>
    setRecords((all) => ({ ...all, [id]: change(all[id]) }));
  const progress = (id: ProformaId) => (p: FormProgress) =>
    update(id, (record) => {
      const status = p.signedOff ? 'signed-off' : 'in-progress';
      if (
        record?.status === status &&
        record.answers === p.answers &&
        record.formContext === p.assessmentContext
      )
        return record;
      return {
        status,
        answers: p.answers,
        formContext: p.assessmentContext,
        ...(p.signedOff ? { signedOff: p.signedOff } : {}),
      };
    });

  const level = outcome?.encounter.level;
  const levelTag = level && (
    <p className="nhsuk-body" role="status" aria-label="Level for this attendance">
      Level for this attendance so far:{' '}
      <strong className={`nhsuk-tag ${LEVEL_TAG[level]}`}>{LEVEL_LABELS[level]}</strong>
    </p>
  );

  if (view.page === 'form') {
    const id = view.id;
    const after = nextRequired(tasks, { ...records, [id]: { status: 'signed-off' } });
    return (
      <div ref={page} className="app-encounter">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => setView({ page: 'forms' })}
        >
          Back to the forms for this attendance
        </button>
        <EncounterForm
          key={id}
          id={id}
          context={context}
          nhsNumber={nhsNumber}
          lookup={lookup}
          storage={storage}
          persistKey={`${persistKey}:${id}`}
          answers={prefill?.[id]}
          encounter={inputsFor(id, records, outcome)}
          onProgress={progress(id)}
          onSignedOff={(signed) => onFormSignedOff?.(id, signed)}
        />
        {records[id]?.status === 'signed-off' && (
          <div className="nhsuk-button-group">
            <button
              type="button"
              className="nhsuk-button"
              onClick={() => setView(after ? { page: 'form', id: after.id } : { page: 'outcome' })}
            >
              {after ? `Next form: ${PROFORMA_TITLES[after.id]}` : 'See the outcome for this attendance'}
            </button>
          </div>
        )}
      </div>
    );
  }

  if (view.page === 'outcome') {
    return (
      <div ref={page} className="app-encounter">
        <h1 className="nhsuk-heading-l" tabIndex={-1}>
          Outcome for this attendance
        </h1>
        <EncounterOutcomeView
          context={context}
          outcome={outcome}
          records={records}
          outstanding={outstanding}
        />
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => setView({ page: 'forms' })}
        >
          Back to the forms for this attendance
        </button>
      </div>
    );
  }

  return (
    <div ref={page} className="app-encounter">
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        Forms for this attendance
      </h1>
      {levelTag}
      <EncounterAlerts outcome={outcome} context={context} />
      <p className="nhsuk-body">
        Complete the required forms first. You can start an offered form, or decline it and say why.
      </p>
      <FormTaskList
        tasks={tasks}
        records={records}
        onOpen={(id) => setView({ page: 'form', id })}
        onDecline={(id, reason) => update(id, () => ({ status: 'declined', declinedReason: reason }))}
      />
      <div className="nhsuk-button-group">
        {next ? (
          <button
            type="button"
            className="nhsuk-button"
            onClick={() => setView({ page: 'form', id: next.id })}
          >
            {`${records[next.id] ? 'Continue' : 'Start'} the next required form: ${PROFORMA_TITLES[next.id]}`}
          </button>
        ) : null}
        <button
          type="button"
          className={next ? 'nhsuk-button nhsuk-button--secondary' : 'nhsuk-button'}
          onClick={() => setView({ page: 'outcome' })}
        >
          See the outcome for this attendance
        </button>
      </div>
    </div>
  );
}
