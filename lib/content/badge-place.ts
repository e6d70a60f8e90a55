/**
 * Where the in-page badge sits: a corner and two insets from that corner's edges, and the search
 * for the nearest spot that covers no terminal text or control. Pure geometry over an injected
 * document, so tests fake the layout (jsdom has none).
 */
import { isBadgeCorner, type BadgeCorner } from '../profile/badge-corners';

export interface BadgePlace {
  corner: BadgeCorner;
  /** px from the corner's left or right edge. */
  x: number;
  /** px from the corner's top or bottom edge. */
  y: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export const MARGIN = 12;
const STEP = 8;
/** How far from its corner the badge may slide before the next corner is tried. */
const REACH = 120;

const isRight = (c: BadgeCorner) => c.endsWith('right');
const isBottom = (c: BadgeCorner) => c.startsWith('bottom');

export function defaultPlace(corner: BadgeCorner = 'bottom-right'): BadgePlace {
  return { corner, x: MARGIN, y: MARGIN };
}

export function rectOf(place: BadgePlace, view: Viewport, size: number): Rect {
  const left = isRight(place.corner) ? view.width - place.x - size : place.x;
  const top = isBottom(place.corner) ? view.height - place.y - size : place.y;
  return { left, top, right: left + size, bottom: top + size };
}

/** The place of a rect, anchored to the corner of the quarter of the view its centre is in. */
export function placeOf(rect: Rect, view: Viewport): BadgePlace {
  const right = (rect.left + rect.right) / 2 > view.width / 2;
  const bottom = (rect.top + rect.bottom) / 2 > view.height / 2;
  const corner: BadgeCorner = bottom
    ? right
      ? 'bottom-right'
      : 'bottom-left'
    : right
      ? 'top-right'
      : 'top-left';
  return {
    corner,
    x: Math.round(Math.max(0, right ? view.width - rect.right : rect.left)),
    y: Math.round(Math.max(0, bottom ? view.height - rect.bottom : rect.top)),
  };
}

const inside = (r: Rect, view: Viewport) =>
  r.left >= 0 && r.top >= 0 && r.right <= view.width && r.bottom <= view.height;

const distance = (a: Rect, b: Rect) =>
  Math.hypot((a.left + a.right - b.left - b.right) / 2, (a.top + a.bottom - b.top - b.bottom) / 2);

/** Offsets from a corner's start, nearest first: (0,0), then one step further each ring. */
function* offsets(): Generator<[number, number]> {
  for (let d = 0; d <= REACH; d += STEP) {
    const ring: [number, number][] = [];
    for (let i = 0; i <= d; i += STEP) {
      ring.push([i, d]);
      if (i !== d) ring.push([d, i]);
    }
    ring.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
    yield* ring;
  }
}

/**
 * The nearest place to `preferred` whose rect `covers` says is free: first sliding away from the
 * preferred corner's edges, then the other corners, nearest first. Nothing free: `preferred`.
 */
export function findFreePlace(
  preferred: BadgePlace,
  view: Viewport,
  size: number,
  covers: (rect: Rect) => boolean,
): BadgePlace {
  const wanted = rectOf(preferred, view, size);
  const corners = (['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const)
    .filter((c) => c !== preferred.corner)
    .sort(
      (a, b) =>
        distance(rectOf(defaultPlace(a), view, size), wanted) -
        distance(rectOf(defaultPlace(b), view, size), wanted),
    );
  const starts = [preferred, ...corners.map((c) => defaultPlace(c))];
  for (const start of starts) {
    for (const [dx, dy] of offsets()) {
      const place = { corner: start.corner, x: start.x + dx, y: start.y + dy };
      const rect = rectOf(place, view, size);
      if (inside(rect, view) && !covers(rect)) return place;
    }
  }
  return preferred;
}

export const CONTROL = 'input, select, textarea, button, [contenteditable="true"], a[href]';
/** Content whose inside cannot be read from here (a frame, a picture): treated as covered. */
const OPAQUE = 'iframe, frame, img, video, canvas, embed, object';

export type TextRects = (node: Text) => Iterable<Rect>;

const rangeRects =
  (doc: Document): TextRects =>
  (node) => {
    const range = doc.createRange();
    range.selectNodeContents(node);
    return [...range.getClientRects()];
  };

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Whether a rect would cover page text, a control or a frame: the elements at a 3×3 grid of
 * points over it (the badge's own host left out), and the rects of their own text.
 */
export function pageCovers(
  doc: Document,
  exclude: Element,
  textRects: TextRects = rangeRects(doc),
): (rect: Rect) => boolean {
  return (rect) => {
    const pad = {
      left: rect.left - 2,
      top: rect.top - 2,
      right: rect.right + 2,
      bottom: rect.bottom + 2,
    };
    const seen = new Set<Element>();
    const covered = (el: Element): boolean => {
      if (el === exclude || seen.has(el)) return false;
      seen.add(el);
      if (el.matches(CONTROL) || el.matches(OPAQUE)) return true;
      for (const child of el.childNodes) {
        if (child.nodeType !== 3 || !(child as Text).data.trim()) continue;
        for (const r of textRects(child as Text)) if (overlaps(r, pad)) return true;
      }
      return false;
    };
    for (const fx of [0, 0.5, 1])
      for (const fy of [0, 0.5, 1]) {
        const x = pad.left + (pad.right - pad.left) * fx;
        const y = pad.top + (pad.bottom - pad.top) * fy;
        for (const el of doc.elementsFromPoint(x, y)) {
          if (covered(el)) return true;
          const inner = el.shadowRoot?.elementsFromPoint(x, y) ?? [];
          if (inner.some((e) => e !== el && covered(e))) return true;
        }
      }
    return false;
  };
}

/**
 * A stored place: `{ corner, x, y }`, or the older `{ right, bottom }` (insets from the
 * bottom-right corner). Anything else: undefined (not dragged yet).
 */
export function parseBadgePlace(value: unknown): BadgePlace | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (isBadgeCorner(v.corner) && ok(v.x) && ok(v.y)) return { corner: v.corner, x: v.x, y: v.y };
  if (ok(v.right) && ok(v.bottom)) return { corner: 'bottom-right', x: v.right, y: v.bottom };
  return undefined;
}
