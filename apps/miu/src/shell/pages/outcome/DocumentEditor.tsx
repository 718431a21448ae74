import { ErrorSummary, TextareaField } from '@proformas/react';
import { useState } from 'react';
import { saveDocument } from '../../api/documents.ts';
import type { SafeguardingDocument } from '../../api/types.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';

/** The draft's text, editable; Save changes stores a new version on the server. */
export function DocumentEditor({
  document: doc,
  onSaved,
}: {
  document: SafeguardingDocument;
  onSaved: () => void;
}) {
  const [text, setText] = useState<string | undefined>(doc.text);
  const submit = useSubmit();
  const id = `text-${doc.id}`;
  const save = async () => {
    const saved = await submit.run(
      () =>
        saveDocument(doc.id, {
          attendanceId: doc.attendanceId,
          assessmentId: doc.assessmentId,
          kind: doc.kind,
          recipient: doc.recipient,
          title: doc.title,
          text: text ?? '',
          sensitivity: doc.sensitivity,
          metadata: doc.metadata,
        }),
      {},
      id,
    );
    if (saved) onSaved();
  };
  return (
    <>
      <ErrorSummary errors={submit.errors} focusKey={submit.round} />
      <TextareaField id={id} label={`Text of the ${doc.title}`} value={text} onChange={setText} rows={18} />
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        disabled={submit.busy || text === doc.text}
        onClick={() => void save()}
      >
        Save changes to the text
      </button>
    </>
  );
}
