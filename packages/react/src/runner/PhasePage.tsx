import { itemsOnPage, type AnyProformaDefinition, type Phase } from '@proformas/core';
import { useSelector } from '@xstate/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Controller, useForm, type FieldValues } from 'react-hook-form';
import { ErrorSummary, focusField } from '../errors/ErrorSummary.tsx';
import { ItemField } from '../fields/ItemField.tsx';
import type { ProformaActor } from '../state/proformaActor.ts';
import { AlertBanners } from './AlertBanners.tsx';
import { answerToSend, rowFieldShown } from './answerToSend.ts';
import { fieldId } from './fieldId.ts';
import { LevelBanner } from './LevelBanner.tsx';
import { LookupPanel } from './LookupPanel.tsx';
import { phaseResolver } from './phaseResolver.ts';
import { StepHeading } from './StepHeading.tsx';

interface PhasePageProps {
  definition: AnyProformaDefinition;
  actor: ProformaActor;
  phase: Phase;
  index: number;
  /** Move focus when the page opens: to this field's id, or else to the heading. */
  focus?: { to: 'heading' } | { to: 'field'; id: string };
  /** Shown under the questions (e.g. the linked forms list). */
  extra?: ReactNode;
  continueLabel?: string;
  /** Continue with every shown required item of this phase answered and well formed. */
  onContinue: () => void;
  onBack?: () => void;
}

/** One phase of a proforma: its shown items, in order; conditional items come and go with the answers. */
export function PhasePage({
  definition,
  actor,
  phase,
  index,
  focus,
  extra,
  continueLabel = 'Continue',
  onContinue,
  onBack,
}: PhasePageProps) {
  const evaluation = useSelector(actor, (s) => s.context.evaluation);
  const sex = useSelector(actor, (s) => s.context.assessmentContext.patient.sex);
  const items = useMemo(
    () => itemsOnPage(definition.items, phase.id, evaluation.shown),
    [definition, phase.id, evaluation.shown],
  );
  const [defaultValues] = useState(() => actor.getSnapshot().context.answers);
  const resolver = useMemo(
    () =>
      phaseResolver(definition, () => {
        const { context } = actor.getSnapshot();
        return {
          items: itemsOnPage(definition.items, phase.id, context.evaluation.shown),
          issues: context.issues,
        };
      }),
    [definition, phase.id, actor],
  );
  const { control, handleSubmit, getValues, unregister, formState } = useForm<FieldValues>({
    defaultValues,
    resolver,
    shouldFocusError: false,
  });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // A hidden item loses what was on screen, as it loses its answer in the statechart.
    for (const key of Object.keys(getValues())) if (!evaluation.shown.has(key)) unregister(key);
  }, [evaluation.shown, getValues, unregister]);
  useLayoutEffect(() => {
    if (focus?.to === 'field') focusField(focus.id, heading.current);
    else if (focus?.to === 'heading') heading.current?.focus();
  }, [focus]);

  const summary = items.flatMap((item) => {
    const message = formState.errors[item.key]?.message;
    return typeof message === 'string' ? [{ targetId: fieldId(definition.id, item.key), text: message }] : [];
  });
  return (
    <form noValidate onSubmit={handleSubmit(() => onContinue())}>
      <StepHeading ref={heading} index={index} total={definition.phases.length} title={phase.title} />
      <LevelBanner evaluation={evaluation} />
      <AlertBanners definition={definition} actor={actor} />
      <LookupPanel actor={actor} />
      {formState.submitCount > 0 && summary.length > 0 && (
        <ErrorSummary errors={summary} focusKey={formState.submitCount} />
      )}
      {items.map((item) => (
        <Controller
          key={item.key}
          name={item.key}
          control={control}
          render={({ field, fieldState }) => (
            <ItemField
              id={fieldId(definition.id, item.key)}
              item={item}
              value={field.value}
              error={fieldState.error?.message}
              onBlur={field.onBlur}
              isFieldShown={(f, row) => rowFieldShown(f, row, evaluation, sex)}
              onChange={(value) => {
                actor.send({
                  type: 'answer.changed',
                  key: item.key,
                  value: answerToSend(definition, item, value),
                });
                field.onChange(value);
              }}
            />
          )}
        />
      ))}
      {extra}
      {items.length === 0 && !extra && (
        <p className="nhsuk-body">There are no questions to answer in this section.</p>
      )}
      <div className="nhsuk-button-group">
        <button type="submit" className="nhsuk-button">
          {continueLabel}
        </button>
        {onBack && (
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onBack}>
            Back
          </button>
        )}
      </div>
    </form>
  );
}
