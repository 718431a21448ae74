import type { ItemOption } from '@proformas/core';

/** Ticking an exclusive option ("None") clears the others; ticking another clears it. Keeps option order. */
export const toggleOption = (
  options: readonly ItemOption[],
  selected: readonly string[],
  code: string,
  on: boolean,
): string[] => {
  if (!on) return selected.filter((c) => c !== code);
  const option = options.find((o) => o.code === code);
  if (option?.exclusive) return [code];
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.code));
  const next = [...selected.filter((c) => !exclusive.has(c)), code];
  return options.map((o) => o.code).filter((c) => next.includes(c));
};
