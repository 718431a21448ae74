// The React side of embedding, for the app's iframe route (workspace only; not published: a React
// host uses @proformas/react directly, any other host the custom element).
export { EmbeddedProforma, type EmbeddedProformaProps } from './react/EmbeddedProforma.tsx';
export type { EmbedCallbacks } from './react/callbacks.ts';
export { ErrorPanel } from './react/ErrorPanel.tsx';
export { checkInput, EmbedInputError, type InputName, type InputValues } from './inputs/parse.ts';
export type { EmbedAttendance, EmbedConfig, EmbedEndpoints, EmbedPatient, Prefill } from './inputs/types.ts';
export type { ChangeDetail, CompleteDetail, ErrorDetail, EscalationDetail } from './session/details.ts';
