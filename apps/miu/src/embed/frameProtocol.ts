import { PROFORMA_IDS, type ProformaId } from '@proformas/core';
import { checkInput, type Prefill } from '@proformas/element/embedding';
import type {
  EmbedAttendance,
  EmbedConfig,
  EmbedEndpoints,
  EmbedPatient,
} from '@proformas/element/embedding';
import {
  PROTOCOL_VERSION,
  type ConfigurePayload,
  type DisplayQuestionnairePayload,
  type EventMessage,
  type FrameEventType,
  type HostMessageType,
  type RequestMessage,
  type ResponseMessage,
  type StatusPayload,
} from './protocol.ts';

/** The form the host asked for, checked: what the frame renders. */
export interface DisplayRequest {
  /** The request's messageId: a new one starts the form again. */
  requestId: string;
  proforma: ProformaId;
  patient: EmbedPatient;
  attendance: EmbedAttendance;
  prefill?: Prefill;
  config?: EmbedConfig;
  endpoints?: EmbedEndpoints;
}

export interface FrameState {
  /** The host that completed the handshake: its origin and messaging handle. */
  host?: { origin: string; handle: string };
  settings: ConfigurePayload;
  display?: DisplayRequest;
}

export interface Incoming {
  origin: string;
  /** Whether the message came from this frame's parent window (`event.source === window.parent`). */
  fromParent: boolean;
  data: unknown;
}

export interface FrameOptions {
  allowed: ReadonlySet<string>;
  /** The form the route names (`?proforma=`, `/embed/<id>`); the host may not ask for another. */
  routeProforma?: ProformaId;
  nextId: () => string;
}

export type Handled =
  | { kind: 'ignored'; reason: string }
  | {
      kind: 'answered';
      state: FrameState;
      reply: { origin: string; message: ResponseMessage<StatusPayload> };
    };

const HOST_TYPES: readonly HostMessageType[] = [
  'status.handshake',
  'sdc.configure',
  'sdc.displayQuestionnaire',
];

const isRequest = (data: unknown): data is RequestMessage =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as RequestMessage).messagingHandle === 'string' &&
  (data as RequestMessage).messagingHandle.length > 0 &&
  typeof (data as RequestMessage).messageId === 'string' &&
  typeof (data as RequestMessage).messageType === 'string';

const isProformaId = (id: string): id is ProformaId => (PROFORMA_IDS as readonly string[]).includes(id);

/** The proforma a `questionnaire` names: the id itself, or the last segment of its canonical. */
export const proformaOfQuestionnaire = (questionnaire: unknown): ProformaId | undefined => {
  const text =
    typeof questionnaire === 'string'
      ? questionnaire
      : typeof (questionnaire as { url?: unknown } | null)?.url === 'string'
        ? (questionnaire as { url: string }).url
        : '';
  const last = text.split('|')[0]?.replace(/\/+$/, '').split('/').pop() ?? '';
  return isProformaId(last) ? last : undefined;
};

const problem = (message: string): StatusPayload => ({ status: 'error', message });

function display(
  payload: Partial<DisplayQuestionnairePayload>,
  state: FrameState,
  requestId: string,
  routeProforma: ProformaId | undefined,
): DisplayRequest | string {
  const proforma = proformaOfQuestionnaire(payload.questionnaire);
  if (!proforma) return `The questionnaire must name one of: ${PROFORMA_IDS.join(', ')}.`;
  if (routeProforma && proforma !== routeProforma)
    return `This frame shows the "${routeProforma}" form, not "${proforma}".`;
  const patient = checkInput('patient', payload.context?.patient, 'context');
  if (!patient.ok) return patient.error.message;
  const attendance = checkInput('attendance', payload.context?.attendance, 'context');
  if (!attendance.ok) return attendance.error.message;
  const qr = payload.questionnaireResponse;
  if (
    qr !== undefined &&
    (typeof qr !== 'object' || qr === null || qr['resourceType'] !== 'QuestionnaireResponse')
  )
    return 'The questionnaireResponse must be a FHIR QuestionnaireResponse.';
  return {
    requestId,
    proforma,
    patient: patient.value,
    attendance: attendance.value,
    ...(qr ? { prefill: qr } : {}),
    ...(state.settings.config ? { config: state.settings.config } : {}),
    ...(state.settings.endpoints ? { endpoints: state.settings.endpoints } : {}),
  };
}

