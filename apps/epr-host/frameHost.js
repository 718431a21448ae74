/* global window */
// The host's side of the iframe protocol (docs/embedding.md "Iframe messages"): handshake, configure,
// display, then listen for the frame's events. Only messages from the frame's window and origin count.

/** Talk to the form in `iframe` (served from `frameOrigin`); `on(type, payload)` gets each frame event. */
export function connectFrame({ iframe, frameOrigin, configure, display, on }) {
  const handle = crypto.randomUUID();
  const pending = new Map();
  let connected = false;

  const send = (messageType, payload) =>
    new Promise((resolve) => {
      const messageId = crypto.randomUUID();
      pending.set(messageId, resolve);
      iframe.contentWindow?.postMessage(
        { messagingHandle: handle, messageId, messageType, payload },
        frameOrigin,
      );
    });

  window.addEventListener('message', (event) => {
    if (event.origin !== frameOrigin || event.source !== iframe.contentWindow) return;
    const message = event.data;
    if (!message || message.messagingHandle !== handle) return;
    if (message.responseToMessageId) {
      pending.get(message.responseToMessageId)?.(message.payload);
      pending.delete(message.responseToMessageId);
      return;
    }
    on(message.messageType, message.payload);
  });

  const start = async () => {
    // The frame may still be loading its script: ask until it answers (at most 20 times).
    for (let attempt = 0; attempt < 20 && !connected; attempt++) {
      const answered = await Promise.race([
        send('status.handshake', {}),
        new Promise((resolve) => setTimeout(() => resolve(undefined), 500)),
      ]);
      if (answered?.status === 'success') connected = true;
    }
    if (!connected) {
      on('host.no-answer', { message: 'The form in the frame did not answer.' });
      return;
    }
    const configured = await send('sdc.configure', configure);
    if (configured.status !== 'success') on('host.refused', configured);
    const shown = await send('sdc.displayQuestionnaire', display);
    if (shown.status !== 'success') on('host.refused', shown);
  };
  iframe.addEventListener('load', () => void start(), { once: true });
}
