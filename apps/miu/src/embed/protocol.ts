// The iframe route's messages (docs/embedding.md "Iframe messages"), modelled on SDC SMART Web
// Messaging: every message carries the host's `messagingHandle`, its own `messageId` and a
// `messageType`; an answer names the request in `responseToMessageId`.
import type {
  EmbedAttendance,
  EmbedConfig,
  EmbedEndpoints,
  EmbedPatient,
} from '@proformas/element/embedding';

export const PROTOCOL_VERSION = '1';

/** What the host sends to the frame. */
export type HostMessageType = 'status.handshake' | 'sdc.configure' | 'sdc.displayQuestionnaire';
/** What the frame tells the host on its own (never in answer to a request). */
export type FrameEventType =
  'proforma.change' | 'proforma.escalation' | 'proforma.complete' | 'proforma.error';

export interface RequestMessage<T extends HostMessageType = HostMessageType, P = unknown> {
  messagingHandle: string;
  messageId: string;
  messageType: T;
  payload: P;
}

export interface ResponseMessage<P = unknown> {
  messagingHandle: string;
  messageId: string;
  responseToMessageId: string;
  payload: P;
}

export interface EventMessage<P = unknown> {
  messagingHandle: string;
  messageId: string;
  messageType: FrameEventType;
  payload: P;
}

/** `sdc.configure`: the site's settings and services, for every form shown afterwards. */
export interface ConfigurePayload {
  config?: EmbedConfig;
  endpoints?: EmbedEndpoints;
}

/** `sdc.displayQuestionnaire`: which form, for whom, and what is already known. */
export interface DisplayQuestionnairePayload {
  /** The proforma id ("fgm") or its Questionnaire canonical (`{base}/Questionnaire/fgm`, with `|version`). */
  questionnaire: string | { url: string };
  /** A QuestionnaireResponse to resume (a draft the host kept from `proforma.change`). */
  questionnaireResponse?: Record<string, unknown>;
  context: { patient: EmbedPatient; attendance: EmbedAttendance };
}

/** Every answer's payload: success, or an error in plain words. */
export type StatusPayload =
  { status: 'success'; [key: string]: unknown } | { status: 'error'; message: string };
