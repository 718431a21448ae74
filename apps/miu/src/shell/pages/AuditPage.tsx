import { ErrorSummary, TextInputField } from '@proformas/react';
import { useState, type FormEvent } from 'react';
import { searchAudit, type AuditFilter } from '../api/audit.ts';
import type { AuditEntry } from '../api/types.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useSubmit } from '../hooks/useSubmit.ts';
import { useTitle } from '../hooks/useTitle.ts';
import { AuditTable } from './audit/AuditTable.tsx';

/** The administrator's audit log: who read or changed which patient's record, searchable by patient and user. */
export function AuditPage() {
  useTitle('Audit log');
  const [nhsNumber, setNhsNumber] = useState<string>();
  const [username, setUsername] = useState<string>();
  const [filter, setFilter] = useState<AuditFilter>();
  const [entries, setEntries] = useState<AuditEntry[]>();
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const submit = useSubmit();
  const search = async (next: AuditFilter, more: boolean) => {
    const page = await submit.run(
      () => searchAudit(next),
      { nhsNumber: 'audit-nhs', username: 'audit-user' },
      'audit-nhs',
    );
    if (!page) return;
    setEntries((old) => (more ? [...(old ?? []), ...page.entries] : page.entries));
    setNextBefore(page.nextBefore);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next: AuditFilter = {
      ...(nhsNumber ? { nhsNumber: nhsNumber.replace(/[\s-]/g, '') } : {}),
      ...(username ? { username: username.trim() } : {}),
    };
    setFilter(next);
    void search(next, false);
  };
  return (
    <>
      <ErrorSummary errors={submit.errors} focusKey={submit.round} />
      <PageHeading caption="Administrator">Audit log</PageHeading>
      <p className="nhsuk-body">
        Every read and change of a patient’s record, every sign-in and every search of this log. Newest first.
      </p>
      <form onSubmit={onSubmit} noValidate aria-label="Search the audit log">
        <TextInputField
          id="audit-nhs"
          label="Patient’s NHS number"
          hint="Leave empty for every patient"
          value={nhsNumber}
          onChange={setNhsNumber}
        />
        <TextInputField
          id="audit-user"
          label="Username"
          hint="For example sam.carter. Leave empty for every user"
          value={username}
          onChange={setUsername}
        />
        <button type="submit" className="nhsuk-button" disabled={submit.busy}>
          Search
        </button>
      </form>
      {entries && <AuditTable entries={entries} />}
      {entries && nextBefore !== null && filter && (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => void search({ ...filter, before: nextBefore }, true)}
        >
          Show older entries
        </button>
      )}
    </>
  );
}
