import { describe, expect, it } from 'vitest';
import { allowedOrigins } from './allowList.ts';
import {
  frameEvent,
  handleMessage,
  proformaOfQuestionnaire,
  type FrameState,
  type Incoming,
} from './frameProtocol.ts';
import { routeProforma } from './route.ts';

const HOST = 'https://epr.example.nhs.uk';
const OTHER = 'https://elsewhere.example.com';
const PATIENT = { name: 'Ada Testwell', nhsNumber: '999 000 0018', dateOfBirth: '2018-11-20', sex: 'female' };
const ATTENDANCE = {
  id: 'att-1',
  arrivedAt: '2025-04-02T10:00:00+01:00',
  providerId: 'RXX01',
  departmentType: '03',
};

let n = 0;
const options = { allowed: new Set([HOST]), routeProforma: 'fgm' as const, nextId: () => `frame-${++n}` };
const request = (
  messageType: string,
  payload: unknown = {},
  messageId = 'host-1',
  messagingHandle = 'handle-1',
) => ({
  messagingHandle,
  messageId,
  messageType,
  payload,
});
const from = (data: unknown, origin = HOST, fromParent = true): Incoming => ({ origin, fromParent, data });
const empty: FrameState = { settings: {} };

const shaken = (): FrameState => {
  const handled = handleMessage(empty, from(request('status.handshake')), options);
  if (handled.kind !== 'answered') throw new Error('handshake refused');
  return handled.state;
};

describe('handleMessage: who may talk to the frame', () => {
  it('ignores a message from an origin not on the allow-list, without answering', () => {
    const handled = handleMessage(empty, from(request('status.handshake'), OTHER), options);
    expect(handled).toEqual({ kind: 'ignored', reason: `origin ${OTHER} is not on the allow-list` });
  });

  it('ignores an allowed origin that is not the parent window (another tab or frame)', () => {
    expect(handleMessage(empty, from(request('status.handshake'), HOST, false), options).kind).toBe(
      'ignored',
    );
  });

  it('ignores anything not in the protocol shape', () => {
    expect(handleMessage(empty, from('hello'), options)).toEqual({
      kind: 'ignored',
      reason: 'not a protocol message',
    });
    expect(handleMessage(empty, from({ messageType: 'status.handshake' }), options).kind).toBe('ignored');
  });

  it('after the handshake, ignores other origins even when allowed', () => {
    const state = shaken();
    const twoHosts = { ...options, allowed: new Set([HOST, OTHER]) };
    const display = request('sdc.displayQuestionnaire', {
      questionnaire: 'fgm',
      context: { patient: PATIENT, attendance: ATTENDANCE },
    });
    expect(handleMessage(state, from(display, OTHER), twoHosts)).toEqual({
      kind: 'ignored',
      reason: 'another origin than the handshake',
    });
  });
});

