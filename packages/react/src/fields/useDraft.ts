import { useState } from 'react';

/**
 * Local boxes for a value typed in parts (a date). The parts follow the value when it changes
 * from outside; while typing, they keep exactly what was typed even when it is not yet valid.
 */
export function useDraft<V, P>(
  value: V | undefined,
  toParts: (value: V | undefined) => P,
  fromParts: (parts: P) => V | undefined,
) {
  const [parts, setParts] = useState<P>(() => toParts(value));
  const [seen, setSeen] = useState<V | undefined>(value);
  if (value !== seen) {
    setSeen(value);
    if (fromParts(parts) !== value) setParts(toParts(value));
  }
  return [parts, setParts] as const;
}
