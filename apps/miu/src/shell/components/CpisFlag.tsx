import { fetchCpis } from '../api/attendances.ts';
import type { CpisAnswer } from '../api/types.ts';
import { useLoad } from '../hooks/useLoad.ts';

const STATUS_TEXT: Record<CpisAnswer['status'], string> = {
  cpp: 'On a child protection plan',
  lac: 'Looked-after child',
  'unborn-cpp': 'Unborn child on a protection plan',
  none: 'Nothing recorded',
  'not-available': 'CP-IS could not be checked',
};

/** The CP-IS answer for an NHS number, always labelled when it comes from the simulation. */
export function CpisFlag({ nhsNumber, detail = false }: { nhsNumber: string | null; detail?: boolean }) {
  const answer = useLoad(
    () => (nhsNumber ? fetchCpis(nhsNumber) : Promise.resolve(undefined)),
    nhsNumber ?? '',
  );
  if (!nhsNumber) return detail ? <span>CP-IS: no NHS number to check</span> : null;
  if (answer.status !== 'loaded' || !answer.data) return null;
  const cpis = answer.data;
  if (!detail && cpis.status === 'none') return null;
  const simulated = cpis.source === 'simulated';
  return (
    <span className={cpis.status === 'none' ? undefined : 'app-flag'}>
      CP-IS{simulated ? ' (simulated)' : ''}: {STATUS_TEXT[cpis.status]}
      {detail && cpis.localAuthority ? `, ${cpis.localAuthority}` : ''}
      {detail && cpis.localAuthorityPhone ? ` (${cpis.localAuthorityPhone})` : ''}
      {detail && cpis.message ? `. ${cpis.message}` : ''}
    </span>
  );
}
