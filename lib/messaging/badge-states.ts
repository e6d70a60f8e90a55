/** The badge's three states: what the background tells each terminal frame to show. */
export const BADGE_STATES = ['hidden', 'attention', 'paused'] as const;
export type BadgeState = (typeof BADGE_STATES)[number];
