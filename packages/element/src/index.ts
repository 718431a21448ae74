// The public API of @proformas/element: loading this script registers <safeguarding-proforma>.
import { defineSafeguardingProforma } from './element/define.ts';

export { defineSafeguardingProforma, TAG_NAME } from './element/define.ts';
export { SafeguardingProformaElement } from './element/SafeguardingProformaElement.ts';
export type { ProformaEventMap, ProformaEventName } from './element/events.ts';
export type { InputName, InputValues } from './inputs/parse.ts';
export type {
  EmbedAttendance,
  EmbedConfig,
  EmbedEndpoints,
  EmbedInputs,
  EmbedPatient,
  Prefill,
} from './inputs/types.ts';
export type { ChangeDetail, CompleteDetail, ErrorDetail, EscalationDetail } from './session/details.ts';

defineSafeguardingProforma();
