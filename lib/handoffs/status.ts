/** What "My referrals" shows for a referral's state, in zh-CN and English. */
import type { StoredReferral } from '../db/rows';
import type { ReferralStatus } from '../contracts/referral';

export type DisplayStatus = ReferralStatus | 'withdrawn';

export const STATUS_LABELS: Readonly<Record<DisplayStatus, { zh: string; en: string }>> = {
  new: { zh: '已推介', en: 'Referred' },
  contacted: { zh: '已联系', en: 'Contacted' },
  met: { zh: '已面谈', en: 'Met' },
  won: { zh: '成功', en: 'Won' },
  lost: { zh: '未成功', en: 'Lost' },
  declined: { zh: '客户暂不需要', en: 'Not now' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export interface ReferralDisplay {
  status: DisplayStatus;
  /** Not yet acknowledged by the server ("waiting to sync"). */
  pendingSync: boolean;
}

export function referralDisplay(
  referral: Pick<StoredReferral, 'status' | 'undoneAt' | 'sentAt'>,
): ReferralDisplay {
  return {
    status: referral.undoneAt ? 'withdrawn' : referral.status,
    pendingSync: referral.sentAt === undefined,
  };
}
