// Parent side of the client panel: keeps the current client and posts it into the iframe.

const DISPLAY_KEYS = ['name', 'cardMasked', 'level', 'idMasked', 'phoneMasked'];

export function createClientPanel(frame) {
  let current = null;
  const send = () => {
    frame.contentWindow?.postMessage(
      { type: 'demo-terminal:client', client: current },
      location.origin,
    );
  };
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
    if (event.data?.type === 'demo-terminal:frame-ready') send();
  });
  frame.addEventListener('load', send);
  return {
    /** Shows a client (only the masked display fields ever reach the frame). */
    show(client) {
      current = Object.fromEntries(DISPLAY_KEYS.map((k) => [k, String(client[k] ?? '')]));
      send();
    },
    clear() {
      current = null;
      send();
    },
  };
}
