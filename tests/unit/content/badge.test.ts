// @vitest-environment jsdom
/**
 * The in-page badge. Its shadow root is closed, so neither the page nor Playwright can look
 * inside; these tests attach the same closed root through the test hook and keep a handle on it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBadge, type Badge, type BadgeOptions } from '../../../lib/content/badge';

const host = () => document.querySelector<HTMLElement>('sidekick-badge');

/** What a client could read: text nodes outside the stylesheet, and attribute values. */
function readableText(root: ShadowRoot): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.parentElement?.tagName !== 'STYLE') text += node.textContent ?? '';
  return text;
}

function attributeValues(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
}

/** Which page elements sit at a point (under the badge); jsdom has no layout, so the test decides. */
let underPoint: (x: number, y: number) => Element[] = () => [];

function open(options: Partial<BadgeOptions> = {}) {
  let root: ShadowRoot | undefined;
  const onOpen = vi.fn();
  const onMoved = vi.fn();
  const badge: Badge = createBadge({
    doc: document,
    onOpen,
    onMoved,
    attachShadow: (h) => (root = h.attachShadow({ mode: 'closed' })),
    ...options,
  });
  const shadow = () => {
    if (!root) throw new Error('no shadow root attached');
    return root;
  };
  const button = () => shadow().querySelector('button') as HTMLButtonElement;
  return { badge, onOpen, onMoved, shadow, button };
}

const pointer = (type: string, x: number, y: number) =>
  new PointerEvent(type, { clientX: x, clientY: y, pointerId: 1, bubbles: true });

beforeEach(() => {
  underPoint = () => [];
  Object.defineProperty(document, 'elementsFromPoint', {
    configurable: true,
    value: (x: number, y: number) => {
      const h = host();
      return h ? [h, ...underPoint(x, y)] : underPoint(x, y);
    },
  });
  // jsdom has no pointer capture.
  Element.prototype.setPointerCapture = () => undefined;
  document.body.innerHTML = '<form><input id="amount"></form>';
});

afterEach(() => {
  host()?.remove();
});

