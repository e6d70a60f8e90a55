/** The sentences behind each tiering rule, zh-CN and English. Page text is cut short, never parsed as HTML. */
import type { AmountBand, SignalKind, Tier } from '../signals/kinds';
import { signalListEn, signalListZh } from '../signals/labels';
import type { TierRuleId } from './rule-ids';
import { formatBandYuan, formatYuan } from '../format/band';

export interface TierReason {
  code: TierRuleId | 'no_signal' | 'retention_risk';
  /** The tier this reason supports (absent for retention, which is not a tier). */
  tier?: Tier;
  zh: string;
  en: string;
}

function shortText(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 20 ? `${trimmed.slice(0, 20)}…` : trimmed;
}

export const reasons = {
  existingPremium: (level: string): TierReason => ({
    code: 'existing_premium_level',
    tier: 'A',
    zh: `现有优质客户：客户等级为「${shortText(level)}」`,
    en: `Existing premium client: client level “${shortText(level)}”`,
  }),
  amountTierB: (band: AmountBand, threshold: number): TierReason => ({
    code: 'amount_tier_b',
    tier: 'B',
    zh: `交易金额在 ${formatBandYuan(band)} 区间，达到潜质优质客户门槛 ${formatYuan(threshold)}`,
    en: `Transaction amount in band ${formatBandYuan(band)}, at or above the potential-premium threshold ${formatYuan(threshold)}`,
  }),
  strongSignal: (kinds: readonly SignalKind[]): TierReason => ({
    code: 'strong_signal',
    tier: 'B',
    zh: `强信号：${signalListZh(kinds)}`,
    en: `Strong signal: ${signalListEn(kinds)}`,
  }),
  combination: (kinds: readonly SignalKind[]): TierReason => ({
    code: 'signal_combination',
    tier: 'B',
    zh: `${kinds.length} 个信号同时出现：${signalListZh(kinds)}`,
    en: `${kinds.length} signals together: ${signalListEn(kinds)}`,
  }),
  amountTierC: (band: AmountBand, threshold: number): TierReason => ({
    code: 'amount_tier_c',
    tier: 'C',
    zh: `交易金额在 ${formatBandYuan(band)} 区间，达到争取发展门槛 ${formatYuan(threshold)}`,
    en: `Transaction amount in band ${formatBandYuan(band)}, at or above the to-develop threshold ${formatYuan(threshold)}`,
  }),
  anySignal: (kinds: readonly SignalKind[]): TierReason => ({
    code: 'any_signal',
    tier: 'C',
    zh: `优质客户信号：${signalListZh(kinds)}`,
    en: `Premium-client signal: ${signalListEn(kinds)}`,
  }),
  noSignal: (): TierReason => ({
    code: 'no_signal',
    tier: 'D',
    zh: '未发现优质客户信号',
    en: 'No premium-client signal',
  }),
  retention: (): TierReason => ({
    code: 'retention_risk',
    zh: '大额存款挂失：挽留风险，不是营销线索',
    en: 'Large-deposit loss report: retention risk, not a sales lead',
  }),
};
