import { useSelector } from '@xstate/react';
import { ProformaRunner, type ProformaRunnerProps } from '../../runner/ProformaRunner.tsx';
import type { ProformaActor } from '../../state/proformaActor.ts';
import { LinkedForms } from './LinkedForms.tsx';

export type PaediatricTriageFormProps = Omit<ProformaRunnerProps, 'id' | 'phaseExtras'>;

function LinkedFormsNow({ actor }: { actor: ProformaActor }) {
  const context = useSelector(actor, (s) => s.context.assessmentContext);
  const answers = useSelector(actor, (s) => s.context.answers);
  return <LinkedForms context={context} answers={answers} />;
}

const extras = { linkedForms: (actor: ProformaActor) => <LinkedFormsNow actor={actor} /> };

/** The paediatric safeguarding triage: every attendance by a child or young person aged 0–17. */
export function PaediatricTriageForm(props: PaediatricTriageFormProps) {
  return <ProformaRunner id="paediatric-triage" phaseExtras={extras} {...props} />;
}
