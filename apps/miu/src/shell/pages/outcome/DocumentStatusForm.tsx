import { ErrorSummary, RadiosField, TextInputField } from '@proformas/react';
import { useState } from 'react';
import { markNotSent, markSent } from '../../api/documents.ts';
import type { SafeguardingDocument } from '../../api/types.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';

/** Record what happened to a draft: sent with a reference, or not sent with a reason. */
export function DocumentStatusForm({
  document: doc,
  onDone,
}: {
  document: SafeguardingDocument;
  onDone: () => void;
}) {
  const [choice, setChoice] = useState<string>();
  const [reference, setReference] = useState<string>();
  const [reason, setReason] = useState<string>();
  const submit = useSubmit();
  const ids = { choice: `status-${doc.id}`, reference: `reference-${doc.id}`, reason: `reason-${doc.id}` };
  const record = async () => {
    if (!choice) return submit.fail([{ targetId: ids.choice, text: 'Say whether it was sent' }]);
    if (choice === 'sent' && !reference?.trim())
      return submit.fail([{ targetId: ids.reference, text: 'Enter the reference you were given' }]);
    if (choice === 'not-sent' && !reason?.trim())
      return submit.fail([{ targetId: ids.reason, text: 'Enter why it was not sent' }]);
    const done = await submit.run(
      () =>
        choice === 'sent'
          ? markSent(doc.id, reference?.trim() ?? '')
          : markNotSent(doc.id, reason?.trim() ?? ''),
      {},
      ids.choice,
    );
    if (done) onDone();
  };
  const error = (id: string) => submit.errors.find((e) => e.targetId === id)?.text;
  return (
    <div className="app-document-status">
      <ErrorSummary errors={submit.errors} focusKey={submit.round} />
      <RadiosField
        id={ids.choice}
        label={`Has the ${doc.title} been sent?`}
        options={[
          { code: 'sent', label: 'Sent' },
          { code: 'not-sent', label: 'Not sent' },
        ]}
        value={choice}
        onChange={setChoice}
        error={error(ids.choice)}
      />
      {choice === 'sent' && (
        <TextInputField
          id={ids.reference}
          label="Reference"
          value={reference}
          onChange={setReference}
          error={error(ids.reference)}
        />
      )}
      {choice === 'not-sent' && (
        <TextInputField
          id={ids.reason}
          label="Why it was not sent"
          value={reason}
          onChange={setReason}
          error={error(ids.reason)}
        />
      )}
      <button type="button" className="nhsuk-button" disabled={submit.busy} onClick={() => void record()}>
        Record it
      </button>
    </div>
  );
}
