import type { AssessmentContext } from '@proformas/core';
import { ProformaFlow } from '../runner/ProformaFlow.tsx';
import type { DraftStorage } from '../state/persistence.ts';
import { useProformaActor } from '../state/useProforma.ts';
import { sevenYearOld } from './context.ts';
import { testMachine, testProforma } from './testProforma.ts';

/** The test proforma in the runner. */
export function TestForm({
  context = sevenYearOld,
  storage = null,
  answers,
}: {
  context?: AssessmentContext;
  storage?: DraftStorage | null;
  answers?: Record<string, unknown>;
}) {
  const { actor, savedAt } = useProformaActor(testProforma, testMachine, {
    context,
    storage,
    persistKey: 'test',
    answers,
  });
  return <ProformaFlow definition={testProforma} actor={actor} savedAt={savedAt} />;
}
