/**
 * The discreet in-page badge: a small neutral disc in a corner of the terminal, inside a CLOSED
 * shadow root so the page can neither style nor read it. It carries no words a client could read
 * (no tier, no "VIP", no amount): teal dot = worth a look, grey bars = paused (the terminal page
 * changed). Clicking it asks the background to open the side panel (the click is the gesture).
 * It stays out of the tab order (the terminal's keyboard flow is the teller's). It sits in the
 * profile's corner or where the teller dragged it, and never covers the terminal's own text or
 * controls: it slides to the nearest free spot (./badge-place.ts), again when the window resizes.
 */
import type { BadgeState } from '../messaging/badge-states';
import type { BadgeCorner } from '../profile/badge-corners';
import {
  defaultPlace,
  findFreePlace,
  pageCovers,
  placeOf,
  rectOf,
  type BadgePlace,
  type Rect,
  type TextRects,
  type Viewport,
} from './badge-place';

export interface BadgeOptions {
  doc: Document;
  onOpen: () => void;
  /** Where the teller last dragged it, if anywhere (wins over the profile's corner). */
  initial?: BadgePlace;
  /** The profile's corner (default bottom-right). */
  corner?: BadgeCorner;
  onMoved?: (place: BadgePlace) => void;
  /**
   * Attaches the shadow root (default: a closed one). Tests pass a hook that attaches the same
   * closed root and keeps a handle on it, to see what the badge renders; production leaves it unset.
   */
  attachShadow?: (host: HTMLElement) => ShadowRoot;
  /** The layout of the page's text (default: range rects); tests fake it. */
  textRects?: TextRects;
}

export interface Badge {
  setState(state: BadgeState): void;
  readonly state: BadgeState;
  /** Where it sits now. */
  readonly place: BadgePlace;
  destroy(): void;
}

export const BADGE_SIZE = 22;
const SIZE = BADGE_SIZE;
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

const attachClosed = (host: HTMLElement): ShadowRoot => host.attachShadow({ mode: 'closed' });

export function createBadge({
  doc,
  onOpen,
  initial,
  corner,
  onMoved,
  attachShadow = attachClosed,
  textRects,
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

  let preferred = initial ?? defaultPlace(corner);
  let pos = preferred;
  let state: BadgeState = 'hidden';
  const view = (): Viewport => ({
    width: doc.documentElement.clientWidth || (doc.defaultView?.innerWidth ?? 0),
    height: doc.documentElement.clientHeight || (doc.defaultView?.innerHeight ?? 0),
  });
  const covers = pageCovers(doc, host, textRects);
  const px = (n: number | undefined) => (n === undefined ? '' : `${n}px`);
  const show = (r: { left?: number; top?: number; right?: number; bottom?: number }) => {
    host.style.left = px(r.left);
    host.style.top = px(r.top);
    host.style.right = px(r.right);
    host.style.bottom = px(r.bottom);
  };
  const place = () => {
    const right = pos.corner.endsWith('right');
    const bottom = pos.corner.startsWith('bottom');
    show({
      left: right ? undefined : pos.x,
      right: right ? pos.x : undefined,
      top: bottom ? undefined : pos.y,
      bottom: bottom ? pos.y : undefined,
    });
    host.dataset.corner = pos.corner;
  };
  /** The nearest spot to where it is wanted that covers no terminal text or control. */
  const settle = () => {
    pos = findFreePlace(preferred, view(), SIZE, covers);
    place();
  };
  const onResize = () => {
    if (host.isConnected) settle();
  };
  doc.defaultView?.addEventListener('resize', onResize);

  let drag: { x: number; y: number; from: Rect; rect: Rect; moved: boolean } | undefined;
  button.addEventListener('pointerdown', (e) => {
    const from = rectOf(pos, view(), SIZE);
    drag = { x: e.clientX, y: e.clientY, from, rect: from, moved: false };
    button.setPointerCapture(e.pointerId);
  });
  button.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) drag.moved = true;
    if (!drag.moved) return;
    const { width, height } = view();
    const left = Math.min(Math.max(0, drag.from.left + dx), width - SIZE);
    const top = Math.min(Math.max(0, drag.from.top + dy), height - SIZE);
    drag.rect = { left, top, right: left + SIZE, bottom: top + SIZE };
    show({ left, top });
  });
  let suppressClick = false;
  button.addEventListener('pointerup', () => {
    suppressClick = drag?.moved ?? false;
    if (drag?.moved) {
      // Anchored to the nearest corner (so it stays put when the window resizes), then nudged
      // off any text it was dropped on; that spot is what is remembered.
      preferred = placeOf(drag.rect, view());
      settle();
      preferred = pos;
      onMoved?.(pos);
    }
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
    get place() {
      return pos;
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
      if (!host.isConnected) doc.documentElement.append(host);
      // The page may have changed under it since it was last shown.
      settle();
    },
    destroy() {
      doc.defaultView?.removeEventListener('resize', onResize);
      host.remove();
    },
  };
}
