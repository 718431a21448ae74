import { PLACEHOLDER } from '@proformas/core';
import type { SafeguardingDocument } from '../../api/types.ts';
import { formatDateTime } from '../../components/format.ts';
import { DocumentEditor } from './DocumentEditor.tsx';
import { DocumentStatusForm } from './DocumentStatusForm.tsx';

const KIND: Record<SafeguardingDocument['kind'], string> = {
  'mash-referral': 'MASH referral',
  'marac-referral': 'MARAC referral',
  'fgm-police-report': 'FGM report to the police (101) record',
  notification: 'Notification',
};

/** One referral or notification: its text (editable while a draft), then sent with a reference or not sent with a reason. */
export function DocumentCard({
  document: doc,
  onChanged,
}: {
  document: SafeguardingDocument;
  onChanged: () => void;
}) {
  const headingId = `doc-${doc.id}`;
  return (
    <section className="nhsuk-card" aria-labelledby={headingId}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading" id={headingId}>
          {doc.title}
        </h3>
        <p className="nhsuk-body-s">
          {KIND[doc.kind]} · To: {doc.recipient} ·{' '}
          <strong
            className={`nhsuk-tag ${doc.status === 'draft' ? 'nhsuk-tag--blue' : doc.status === 'sent' ? 'nhsuk-tag--green' : 'nhsuk-tag--grey'}`}
          >
            {doc.status === 'draft' ? 'Draft' : doc.status === 'sent' ? 'Sent' : 'Not sent'}
          </strong>
        </p>
        {doc.sensitivity && (
          <p className="nhsuk-body-s">
            <strong>Sensitive:</strong> holds information about other people (safeguarding third party).
          </p>
        )}
        {doc.status === 'draft' ? (
          <>
            <DocumentEditor document={doc} onSaved={onChanged} />
            {doc.text.includes(PLACEHOLDER) && (
              <p className="nhsuk-body app-placeholder-note">
                Fill in every “{PLACEHOLDER}” before marking it sent.
              </p>
            )}
            <DocumentStatusForm document={doc} onDone={onChanged} />
          </>
        ) : (
          <>
            <p className="nhsuk-body">
              {doc.status === 'sent'
                ? `Sent, reference ${doc.reference ?? ''}`
                : `Not sent: ${doc.notSentReason ?? ''}`}
              {doc.statusAt ? ` (${formatDateTime(doc.statusAt)})` : ''}.
            </p>
            <pre className="app-document-text">{doc.text}</pre>
          </>
        )}
      </div>
    </section>
  );
}
