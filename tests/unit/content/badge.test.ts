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

/** Which page elements sit "under" a point; jsdom has no layout, so the test decides. */
let underBadge: (badge: HTMLElement) => Element[] = () => [];

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
  underBadge = () => [];
  Object.defineProperty(document, 'elementsFromPoint', {
    configurable: true,
    value: () => {
      const h = host();
      return h ? underBadge(h) : [];
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
    const { badge, button, onOpen, onMoved } = open({ initial: { right: 40, bottom: 50 } });
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
    expect(onMoved).toHaveBeenCalledWith({ right: 60, bottom: 80 });
    expect([host()?.style.right, host()?.style.bottom]).toEqual(['60px', '80px']);

    button().click(); // the next plain click opens again
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('hops to another corner when it would cover a terminal control', () => {
    const input = document.getElementById('amount') as HTMLElement;
    underBadge = (h) => (h.style.right === '12px' && h.style.bottom === '12px' ? [h, input] : [h]);
    const { badge } = open();
    badge.setState('attention');
    expect([host()?.style.right, host()?.style.bottom]).toEqual([
      `${window.innerWidth - 22 - 12}px`,
      '12px',
    ]);
  });
});
