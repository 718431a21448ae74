import { useSelector } from '@xstate/react';
import type { ComponentType } from 'react';
import type { ProformaActor } from '../../state/proformaActor.ts';
import type { FormDetailProps } from './types.ts';

interface LiveDetailProps {
  actor: ProformaActor;
  /** The form's detail renderer. */
  render: ComponentType<FormDetailProps>;
  headingLevel?: 2 | 3;
}

/** A form's detail as its running statechart has it now. */
export function LiveDetail({ actor, render: Detail, headingLevel }: LiveDetailProps) {
  const evaluation = useSelector(actor, (s) => s.context.evaluation);
  return <Detail detail={evaluation.detail} evaluation={evaluation} headingLevel={headingLevel} />;
}
