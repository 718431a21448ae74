import { useEffect, useRef, useState } from 'react';
import { saveDocument } from '../../api/documents.ts';
import type { Patient, SafeguardingDocument, SignedAssessment, Site } from '../../api/types.ts';
import { draftsForAssessment, toStored } from '../../documents/draftForAssessment.ts';
import { useMe } from '../../session/SessionContext.tsx';
import { DocumentCard } from './DocumentCard.tsx';

interface Props {
  assessment: SignedAssessment;
  patient: Patient;
  site: Site;
  documents: SafeguardingDocument[];
  onChanged: () => void;
}

/**
 * The referral and notification drafts of the signed outcome. The first time the outcome is shown,
 * core's generator writes them and they are stored on the server (ids stable per assessment, so
 * doing it twice stores them once).
 */
export function DocumentsSection({ assessment, patient, site, documents, onChanged }: Props) {
  const me = useMe();
  const [failure, setFailure] = useState<string>();
  const started = useRef(false);
  const expected = draftsForAssessment(assessment, patient, site, me);
  const missing = documents.length < expected.length;
  useEffect(() => {
    if (!missing || started.current) return;
    started.current = true;
    void (async () => {
      try {
        for (const draft of expected) {
          const { id, body } = await toStored(draft, assessment);
          if (!documents.some((d) => d.id === id)) await saveDocument(id, body);
        }
        onChanged();
      } catch (error) {
        setFailure(error instanceof Error ? error.message : String(error));
      }
    })();
  });
  return (
    <section aria-labelledby="documents-heading">
      <h2 className="nhsuk-heading-m" id="documents-heading">
        Referrals and notifications
      </h2>
      {failure && (
        <div className="nhsuk-error-summary" role="alert">
          <h3 className="nhsuk-error-summary__heading">The drafts could not be saved</h3>
          <div className="nhsuk-error-summary__body">
            <p>{failure}</p>
          </div>
        </div>
      )}
      {expected.length === 0 && documents.length === 0 && (
        <p className="nhsuk-body">This outcome calls for no referral or notification.</p>
      )}
      {missing && !failure && (
        <p className="nhsuk-body" role="status">
          Writing the drafts…
        </p>
      )}
      {documents.map((doc) => (
        <DocumentCard key={doc.id} document={doc} onChanged={onChanged} />
      ))}
    </section>
  );
}
