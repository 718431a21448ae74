import { ErrorSummary, TextareaField } from '@proformas/react';
import { useState } from 'react';
import { markReviewed } from '../../api/review.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';

/** Mark an attendance reviewed, with a note. */
export function MarkReviewedForm({
  attendanceId,
  name,
  onDone,
}: {
  attendanceId: string;
  name: string;
  onDone: () => void;
}) {
  const [id] = useState(() => crypto.randomUUID());
  const [note, setNote] = useState<string>();
  const submit = useSubmit();
  const fieldId = `note-${attendanceId}`;
  const save = async () => {
    if (!note?.trim()) return submit.fail([{ targetId: fieldId, text: 'Write a note about your review' }]);
    const done = await submit.run(() => markReviewed(attendanceId, id, note.trim()), {}, fieldId);
    if (done) onDone();
  };
  return (
    <>
      <ErrorSummary errors={submit.errors} focusKey={submit.round} />
      <TextareaField
        id={fieldId}
        label={`Review note for ${name}`}
        value={note}
        onChange={setNote}
        error={submit.errors[0]?.text}
      />
      <button type="button" className="nhsuk-button" disabled={submit.busy} onClick={() => void save()}>
        Mark {name} reviewed
      </button>
    </>
  );
}