describe('createBadge', () => {
  it('in production attaches a closed shadow root: the page cannot reach its content', () => {
    const badge = createBadge({ doc: document, onOpen: () => undefined });
    badge.setState('attention');
    expect(host()).not.toBeNull();
    expect(host()?.shadowRoot).toBeNull();
    expect(host()?.childNodes).toHaveLength(0);
    badge.destroy();
  });

  it('renders one unlabelled disc: no words, no tier, no amount, out of the tab order', () => {
    const { badge, shadow, button } = open();
    badge.setState('attention');
    expect(shadow().mode).toBe('closed');
    expect([...shadow().children].map((el) => el.tagName)).toEqual(['STYLE', 'BUTTON']);
    expect(readableText(shadow())).toBe('');
    expect(button().tabIndex).toBe(-1);
    expect(button().type).toBe('button');
    expect(button().getAttribute('aria-label')).toBe('Teller Sidekick');
    for (const value of attributeValues(shadow()))
      expect(value).not.toMatch(/VIP|潜质|优质|Tier|[ABCD]类|\d{3,}/);
    // Pseudo-elements draw the dot and the pause bars; they must not carry text either.
    const css = shadow().querySelector('style')?.textContent ?? '';
    expect(css.match(/content:\s*[^;]*/g)).toEqual(['content: ""', 'content: ""']);
  });

  it.each(['attention', 'paused'] as const)(
    '%s: mounts once on the page and mirrors the state on the host and the disc',
    (state) => {
      const { badge, button, shadow } = open();
      badge.setState(state);
      badge.setState(state);
      expect(document.querySelectorAll('sidekick-badge')).toHaveLength(1);
      expect(host()?.parentElement).toBe(document.documentElement);
      expect(host()?.dataset.state).toBe(state);
      expect(button().dataset.state).toBe(state);
      expect(badge.state).toBe(state);
      expect(readableText(shadow())).toBe('');
    },
  );

  it('hidden takes it off the page; destroy removes it for good', () => {
    const { badge } = open();
    badge.setState('attention');
    badge.setState('hidden');
    expect(host()).toBeNull();
    expect(badge.state).toBe('hidden');
    badge.setState('paused');
    expect(host()?.dataset.state).toBe('paused');
    badge.destroy();
    expect(host()).toBeNull();
  });

  it('a click asks to open the panel; a drag moves it, reports the place and opens nothing', () => {
    const { badge, button, onOpen, onMoved } = open({
      initial: { corner: 'bottom-right', x: 40, y: 50 },
    });
    badge.setState('attention');
    expect([host()?.style.right, host()?.style.bottom]).toEqual(['40px', '50px']);

    button().dispatchEvent(pointer('pointerdown', 100, 100));
    button().dispatchEvent(pointer('pointerup', 101, 101));
    button().click();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onMoved).not.toHaveBeenCalled();

    button().dispatchEvent(pointer('pointerdown', 100, 100));
    button().dispatchEvent(pointer('pointermove', 80, 70));
    button().dispatchEvent(pointer('pointerup', 80, 70));
    button().click();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onMoved).toHaveBeenCalledWith({ corner: 'bottom-right', x: 60, y: 80 });
    expect([host()?.style.right, host()?.style.bottom]).toEqual(['60px', '80px']);

    button().click(); // the next plain click opens again
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('dropped in another quarter of the window, it is anchored to that corner', () => {
    const { badge, button, onMoved } = open();
    badge.setState('attention');
    // From bottom-right (left = W-34, top = H-34) to 30 px from the top-left corner.
    const { innerWidth: w, innerHeight: h } = window;
    button().dispatchEvent(pointer('pointerdown', w - 20, h - 20));
    button().dispatchEvent(
      pointer('pointermove', 44 - (w - 34) + (w - 20), 30 - (h - 34) + (h - 20)),
    );
    button().dispatchEvent(pointer('pointerup', 0, 0));
    expect(onMoved).toHaveBeenCalledWith({ corner: 'top-left', x: 44, y: 30 });
    expect([host()?.style.left, host()?.style.top, host()?.style.right]).toEqual([
      '44px',
      '30px',
      '',
    ]);
    expect(host()?.dataset.corner).toBe('top-left');
  });

  it.each([
    ['top-left', { left: '12px', top: '12px' }],
    ['bottom-left', { left: '12px', bottom: '12px' }],
    ['top-right', { right: '12px', top: '12px' }],
  ] as const)('starts in the profile’s corner %s', (corner, want) => {
    const { badge } = open({ corner });
    badge.setState('attention');
    const s = host()!.style;
    expect({ left: s.left, top: s.top, right: s.right, bottom: s.bottom }).toEqual({
      left: '',
      top: '',
      right: '',
      bottom: '',
      ...want,
    });
  });

  it('a dragged place wins over the profile’s corner', () => {
    const { badge } = open({
      corner: 'top-left',
      initial: { corner: 'bottom-left', x: 70, y: 20 },
    });
    badge.setState('attention');
    expect([host()?.style.left, host()?.style.bottom]).toEqual(['70px', '20px']);
  });

  it('slides off a terminal control under its corner, nearest spot first', () => {
    const input = document.getElementById('amount') as HTMLElement;
    // The control fills the bottom 30 px of the window's right half.
    underPoint = (_x, y) => (y > window.innerHeight - 30 ? [input] : []);
    const { badge } = open();
    badge.setState('attention');
    expect([host()?.style.right, host()?.style.bottom]).toEqual(['12px', '36px']);
  });

  it('never covers the terminal’s status-bar text: it moves above it', () => {
    const bar = document.createElement('footer');
    bar.textContent = 'V5.3.2';
    document.body.append(bar);
    const h = window.innerHeight;
    const w = window.innerWidth;
    // The status bar is the bottom 23 px; its text sits at its right end.
    const textBox = { left: w - 60, right: w - 8, top: h - 20, bottom: h - 4 };
    underPoint = (_x, y) => (y > h - 23 ? [bar, document.body] : [document.body]);
    const { badge } = open({ textRects: (node) => (node.parentElement === bar ? [textBox] : []) });
    badge.setState('attention');
    const placed = badgeRect();
    expect(placed.bottom).toBeLessThanOrEqual(textBox.top - 2);
    expect([host()?.style.right, host()?.style.bottom]).toEqual(['12px', '28px']);
  });

  it('text elsewhere in the same element does not count: only text under the badge', () => {
    const bar = document.createElement('footer');
    bar.textContent = '联机 Online';
    document.body.append(bar);
    underPoint = () => [bar];
    const { badge } = open({ textRects: () => [{ left: 0, right: 80, top: 0, bottom: 16 }] });
    badge.setState('attention');
    expect([host()?.style.right, host()?.style.bottom]).toEqual(['12px', '12px']);
  });

  it('re-checks when the window resizes', () => {
    const input = document.getElementById('amount') as HTMLElement;
    const { badge } = open();
    badge.setState('attention');
    expect(host()?.style.bottom).toBe('12px');
    underPoint = (_x, y) => (y > window.innerHeight - 30 ? [input] : []);
    window.dispatchEvent(new Event('resize'));
    expect(host()?.style.bottom).toBe('36px');
    badge.destroy();
  });
});

/** The badge's rect from its inline style (jsdom has no layout). */
function badgeRect() {
  const s = host()!.style;
  const w = window.innerWidth;
  const h = window.innerHeight;
  const left = s.left ? parseFloat(s.left) : w - parseFloat(s.right) - 22;
  const top = s.top ? parseFloat(s.top) : h - parseFloat(s.bottom) - 22;
  return { left, top, right: left + 22, bottom: top + 22 };
}
