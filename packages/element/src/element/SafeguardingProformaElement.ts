import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { INPUT_NAMES, type InputName, type InputValues } from '../inputs/parse.ts';
import type { EmbedAttendance, EmbedConfig, EmbedEndpoints, EmbedPatient, Prefill } from '../inputs/types.ts';
import { ElementView } from '../react/ElementView.tsx';
import { adoptStyles } from '../styles/shadowStyles.ts';
import { PAGE_CLASS } from '../styles/scopeCss.ts';
import { proformaEvent } from './events.ts';
import { InputState } from './inputState.ts';

const isInputName = (name: string): name is InputName => (INPUT_NAMES as readonly string[]).includes(name);

/**
 * `<safeguarding-proforma proforma="cse">`: one proforma inside a shadow root, with React and the
 * NHS.UK styles, so the host page's CSS neither reaches the form nor is reached by it. Inputs come
 * as attributes (JSON text) or properties (values); results go out as events.
 */
export class SafeguardingProformaElement extends HTMLElement {
  static readonly observedAttributes: readonly string[] = INPUT_NAMES;

  readonly #inputs = new InputState();
  readonly #page: HTMLDivElement;
  #root: Root | undefined;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    adoptStyles(shadow);
    this.#page = document.createElement('div');
    this.#page.className = PAGE_CLASS;
    this.#page.lang = 'en-GB';
    shadow.append(this.#page);
  }

  get proforma(): InputValues['proforma'] | undefined {
    return this.#inputs.values.proforma;
  }
  set proforma(value: InputValues['proforma'] | undefined) {
    this.#setProperty('proforma', value);
  }
  get patient(): EmbedPatient | undefined {
    return this.#inputs.values.patient;
  }
  set patient(value: EmbedPatient | undefined) {
    this.#setProperty('patient', value);
  }
  get attendance(): EmbedAttendance | undefined {
    return this.#inputs.values.attendance;
  }
  set attendance(value: EmbedAttendance | undefined) {
    this.#setProperty('attendance', value);
  }
  get prefill(): Prefill | undefined {
    return this.#inputs.values.prefill;
  }
  set prefill(value: Prefill | undefined) {
    this.#setProperty('prefill', value);
  }
  get config(): EmbedConfig | undefined {
    return this.#inputs.values.config;
  }
  set config(value: EmbedConfig | undefined) {
    this.#setProperty('config', value);
  }
  get endpoints(): EmbedEndpoints | undefined {
    return this.#inputs.values.endpoints;
  }
  set endpoints(value: EmbedEndpoints | undefined) {
    this.#setProperty('endpoints', value);
  }

  /** Which inputs are wrong now, and why (also shown in the element and sent as `proforma-error`). */
  get inputErrors(): { input: InputName; message: string }[] {
    return [...this.#inputs.errors.values()].map((e) => ({ input: e.input, message: e.message }));
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (!isInputName(name)) return;
    this.#report(this.#inputs.setAttribute(name, value));
    this.#render();
  }

  connectedCallback(): void {
    this.#root ??= createRoot(this.#page);
    this.#render();
  }

  disconnectedCallback(): void {
    // Moved within the page (removed and added in one task): keep the form and its answers.
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#root.unmount();
      this.#root = undefined;
    });
  }

  #setProperty(name: InputName, value: unknown): void {
    this.#report(this.#inputs.setProperty(name, value));
    this.#render();
  }

  #report(error: { input: InputName; message: string } | undefined): void {
    // In a microtask: an attribute parsed before the host's script listens is still reported.
    if (error)
      queueMicrotask(() =>
        this.dispatchEvent(proformaEvent('proforma-error', { input: error.input, message: error.message })),
      );
  }

  /** The form starts again only for another form, patient or attendance. */
  #session(): string | undefined {
    const { proforma, patient, attendance } = this.#inputs.values;
    if (!proforma || !patient || !attendance) return undefined;
    return JSON.stringify([
      proforma,
      attendance.id,
      attendance.arrivedAt,
      patient.dateOfBirth,
      patient.sex,
      patient.nhsNumber ?? '',
    ]);
  }

  #render(): void {
    if (!this.#root) return;
    this.#root.render(
      createElement(ElementView, {
        values: { ...this.#inputs.values },
        errors: this.inputErrors.map((e) => e.message),
        session: this.#session(),
        onChange: (detail) => this.dispatchEvent(proformaEvent('proforma-change', detail)),
        onEscalation: (detail) => this.dispatchEvent(proformaEvent('proforma-escalation', detail)),
        onComplete: (detail) => this.dispatchEvent(proformaEvent('proforma-complete', detail)),
        onError: (detail) => this.dispatchEvent(proformaEvent('proforma-error', detail)),
      }),
    );
  }
}
