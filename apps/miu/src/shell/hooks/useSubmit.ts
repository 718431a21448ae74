import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import type { ErrorSummaryItem } from '@proformas/react';

/** A form's submission: busy while it runs; the server's refusal as error-summary items. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [round, setRound] = useState(0);
  const run = async <T>(
    action: () => Promise<T>,
    fieldIds: Record<string, string> = {},
    fallbackId = '',
  ): Promise<T | undefined> => {
    setBusy(true);
    try {
      const result = await action();
      setErrors([]);
      return result;
    } catch (error) {
      const items: ErrorSummaryItem[] =
        error instanceof ApiError && error.issues.length > 0
          ? error.issues.map((i) => ({ targetId: fieldIds[i.field] ?? fallbackId, text: i.message }))
          : [{ targetId: fallbackId, text: error instanceof Error ? error.message : String(error) }];
      setErrors(items);
      setRound((r) => r + 1);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  /** Errors found before asking the server. */
  const fail = (items: ErrorSummaryItem[]) => {
    setErrors(items);
    setRound((r) => r + 1);
  };
  return { busy, errors, round, run, fail };
}
