/** What every field component takes: an id, the question, optional hint, error and disabled state. */
export interface BaseFieldProps {
  /** The id of the field's first input (error summary links point here). */
  id: string;
  /** The question, shown as the label or legend. */
  label: string;
  hint?: string;
  /** An inline error message; the field is marked invalid when set. */
  error?: string;
  disabled?: boolean;
  onBlur?: () => void;
}

/** A controlled value; `undefined` means not answered. */
export interface ValueProps<V> {
  value: V | undefined;
  onChange: (value: V | undefined) => void;
}

/** Join ids for aria-describedby, skipping absent ones. */
export const describedBy = (...ids: (string | undefined | false)[]): string | undefined => {
  const list = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return list.length > 0 ? list.join(' ') : undefined;
};

/** Join class names, skipping falsy ones. */
export const cx = (...names: (string | undefined | false | null)[]): string =>
  names.filter((n): n is string => typeof n === 'string' && n.length > 0).join(' ');

export const hintId = (id: string, hint: string | undefined): string | undefined =>
  hint ? `${id}-hint` : undefined;
export const errorId = (id: string, error: string | undefined): string | undefined =>
  error ? `${id}-error` : undefined;
