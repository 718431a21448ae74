import { useState, type ReactElement } from 'react';
import type { ValueProps } from '../fields/fieldProps.ts';

/** Holds a field's value in state, as a form would, and reports each change. */
export function Controlled<V>({
  initial,
  onValue,
  render,
}: {
  initial?: V;
  onValue?: (value: V | undefined) => void;
  render: (props: ValueProps<V>) => ReactElement;
}) {
  const [value, setValue] = useState<V | undefined>(initial);
  return render({
    value,
    onChange: (next) => {
      setValue(next);
      onValue?.(next);
    },
  });
}
