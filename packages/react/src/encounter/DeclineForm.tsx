import { useState } from 'react';
import { ErrorSummary } from '../errors/ErrorSummary.tsx';
import { TextareaField } from '../fields/TextareaField.tsx';

interface DeclineFormProps {
  /** The form's title, for the question. */
  title: string;
  id: string;
  onDecline: (reason: string) => void;
  onCancel: () => void;
}

/** Decline an offered form, saying why (kept with the encounter's record). */
export function DeclineForm({ title, id, onDecline, onCancel }: DeclineFormProps) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(0);
  const error = tried > 0 && reason.trim() === '' ? 'Say why you are not doing this form' : undefined;
  return (
    <form
      noValidate
      className="app-decline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim()) onDecline(reason.trim());
        else setTried((n) => n + 1);
      }}
    >
      {error && <ErrorSummary errors={[{ targetId: id, text: error }]} focusKey={tried} />}
      <TextareaField
        id={id}
        label={`Why are you not doing the ${title} form?`}
        value={reason}
        error={error}
        onChange={(v) => setReason(v ?? '')}
      />
      <div className="nhsuk-button-group">
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Decline this form
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
