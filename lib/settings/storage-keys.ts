/**
 * Every key the extension keeps in `storage.local`, defined once. Extension pages and the service
 * worker reach them through wxt/storage items (`local:<key>`, see localKey); the content script
 * reads the bare keys with `browser.storage.local` so wxt/storage stays out of its bundle. This
 * file imports nothing, so either side may use it. (`storage.session` holds one key per terminal
 * tab: tabKey in lib/background/tab-state.ts.)
 */
export const STORAGE_KEYS = {
  settings: 'settings',
  syncConfig: 'syncConfig',
  syncStatus: 'syncStatus',
  outcomeNotices: 'outcomeNotices',
  terminalProfile: 'terminalProfile',
  branchKey: 'branchKey',
  roster: 'roster',
  retentionDays: 'retentionDays',
  retentionLastRun: 'retentionLastRun',
  /** Central config: the last good profile / tiering version from the server, and warnings. */
  centralConfig: 'centralConfig',
  /** The server's profile while the profile source is 'server' (absent otherwise). */
  serverProfile: 'serverProfile',
  /** Local fallback of the managed setting `profileSource` ('inline' | 'server'). */
  profileSource: 'profileSource',
  /** A random id of this browser profile, for fleet health (no user or hardware data). */
  deviceId: 'deviceId',
  /** Where the teller dragged the in-page badge (written by the content script only). */
  badgePosition: 'badgePosition',
  /** The branch's IANA time zone, as the branch server last said (supervisor page). */
  branchTimeZone: 'branchTimeZone',
  /** Who the branch server says this device's token belongs to (lib/settings/server-identity). */
  serverIdentity: 'serverIdentity',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** The wxt/storage name of a key in `storage.local`. */
export function localKey<K extends StorageKey>(key: K): `local:${K}` {
  return `local:${key}`;
}
