import type { Tier } from '../signals/kinds';

/** Client tiers (客户分层, ../shared/domain.md). */
export const TIER_NAMES: Readonly<Record<Tier, { zh: string; en: string }>> = {
  A: { zh: '现有优质客户', en: 'existing premium client' },
  B: { zh: '潜质优质客户', en: 'potential premium client' },
  C: { zh: '争取发展客户', en: 'client to develop' },
  D: { zh: '普通个人客户', en: 'ordinary client' },
};

const ORDER: Readonly<Record<Tier, number>> = { A: 0, B: 1, C: 2, D: 3 };

/** The stronger of two tiers (A is strongest). */
export function strongerTier(a: Tier, b: Tier): Tier {
  return ORDER[a] <= ORDER[b] ? a : b;
}
