/**
 * The corners the in-page badge may sit in (a profile's `badge.position`). No zod here: the
 * content script reads this list, and its bundle stays free of the schema library.
 */
export const BADGE_CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
export type BadgeCorner = (typeof BADGE_CORNERS)[number];

export function isBadgeCorner(value: unknown): value is BadgeCorner {
  return (BADGE_CORNERS as readonly unknown[]).includes(value);
}
