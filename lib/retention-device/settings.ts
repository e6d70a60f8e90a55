/**
 * How long this device keeps personal information (days; lib/retention's default of 180), and what
 * the last purge did — both in `storage.local`, so the supervisor page can show and change them.
 */
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS, localKey } from '../settings/storage-keys';
import { DEFAULT_RETENTION_DAYS, isValidRetentionDays } from '../retention';
import type { DevicePurgeResult } from './purge';

export const retentionDaysItem = storage.defineItem<number>(localKey(STORAGE_KEYS.retentionDays), {
  fallback: DEFAULT_RETENTION_DAYS,
});

/** The stored value if valid, else the default (a bad value never disables the purge). */
export async function loadRetentionDays(): Promise<number> {
  const days = await retentionDaysItem.getValue();
  return isValidRetentionDays(days) ? days : DEFAULT_RETENTION_DAYS;
}

export interface RetentionRun {
  /** Epoch ms of the run. */
  at: number;
  result?: DevicePurgeResult;
  error?: string;
}

export const retentionRunItem = storage.defineItem<RetentionRun | null>(
  localKey(STORAGE_KEYS.retentionLastRun),
  {
    fallback: null,
  },
);
