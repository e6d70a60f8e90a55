/** Reading referrals back: "My referrals", the device's whole log, a referral's events. */
import Dexie from 'dexie';
import type { SidekickDB } from '../db/database';
import type { StoredEvent, StoredReferral } from '../db/rows';

/** The referral's events in order. */
export async function eventsOf(db: SidekickDB, referralId: string): Promise<StoredEvent[]> {
  return db.events
    .where('[referralId+seq]')
    .between([referralId, Dexie.minKey], [referralId, Dexie.maxKey])
    .toArray();
}

export interface Page {
  limit?: number;
  offset?: number;
}

/** "My referrals": the ones this staff member made, newest first. */
export async function listMyReferrals(
  db: SidekickDB,
  staffId: string,
  { limit = 50, offset = 0 }: Page = {},
): Promise<StoredReferral[]> {
  return db.referrals
    .where('[referrerStaffId+createdAt]')
    .between([staffId, Dexie.minKey], [staffId, Dexie.maxKey])
    .reverse()
    .offset(offset)
    .limit(limit)
    .toArray();
}

export async function countMyReferrals(db: SidekickDB, staffId: string): Promise<number> {
  return db.referrals
    .where('[referrerStaffId+createdAt]')
    .between([staffId, Dexie.minKey], [staffId, Dexie.maxKey])
    .count();
}

/** Every referral on the device (e.g. a client manager's assigned ones, the offline log), newest first. */
export async function listReferrals(
  db: SidekickDB,
  { limit = 50, offset = 0 }: Page = {},
): Promise<StoredReferral[]> {
  return db.referrals.orderBy('createdAt').reverse().offset(offset).limit(limit).toArray();
}
