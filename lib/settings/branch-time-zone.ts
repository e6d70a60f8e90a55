/** The branch's time zone as last told by the branch server (for exports made without it). */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_BRANCH_TIME_ZONE } from '../time/branch-zone';
import { STORAGE_KEYS, localKey } from './storage-keys';

export const branchTimeZoneItem = storage.defineItem<string>(
  localKey(STORAGE_KEYS.branchTimeZone),
  { fallback: DEFAULT_BRANCH_TIME_ZONE },
);
