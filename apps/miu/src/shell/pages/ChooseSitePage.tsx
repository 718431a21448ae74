import { ErrorSummary, RadiosField } from '@proformas/react';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { chooseSite } from '../api/auth.ts';
import { DEPARTMENT_LABELS } from '../components/departments.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useSubmit } from '../hooks/useSubmit.ts';
import { useTitle } from '../hooks/useTitle.ts';
import { useMe, useSession } from '../session/SessionContext.tsx';

/** Choose the site you are working at (MIU, walk-in centre or ED); every record says where it came from. */
export function ChooseSitePage() {
  useTitle('Choose your site');
  const me = useMe();
  const { setMe } = useSession();
  const [, navigate] = useLocation();
  const [siteId, setSiteId] = useState<string | undefined>(me.site?.id);
  const submit = useSubmit();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!siteId) return submit.fail([{ targetId: 'site', text: 'Choose the site you are working at' }]);
    const next = await submit.run(() => chooseSite(siteId), {}, 'site');
    if (next) {
      setMe(next);
      navigate('/');
    }
  };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={submit.errors} focusKey={submit.round} />
        <PageHeading>Choose your site</PageHeading>
        <form onSubmit={onSubmit} noValidate>
          <RadiosField
            id="site"
            label="Which site are you working at today?"
            options={me.sites.map((s) => ({
              code: s.id,
              label: s.name,
              hint: `${DEPARTMENT_LABELS[s.departmentType] ?? 'Department'} · ${s.providerName}`,
            }))}
            value={siteId}
            onChange={setSiteId}
            error={submit.errors[0]?.text}
          />
          <button type="submit" className="nhsuk-button" disabled={submit.busy}>
            Continue
          </button>
        </form>
      </div>
    </div>
  );
}
