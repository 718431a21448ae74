import { useCallback, useEffect, useRef, useState } from 'react';
import { frameEvent, handleMessage, type FrameOptions, type FrameState } from './frameProtocol.ts';
import type { FrameEventType } from './protocol.ts';

const nextId = () => crypto.randomUUID();

/**
 * The frame's side of the conversation: listens for the parent's messages (ignoring every one the
 * protocol does not accept, silently: nothing about them is logged), answers each accepted one, and
 * sends the form's events to the host of the handshake, at that origin only.
 */
export function useFrameBridge(options: Omit<FrameOptions, 'nextId'>) {
  const [state, setState] = useState<FrameState>({ settings: {} });
  const current = useRef(state);
  const { allowed, routeProforma } = options;
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const handled = handleMessage(
        current.current,
        {
          origin: event.origin,
          fromParent: window.parent !== window && event.source === window.parent,
          data: event.data,
        },
        { allowed, ...(routeProforma ? { routeProforma } : {}), nextId },
      );
      if (handled.kind === 'ignored') return;
      current.current = handled.state;
      setState(handled.state);
      window.parent.postMessage(handled.reply.message, handled.reply.origin);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [allowed, routeProforma]);
  const send = useCallback((type: FrameEventType, payload: unknown) => {
    const event = frameEvent(current.current, type, payload, nextId);
    if (event) window.parent.postMessage(event.message, event.origin);
  }, []);
  return { state, send };
}
