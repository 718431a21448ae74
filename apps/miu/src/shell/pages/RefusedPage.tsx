import { Link } from 'wouter';
import { PageHeading } from '../components/PageHeading.tsx';
import { useTitle } from '../hooks/useTitle.ts';

/** Shown when a role may not open a page (the server refuses the data too). */
export function RefusedPage({ reason }: { reason?: string }) {
  useTitle('You cannot open this page');
  return (
    <>
      <PageHeading>You cannot open this page</PageHeading>
      <p className="nhsuk-body">
        {reason ?? 'Your role does not allow it.'} The review queue is for safeguarding leads and the audit
        log is for administrators.
      </p>
      <p className="nhsuk-body">
        If you need access, ask your safeguarding lead or an administrator.{' '}
        <Link href="/">Go to the start page</Link>.
      </p>
    </>
  );
}
