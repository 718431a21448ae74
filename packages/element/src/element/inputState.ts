import {
  checkInput,
  parseAttribute,
  type EmbedInputError,
  type InputName,
  type InputValues,
} from '../inputs/parse.ts';

/**
 * The element's inputs as last given well, and what is wrong with the last bad one of each. A bad
 * value never replaces a good one: the form keeps running with what it had.
 */
export class InputState {
  readonly values: Partial<InputValues> = {};
  readonly errors = new Map<InputName, EmbedInputError>();

  /** An attribute's text (null: removed). Returns the error when the text cannot be used. */
  setAttribute(name: InputName, text: string | null): EmbedInputError | undefined {
    if (text === null) {
      this.errors.delete(name);
      delete this.values[name];
      return undefined;
    }
    return this.apply(name, parseAttribute(name, text));
  }

  /** A property's value (undefined or null: cleared). */
  setProperty(name: InputName, value: unknown): EmbedInputError | undefined {
    if (value === undefined || value === null) return this.setAttribute(name, null);
    return this.apply(name, checkInput(name, value));
  }

  private apply<K extends InputName>(
    name: K,
    parsed: { ok: true; value: InputValues[K] } | { ok: false; error: EmbedInputError },
  ): EmbedInputError | undefined {
    if (!parsed.ok) {
      this.errors.set(name, parsed.error);
      return parsed.error;
    }
    this.errors.delete(name);
    this.values[name] = parsed.value;
    return undefined;
  }

  /** The inputs a form needs before it can open. */
  missing(): InputName[] {
    return (['proforma', 'patient', 'attendance'] as const).filter((name) => this.values[name] === undefined);
  }
}
