/**
 * The referral-log columns of a referrals row (migration 0002): copies of doc fields that the log
 * filters and sorts on and the stats group by, and the pipeline progress a status change records.
 */
import type { Referral, ReferralStatus } from '../../lib/contracts/referral';

export interface LogColumns {
  created_ms: number;
  tier: string;
  handoff: string;
  signal_kinds: string;
  summary: string;
}

export function logColumnsOf(
  referral: Pick<Referral, 'createdAt' | 'tier' | 'handoff' | 'signals' | 'summary'>,
): LogColumns {
  const kinds = [...new Set(referral.signals.map((s) => s.kind))];
  return {
    created_ms: Date.parse(referral.createdAt),
    tier: referral.tier,
    handoff: referral.handoff,
    signal_kinds: kinds.length ? `,${kinds.join(',')},` : '',
    summary: referral.summary,
  };
}

export const STAGE_OF: Readonly<Partial<Record<ReferralStatus, number>>> = {
  new: 0,
  contacted: 1,
  met: 2,
  won: 3,
};

/** What a move to `to` at `atMs` changes in the progress columns. */
export function progressColumns(
  current: { stage_reached: number; outcome_ms: number | null },
  to: ReferralStatus,
  atMs: number,
): { stage_reached: number; outcome_ms: number | null } {
  return {
    stage_reached: Math.max(Number(current.stage_reached), STAGE_OF[to] ?? 0),
    outcome_ms: to === 'won' || to === 'lost' ? atMs : current.outcome_ms,
  };
}
