/**
 * Puts referrals straight into a test database through the server's own repository code (no HTTP,
 * no rate limit), and moves them along the pipeline at chosen times — for data sets whose
 * numbers the log, export, stats and queue tests know in advance.
 */
import type { Referral } from '../../../lib/contracts/referral';
import type { StatusUpdateRequest } from '../../../lib/contracts/referrals-api';
import type { Db } from '../../../server/db/types';
import { insertReferrals } from '../../../server/repo/push-referrals';
import { referralToRow } from '../../../server/repo/referral-rows';
import { updateStatus } from '../../../server/repo/status';
import { inTransaction } from '../../../server/repo/transaction';

export async function seedReferrals(db: Db, referrals: Referral[], chunk = 1000): Promise<void> {
  const receivedAt = '2026-11-20T02:00:00.000Z';
  for (let i = 0; i < referrals.length; i += chunk) {
    const rows = referrals.slice(i, i + chunk).map((r) => referralToRow(r, receivedAt));
    await inTransaction(db, (trx) => insertReferrals(trx, rows, receivedAt));
  }
}

const DAY = 86_400_000;

/** Moves a referral through `steps`, one hour apart, the last one `days` after it was created. */
export async function moveAlong(
  db: Db,
  referral: Referral,
  steps: StatusUpdateRequest[],
  days: number,
): Promise<void> {
  const created = Date.parse(referral.createdAt);
  const auth = {
    tokenId: 'seed',
    role: 'supervisor' as const,
    branchId: referral.branchId,
    staffId: 'S001',
  };
  for (const [i, step] of steps.entries()) {
    const at = created + days * DAY - (steps.length - 1 - i) * 3_600_000;
    await updateStatus(db, auth, referral.id, step, new Date(Math.max(at, created)));
  }
}

export const WON: StatusUpdateRequest[] = [
  { status: 'contacted' },
  { status: 'met' },
  { status: 'won', outcome: { product: '基金定投', amountBand: { min: 100_000, max: 500_000 } } },
];
export const LOST_AFTER_CONTACT: StatusUpdateRequest[] = [
  { status: 'contacted' },
  { status: 'lost', outcome: { reason: '客户暂无需求' } },
];
export const LOST_AFTER_MEETING: StatusUpdateRequest[] = [
  { status: 'contacted' },
  { status: 'met' },
  { status: 'lost', outcome: { reason: '已在他行购买' } },
];

/** Reads a response body as bytes and as text with the BOM kept. */
export async function bodyOf(response: Response): Promise<{ bytes: Uint8Array; text: string }> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}
