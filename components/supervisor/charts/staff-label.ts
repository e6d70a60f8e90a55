import type { FunnelRow } from '@/lib/contracts/referral-stats';

/** "M001 王敏" or just the staff id. */
export const staffLabel = (row: Pick<FunnelRow, 'staffId' | 'name'>) =>
  row.name ? `${row.staffId} ${row.name}` : row.staffId;

/** The people with the most referrals first, at most `max` of them (a chart stays readable). */
export function topByReferred<T extends Pick<FunnelRow, 'referred' | 'staffId'>>(
  rows: readonly T[],
  max: number,
): T[] {
  return [...rows]
    .sort((a, b) => b.referred - a.referred || a.staffId.localeCompare(b.staffId))
    .slice(0, max);
}
