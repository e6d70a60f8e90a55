/** Where the badge sits: corners, anchoring, the nearest free spot, and the stored shape. */
import { describe, expect, it } from 'vitest';
import {
  findFreePlace,
  parseBadgePlace,
  placeOf,
  rectOf,
  type Rect,
} from '../../../lib/content/badge-place';
import { demoProfile } from '../../../lib/profile/builtin/demo';
import { parseProfile } from '../../../lib/profile/parse';

const VIEW = { width: 1280, height: 720 };
const SIZE = 22;
const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('badge places', () => {
  it('a place is insets from its corner’s two edges', () => {
    expect(rectOf({ corner: 'bottom-right', x: 12, y: 12 }, VIEW, SIZE)).toEqual({
      left: 1246,
      top: 686,
      right: 1268,
      bottom: 708,
    });
    expect(rectOf({ corner: 'top-left', x: 5, y: 7 }, VIEW, SIZE)).toEqual({
      left: 5,
      top: 7,
      right: 27,
      bottom: 29,
    });
  });

  it('a dropped rect is anchored to the corner of its quarter of the window', () => {
    expect(placeOf({ left: 100, top: 600, right: 122, bottom: 622 }, VIEW)).toEqual({
      corner: 'bottom-left',
      x: 100,
      y: 98,
    });
    expect(placeOf({ left: 1200, top: 40, right: 1222, bottom: 62 }, VIEW)).toEqual({
      corner: 'top-right',
      x: 58,
      y: 40,
    });
  });

  it('stays where asked when that covers nothing', () => {
    const wanted = { corner: 'bottom-left', x: 40, y: 30 } as const;
    expect(findFreePlace(wanted, VIEW, SIZE, () => false)).toEqual(wanted);
  });

  it('moves the least distance off covered text: above a status bar, not to another corner', () => {
    const statusText = { left: 0, top: 697, right: 1280, bottom: 720 };
    const covers = (r: Rect) => overlaps(r, statusText);
    const place = findFreePlace({ corner: 'bottom-right', x: 12, y: 12 }, VIEW, SIZE, covers);
    expect(place).toEqual({ corner: 'bottom-right', x: 12, y: 28 });
    expect(covers(rectOf(place, VIEW, SIZE))).toBe(false);
  });

  it('when its whole corner is taken, tries the nearest other corner', () => {
    const rightHalf = { left: 640, top: 0, right: 1280, bottom: 720 };
    const place = findFreePlace({ corner: 'bottom-right', x: 12, y: 12 }, VIEW, SIZE, (r) =>
      overlaps(r, rightHalf),
    );
    expect(place).toEqual({ corner: 'bottom-left', x: 12, y: 12 });
  });

  it('covered everywhere: stays where asked rather than jumping around', () => {
    const wanted = { corner: 'top-right', x: 12, y: 12 } as const;
    expect(findFreePlace(wanted, VIEW, SIZE, () => true)).toEqual(wanted);
  });

  it('reads the stored place, and the older { right, bottom } as bottom-right', () => {
    expect(parseBadgePlace({ corner: 'top-left', x: 3, y: 4 })).toEqual({
      corner: 'top-left',
      x: 3,
      y: 4,
    });
    expect(parseBadgePlace({ right: 40, bottom: 50 })).toEqual({
      corner: 'bottom-right',
      x: 40,
      y: 50,
    });
    for (const bad of [null, 'x', { corner: 'middle', x: 1, y: 1 }, { right: -1, bottom: 2 }])
      expect(parseBadgePlace(bad)).toBeUndefined();
  });
});

describe('profile badge.position', () => {
  it('accepts a corner and rejects anything else, naming the path', () => {
    const ok = parseProfile({ ...demoProfile, badge: { position: 'top-left' } });
    expect(ok.ok && ok.profile.badge).toEqual({ position: 'top-left' });
    const bad = parseProfile({ ...demoProfile, badge: { position: 'middle' } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.map((e) => e.path)).toContain('badge.position');
    expect(parseProfile({ ...demoProfile, badge: { corner: 'top-left' } }).ok).toBe(false);
  });
});
