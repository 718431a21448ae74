import { Link } from 'wouter';
import { PageHeading } from '../components/PageHeading.tsx';
import { useTitle } from '../hooks/useTitle.ts';

export function NotFoundPage() {
  useTitle('Page not found');
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p className="nhsuk-body">
        Check the address, or go back to the <Link href="/">start page</Link>.
      </p>
    </>
  );
}
