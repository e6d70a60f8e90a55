/**
 * The discreet in-page badge: a small neutral disc in a corner of the terminal, inside a CLOSED
 * shadow root so the page can neither style nor read it. It carries no words a client could read
 * (no tier, no "VIP", no amount): teal dot = worth a look, grey bars = paused (the terminal page
 * changed). Clicking it asks the background to open the side panel (the click is the gesture).
 * It stays out of the tab order (the terminal's keyboard flow is the teller's), can be dragged,
 * and hops to another corner when it would cover a terminal control.
 */
import type { BadgeState } from '../messaging/badge-states';

export interface BadgeOptions {
  doc: Document;
  onOpen: () => void;
  /** Last position the teller dragged it to, if any (px from the right/bottom edges). */
  initial?: { right: number; bottom: number };
  onMoved?: (pos: { right: number; bottom: number }) => void;
  /**
   * Attaches the shadow root (default: a closed one). Tests pass a hook that attaches the same
   * closed root and keeps a handle on it, to see what the badge renders; production leaves it unset.
   */
  attachShadow?: (host: HTMLElement) => ShadowRoot;
}

export interface Badge {
  setState(state: BadgeState): void;
  readonly state: BadgeState;
  destroy(): void;
}

const SIZE = 22;
const CSS = `
:host { all: initial; position: fixed; z-index: 2147483646; width: ${SIZE}px; height: ${SIZE}px; }
button { all: unset; box-sizing: border-box; width: ${SIZE}px; height: ${SIZE}px; border-radius: 50%;
  cursor: pointer; display: grid; place-items: center; box-shadow: 0 1px 3px rgba(0,0,0,.35);
  transition: transform .12s; touch-action: none; }
button:hover { transform: scale(1.15); }
button[data-state="attention"] { background: #177a80; }
button[data-state="attention"]::after { content: ""; width: 6px; height: 6px; border-radius: 50%; background: #fff; }
button[data-state="paused"] { background: #8a96a3; }
button[data-state="paused"]::after { content: ""; width: 6px; height: 8px; border-left: 2px solid #fff; border-right: 2px solid #fff; box-sizing: border-box; }
`;

const CONTROL = 'input, select, textarea, button, [contenteditable="true"], a[href]';

const attachClosed = (host: HTMLElement): ShadowRoot => host.attachShadow({ mode: 'closed' });

export function createBadge({
  doc,
  onOpen,
  initial,
  onMoved,
  attachShadow = attachClosed,
}: BadgeOptions): Badge {
  const host = doc.createElement('sidekick-badge');
  const shadow = attachShadow(host);
  const style = doc.createElement('style');
  style.textContent = CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.tabIndex = -1;
  button.setAttribute('aria-label', 'Teller Sidekick');
  shadow.append(style, button);

  let pos = initial ?? { right: 12, bottom: 12 };
  let state: BadgeState = 'hidden';
  const place = () => {
    host.style.right = `${pos.right}px`;
    host.style.bottom = `${pos.bottom}px`;
  };

  /** If a terminal control sits under the badge, try the other corners. */
  const avoidControls = () => {
    const view = doc.defaultView;
    if (!view) return;
    const corners = [
      pos,
      { right: 12, bottom: 12 },
      { right: view.innerWidth - SIZE - 12, bottom: 12 },
      { right: 12, bottom: view.innerHeight - SIZE - 12 },
    ];
    for (const c of corners) {
      pos = c;
      place();
      const r = host.getBoundingClientRect();
      const under = doc.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!under.some((el) => el !== host && el.matches(CONTROL))) return;
    }
  };

  let drag: { x: number; y: number; right: number; bottom: number; moved: boolean } | undefined;
  button.addEventListener('pointerdown', (e) => {
    drag = { x: e.clientX, y: e.clientY, right: pos.right, bottom: pos.bottom, moved: false };
    button.setPointerCapture(e.pointerId);
  });
  button.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) drag.moved = true;
    if (!drag.moved) return;
    pos = { right: Math.max(0, drag.right - dx), bottom: Math.max(0, drag.bottom - dy) };
    place();
  });
  let suppressClick = false;
  button.addEventListener('pointerup', () => {
    suppressClick = drag?.moved ?? false;
    if (suppressClick) onMoved?.(pos);
    drag = undefined;
  });
  button.addEventListener('click', () => {
    if (!suppressClick) onOpen();
    suppressClick = false;
  });

  return {
    get state() {
      return state;
    },
    setState(next) {
      if (next === state) return;
      state = next;
      button.dataset.state = next;
      // Mirrored on the host for tests and support staff; a state name, never a tier or words.
      host.dataset.state = next;
      if (next === 'hidden') {
        host.remove();
        return;
      }
      if (!host.isConnected) {
        doc.documentElement.append(host);
        place();
        avoidControls();
      }
    },
    destroy() {
      host.remove();
    },
  };
}