function configure(payload: Partial<ConfigurePayload>): ConfigurePayload | string {
  const settings: ConfigurePayload = {};
  if (payload.config !== undefined) {
    const config = checkInput('config', payload.config, 'setting');
    if (!config.ok) return config.error.message;
    settings.config = config.value;
  }
  if (payload.endpoints !== undefined) {
    const endpoints = checkInput('endpoints', payload.endpoints, 'setting');
    if (!endpoints.ok) return endpoints.error.message;
    settings.endpoints = endpoints.value;
  }
  return settings;
}

/**
 * One message from a window, as the frame treats it. Ignored (no answer at all) unless it comes
 * from the parent window, from an origin on the allow-list, in the protocol's shape, and (after the
 * handshake) from the same origin with the same handle. Otherwise answered, success or error.
 */
export function handleMessage(state: FrameState, incoming: Incoming, options: FrameOptions): Handled {
  if (!incoming.fromParent) return { kind: 'ignored', reason: 'not from the parent window' };
  if (!options.allowed.has(incoming.origin))
    return { kind: 'ignored', reason: `origin ${incoming.origin} is not on the allow-list` };
  if (!isRequest(incoming.data)) return { kind: 'ignored', reason: 'not a protocol message' };
  const request = incoming.data;
  const type = request.messageType as HostMessageType;
  const handshake = type === 'status.handshake';
  if (state.host && !handshake && state.host.origin !== incoming.origin)
    return { kind: 'ignored', reason: 'another origin than the handshake' };
  const answer = (payload: StatusPayload, next: FrameState): Handled => ({
    kind: 'answered',
    state: next,
    reply: {
      origin: incoming.origin,
      message: {
        messagingHandle: request.messagingHandle,
        messageId: options.nextId(),
        responseToMessageId: request.messageId,
        payload,
      },
    },
  });
  if (!HOST_TYPES.includes(type))
    return answer(problem(`Unknown messageType "${request.messageType}".`), state);
  if (handshake)
    return answer(
      {
        status: 'success',
        protocol: PROTOCOL_VERSION,
        application: { name: 'Safeguarding Proformas', fhirVersion: '4.0.1' },
        proformas: options.routeProforma ? [options.routeProforma] : [...PROFORMA_IDS],
      },
      { ...state, host: { origin: incoming.origin, handle: request.messagingHandle } },
    );
  if (!state.host) return answer(problem('Send status.handshake first.'), state);
  if (state.host.handle !== request.messagingHandle)
    return answer(problem('The messagingHandle is not the one of the handshake.'), state);
  const payload = (
    typeof request.payload === 'object' && request.payload !== null ? request.payload : {}
  ) as Record<string, unknown>;
  if (type === 'sdc.configure') {
    const settings = configure(payload);
    return typeof settings === 'string'
      ? answer(problem(settings), state)
      : answer({ status: 'success' }, { ...state, settings });
  }
  const shown = display(payload, state, request.messageId, options.routeProforma);
  return typeof shown === 'string'
    ? answer(problem(shown), state)
    : answer({ status: 'success' }, { ...state, display: shown });
}

/** A message the frame sends on its own, to the host of the handshake; none before it. */
export function frameEvent<P>(
  state: FrameState,
  messageType: FrameEventType,
  payload: P,
  nextId: () => string,
): { origin: string; message: EventMessage<P> } | undefined {
  if (!state.host) return undefined;
  return {
    origin: state.host.origin,
    message: { messagingHandle: state.host.handle, messageId: nextId(), messageType, payload },
  };
}
