/**
 * The premium-client signal kinds of ../shared/domain.md (优质客户界定标准).
 * One list, shared by the detection engine, the extension UI, the referral model and the server.
 */
export const SIGNAL_KINDS = [
  'large_cash', // 大额现金
  'remittance', // 汇划业务
  'demand_deposit', // 活期存款
  'time_deposit', // 定期存款
  'forex', // 外汇（兑换）
  'gold_forex_trading', // 外汇交易、黄金交易
  'deposit_certificate', // 存款证明
  'loan', // 贷款/还款
  'investment', // 基金、保险、国债
  'safe_deposit_box', // 保险箱业务
  'premium_card', // 金卡（含他行）或他行 VIP 卡
  'wealth_enquiry', // 咨询理财或高端服务
  'large_deposit_loss', // 大额存款挂失 (retention risk, not a sales lead)
  'soft_appearance', // 柜员勾选：仪表
  'soft_residential_area', // 柜员勾选：住宅区域等级
] as const;

export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** The kinds the teller ticks by hand in the side panel (the engine cannot read them off the page). */
export const SOFT_CUES = [
  'premium_card',
  'wealth_enquiry',
  'soft_appearance',
  'soft_residential_area',
] as const satisfies readonly SignalKind[];
export type SoftCue = (typeof SOFT_CUES)[number];

export const TIERS = ['A', 'B', 'C', 'D'] as const;
export type Tier = (typeof TIERS)[number];

/** An amount shown only as a band, in CNY: never the exact figure. `max` null = open-ended. */
export interface AmountBand {
  min: number;
  max: number | null;
}