describe('handleMessage: the conversation', () => {
  it('answers the handshake to the host origin, with the handle and the request id', () => {
    const handled = handleMessage(empty, from(request('status.handshake', {}, 'host-7')), options);
    expect(handled.kind).toBe('answered');
    if (handled.kind !== 'answered') return;
    expect(handled.reply.origin).toBe(HOST);
    expect(handled.reply.message).toMatchObject({
      messagingHandle: 'handle-1',
      responseToMessageId: 'host-7',
      payload: { status: 'success', protocol: '1', proformas: ['fgm'] },
    });
    expect(handled.state.host).toEqual({ origin: HOST, handle: 'handle-1' });
  });

  it('asks for the handshake first', () => {
    const handled = handleMessage(empty, from(request('sdc.configure')), options);
    expect(handled.kind === 'answered' && handled.reply.message.payload).toEqual({
      status: 'error',
      message: 'Send status.handshake first.',
    });
  });

  it('refuses a message with another handle than the handshake', () => {
    const handled = handleMessage(
      shaken(),
      from(request('sdc.configure', {}, 'host-2', 'handle-2')),
      options,
    );
    expect(handled.kind === 'answered' && handled.reply.message.payload).toEqual({
      status: 'error',
      message: 'The messagingHandle is not the one of the handshake.',
    });
  });

  it('keeps the configuration and gives it to the form it then displays', () => {
    const config = { site: { name: 'Riverside MIU (synthetic)' } };
    const configured = handleMessage(shaken(), from(request('sdc.configure', { config })), options);
    if (configured.kind !== 'answered') throw new Error('configure ignored');
    expect(configured.reply.message.payload).toEqual({ status: 'success' });
    const qr = { resourceType: 'QuestionnaireResponse', status: 'in-progress', item: [] };
    const shown = handleMessage(
      configured.state,
      from(
        request(
          'sdc.displayQuestionnaire',
          {
            questionnaire: { url: 'https://example.org/fhir/safeguarding/Questionnaire/fgm|0.1' },
            questionnaireResponse: qr,
            context: { patient: PATIENT, attendance: ATTENDANCE },
          },
          'host-3',
        ),
      ),
      options,
    );
    if (shown.kind !== 'answered') throw new Error('display ignored');
    expect(shown.reply.message.payload).toEqual({ status: 'success' });
    expect(shown.state.display).toEqual({
      requestId: 'host-3',
      proforma: 'fgm',
      patient: PATIENT,
      attendance: ATTENDANCE,
      prefill: qr,
      config,
    });
  });

  it('refuses another form than the route names, and a bad patient, saying why', () => {
    const state = shaken();
    const other = handleMessage(
      state,
      from(
        request('sdc.displayQuestionnaire', {
          questionnaire: 'cse',
          context: { patient: PATIENT, attendance: ATTENDANCE },
        }),
      ),
      options,
    );
    expect(other.kind === 'answered' && other.reply.message.payload).toEqual({
      status: 'error',
      message: 'This frame shows the "fgm" form, not "cse".',
    });
    const badPatient = handleMessage(
      state,
      from(
        request('sdc.displayQuestionnaire', {
          questionnaire: 'fgm',
          context: { patient: { ...PATIENT, sex: 'girl' }, attendance: ATTENDANCE },
        }),
      ),
      options,
    );
    expect(badPatient.kind === 'answered' && badPatient.reply.message.payload).toEqual({
      status: 'error',
      message: 'The "patient" context cannot be used. sex: Use female, male, indeterminate or unknown.',
    });
    expect(badPatient.kind === 'answered' && badPatient.state.display).toBeUndefined();
  });

  it('answers an unknown message type with an error', () => {
    const handled = handleMessage(shaken(), from(request('ui.launchActivity')), options);
    expect(handled.kind === 'answered' && handled.reply.message.payload).toEqual({
      status: 'error',
      message: 'Unknown messageType "ui.launchActivity".',
    });
  });
});

describe('frameEvent', () => {
  it('goes to the handshake host only, with its handle; nothing before the handshake', () => {
    expect(frameEvent(empty, 'proforma.change', {}, options.nextId)).toBeUndefined();
    const event = frameEvent(shaken(), 'proforma.complete', { bundle: 'b' }, () => 'frame-x');
    expect(event).toEqual({
      origin: HOST,
      message: {
        messagingHandle: 'handle-1',
        messageId: 'frame-x',
        messageType: 'proforma.complete',
        payload: { bundle: 'b' },
      },
    });
  });
});

describe('proformaOfQuestionnaire', () => {
  it.each([
    ['cse', 'cse'],
    ['https://example.org/fhir/safeguarding/Questionnaire/frequent-attender', 'frequent-attender'],
    ['https://example.org/fhir/safeguarding/Questionnaire/fgm|0.1.0', 'fgm'],
    ['https://example.org/fhir/safeguarding/Questionnaire/unknown', undefined],
  ])('%s → %s', (questionnaire, id) => {
    expect(proformaOfQuestionnaire(questionnaire)).toBe(id);
  });
});

describe('allowedOrigins', () => {
  it('takes the query list when nothing is built in', () => {
    expect([...allowedOrigins(undefined, `${HOST}/, ${OTHER}`)]).toEqual([HOST, OTHER]);
  });
  it('lets the query only narrow a built-in list', () => {
    expect([...allowedOrigins(HOST, `${HOST},${OTHER}`)]).toEqual([HOST]);
    expect([...allowedOrigins(`${HOST},${OTHER}`, null)]).toEqual([HOST, OTHER]);
  });
  it('trusts nobody when neither is set, and never a wildcard or "null"', () => {
    expect(allowedOrigins(undefined, null).size).toBe(0);
    expect(allowedOrigins('*', 'null').size).toBe(0);
  });
});

describe('routeProforma', () => {
  it('reads the query or the path', () => {
    expect(routeProforma('/embed.html', '?proforma=cse')).toEqual({ ok: true, proforma: 'cse' });
    expect(routeProforma('/embed/fgm', '')).toEqual({ ok: true, proforma: 'fgm' });
    expect(routeProforma('/embed.html', '')).toEqual({ ok: true });
    expect(routeProforma('/embed.html', '?proforma=xyz').ok).toBe(false);
  });
});
