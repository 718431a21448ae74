import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { ErrorSummary } from '../errors/ErrorSummary.tsx';
import { TextInputField } from '../fields/TextInputField.tsx';
import type { SignedOff } from './OutcomePanel.tsx';

const signOffSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'Enter your full name')),
  role: z
    .string()
    .check(z.trim(), z.minLength(1, 'Enter your role, for example emergency nurse practitioner')),
});
type SignOffValues = z.infer<typeof signOffSchema>;

interface SignOffFormProps {
  onSign: (signed: SignedOff) => void;
  /** The time of signing (a clock for tests and stories). */
  now?: () => Date;
}

/** Sign the outcome off with your name and role. */
export function SignOffForm({ onSign, now = () => new Date() }: SignOffFormProps) {
  const { control, handleSubmit, formState } = useForm<SignOffValues>({
    defaultValues: { name: '', role: '' },
    resolver: zodResolver(signOffSchema),
    shouldFocusError: false,
  });
  const fields = [
    { name: 'name', label: 'Your full name', autoComplete: 'name' },
    { name: 'role', label: 'Your role', autoComplete: 'organization-title' },
  ] as const;
  const summary = fields.flatMap((f) => {
    const message = formState.errors[f.name]?.message;
    return message ? [{ targetId: `sign-off-${f.name}`, text: message }] : [];
  });
  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) =>
        onSign({ name: values.name, role: values.role, at: now().toISOString() }),
      )}
    >
      <h2 className="nhsuk-heading-m">Sign off</h2>
      {formState.submitCount > 0 && summary.length > 0 && (
        <ErrorSummary errors={summary} focusKey={formState.submitCount} />
      )}
      {fields.map((f) => (
        <Controller
          key={f.name}
          name={f.name}
          control={control}
          render={({ field, fieldState }) => (
            <TextInputField
              id={`sign-off-${f.name}`}
              label={f.label}
              autoComplete={f.autoComplete}
              value={field.value}
              error={fieldState.error?.message}
              onBlur={field.onBlur}
              onChange={(v) => field.onChange(v ?? '')}
            />
          )}
        />
      ))}
      <button type="submit" className="nhsuk-button">
        Sign off
      </button>
    </form>
  );
}
