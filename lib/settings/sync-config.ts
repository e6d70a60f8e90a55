/**
 * Where the branch sync server is and the token this device uses, in `storage.local` (never the
 * page, never logs). `npm start` builds the demo extension with the local demo server's URL and a
 * fresh teller token as defaults; a production build has none until IT enters them.
 */
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS, localKey } from './storage-keys';
import type { SyncErrorCode } from '../sync/outbox';

export interface SyncConfig {
  url: string;
  token: string;
}

const demoUrl = import.meta.env.VITE_DEMO_SYNC_URL as string | undefined;
const demoToken = import.meta.env.VITE_DEMO_SYNC_TOKEN as string | undefined;

export const syncConfigItem = storage.defineItem<SyncConfig | null>(
  localKey(STORAGE_KEYS.syncConfig),
  {
    fallback: demoUrl && demoToken ? { url: demoUrl, token: demoToken } : null,
  },
);

/** What the panel shows about sync: pending count, last success, last error in words. */
export interface SyncStatus {
  configured: boolean;
  pending: number;
  parked: number;
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  /** The last failure's code (the panel words it) and the server's own words, for IT. */
  lastErrorCode?: SyncErrorCode;
  lastError?: string;
  /** Who the server says this token is (after a successful call). */
  identity?: { role: string; staffId: string; branchId: string };
}

export const syncStatusItem = storage.defineItem<SyncStatus>(localKey(STORAGE_KEYS.syncStatus), {
  fallback: { configured: false, pending: 0, parked: 0 },
});

/** Outcomes of my referrals that arrived from the server: a small notice until dismissed. */
export interface OutcomeNotice {
  referralId: string;
  to: string;
  product?: string;
  managerStaffId: string;
  at: number;
  /** Which client (masked), which visit and which business, so the teller knows which one it was. */
  clientInitial?: string;
  cardLast4?: string;
  visitAt?: string;
  summary?: string;
}

export const noticesItem = storage.defineItem<OutcomeNotice[]>(
  localKey(STORAGE_KEYS.outcomeNotices),
  {
    fallback: [],
  },
);
