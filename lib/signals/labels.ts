import type { SignalKind } from './kinds';

/** Display names of the signal kinds (../shared/domain.md 优质客户界定标准), zh-CN and English. */
export const SIGNAL_LABELS: Readonly<Record<SignalKind, { zh: string; en: string }>> = {
  large_cash: { zh: '大额现金', en: 'large cash transaction' },
  remittance: { zh: '大额汇划', en: 'large remittance' },
  demand_deposit: { zh: '活期存款', en: 'demand deposit' },
  time_deposit: { zh: '定期存款', en: 'time deposit' },
  forex: { zh: '外汇兑换', en: 'foreign exchange' },
  gold_forex_trading: { zh: '外汇/黄金交易', en: 'forex or gold trading' },
  deposit_certificate: { zh: '存款证明', en: 'deposit certificate' },
  loan: { zh: '贷款/还款', en: 'loan or repayment' },
  investment: { zh: '基金/保险/国债', en: 'funds, insurance or bonds' },
  safe_deposit_box: { zh: '保管箱', en: 'safe-deposit box' },
  premium_card: { zh: '出示金卡或他行贵宾卡', en: 'gold or other-bank VIP card shown' },
  wealth_enquiry: { zh: '咨询理财或高端服务', en: 'asked about wealth management' },
  large_deposit_loss: { zh: '大额存款挂失', en: 'large-deposit loss report' },
  soft_appearance: { zh: '柜员观察：仪表', en: 'teller cue: appearance' },
  soft_residential_area: { zh: '柜员观察：住宅区域', en: 'teller cue: residential area' },
};

export function signalListZh(kinds: readonly SignalKind[]): string {
  return kinds.map((kind) => SIGNAL_LABELS[kind].zh).join('、');
}

export function signalListEn(kinds: readonly SignalKind[]): string {
  return kinds.map((kind) => SIGNAL_LABELS[kind].en).join(', ');
}
