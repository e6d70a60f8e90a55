/**
 * Signal kinds in the bank's own words: the business names Chinese banks' terminals use (and
 * English equivalents), each mapped to the signal kind(s) it means. Data only: profiles opt in
 * with `businessTypeDefaults: true` (lib/detect/default-business-rules.ts turns this table into
 * rules); docs/terminals/business-kinds.md is generated from it (scripts/gen-kind-docs.ts).
 *
 * Order matters only between names of equal length that a business name can hold both of
 * (大额存单挂失 holds 大额存单 and 存单挂失): the earlier group wins, so actions that change
 * what the business means (a loss report, a certificate, a cross-border wire) come first.
 */
import type { SignalKind } from './kinds';

export interface BusinessNames {
  kinds: readonly SignalKind[];
  zh: readonly string[];
  en: readonly string[];
  /** Why this mapping, where it is not obvious (shown in the docs). */
  note?: string;
}

/**
 * Kinds no business name stands for: a card the client shows and the teller's own impression
 * are not business types on the screen (remarks rules and the side panel give them).
 */
export const KINDS_WITHOUT_BUSINESS_NAMES = [
  'premium_card',
  'soft_appearance',
  'soft_residential_area',
] as const satisfies readonly SignalKind[];

export const KIND_VOCABULARY: readonly BusinessNames[] = [
  {
    kinds: ['large_deposit_loss'],
    zh: [
      '挂失',
      '大额挂失',
      '存单挂失',
      '存折挂失',
      '银行卡挂失',
      '口头挂失',
      '书面挂失',
      '正式挂失',
    ],
    en: ['loss report', 'lost passbook', 'lost certificate', 'lost card', 'report lost'],
    note: 'a retention risk, not a sales lead; before the product words, so 大额存单挂失 is a loss report',
  },
  {
    kinds: ['deposit_certificate'],
    zh: ['存款证明', '资信证明', '存款证实书', '财力证明'],
    en: [
      'deposit certificate',
      'proof of deposit',
      'proof of funds',
      'balance certificate',
      'bank reference letter',
    ],
    note: 'a certificate of the balance (study abroad, visas) — not a 大额存单 / certificate of deposit',
  },
  {
    kinds: ['remittance', 'forex'],
    zh: [
      '跨境汇款',
      '境外汇款',
      '国际汇款',
      '境外电汇',
      '国际电汇',
      '外币汇款',
      '外汇汇款',
      '西联汇款',
    ],
    en: [
      'international wire',
      'international wire transfer',
      'foreign wire',
      'foreign wire transfer',
      'cross-border wire',
      'cross-border remittance',
      'international remittance',
      'SWIFT transfer',
      'Western Union',
    ],
    note: 'money sent abroad is a remittance and a foreign-exchange business at once; each kind keeps its own minimum amount',
  },
  {
    kinds: ['remittance'],
    zh: [
      '汇款',
      '电汇',
      '汇兑',
      '汇划',
      '跨行汇款',
      '行内汇款',
      '同城汇款',
      '异地汇款',
      '大额汇款',
    ],
    en: ['wire transfer', 'domestic wire', 'outgoing wire', 'incoming wire'],
  },
  {
    kinds: ['gold_forex_trading'],
    zh: [
      '外汇买卖',
      '个人外汇买卖',
      '外汇宝',
      '实物黄金',
      '积存金',
      '黄金积存',
      '纸黄金',
      '账户黄金',
      '黄金买卖',
      '黄金',
      '贵金属',
    ],
    en: [
      'forex trading',
      'FX trading',
      'currency trading',
      'gold trading',
      'gold bullion',
      'paper gold',
      'gold account',
      'gold savings',
      'precious metals',
    ],
    note: 'trading, not a one-off exchange; 外汇买卖 is longer than 外汇, so it is read as trading',
  },
  {
    kinds: ['forex'],
    zh: ['结售汇', '结汇', '售汇', '购汇', '外币兑换', '外汇兑换', '货币兑换', '外汇'],
    en: [
      'foreign exchange',
      'currency exchange',
      'foreign currency exchange',
      'FX',
      'buy foreign currency',
      'sell foreign currency',
    ],
  },
  {
    kinds: ['investment'],
    zh: [
      '结构性存款',
      '理财产品',
      '理财',
      '基金定投',
      '基金申购',
      '基金认购',
      '基金赎回',
      '基金',
      '储蓄国债',
      '凭证式国债',
      '电子式国债',
      '国债',
      '代理保险',
      '保险代理',
      '银保',
      '保险',
      '年金',
      '信托',
    ],
    en: [
      'structured deposit',
      'wealth management product',
      'mutual fund',
      'fund purchase',
      'fund subscription',
      'systematic investment plan',
      'treasury bond',
      'treasury bill',
      'savings bond',
      'government bond',
      'bond',
      'annuity',
      'insurance',
    ],
    note: '结构性存款 is a wealth product, not a plain deposit; 保险箱 (longer) stays a safe-deposit box',
  },
  {
    kinds: ['wealth_enquiry'],
    zh: ['理财咨询', '财富管理咨询', '私人银行咨询', '投资咨询'],
    en: [
      'wealth management enquiry',
      'wealth management inquiry',
      'financial planning',
      'investment consultation',
    ],
    note: 'a business type that is itself the enquiry; the teller can also tick it',
  },
  {
    kinds: ['safe_deposit_box'],
    zh: ['保管箱', '保险箱', '保险柜', '保管箱租用'],
    en: ['safe deposit box', 'safe-deposit box', 'safety deposit box'],
  },
  {
    kinds: ['time_deposit'],
    zh: [
      '定期存款',
      '定期储蓄',
      '整存整取',
      '零存整取',
      '整存零取',
      '存本取息',
      '定活两便',
      '通知存款',
      '大额存单',
      '教育储蓄',
      '定期一本通',
    ],
    en: [
      'time deposit',
      'fixed deposit',
      'term deposit',
      'certificate of deposit',
      'CD',
      'notice deposit',
      'call deposit',
    ],
    note: '大额存单 is a large certificate of deposit (a time deposit); 定活两便 and 通知存款 are counted as time deposits (fixed sums, usually large)',
  },
  {
    kinds: ['large_cash'],
    zh: ['现金存款', '现金取款', '现金存入', '现金支取', '大额现金', '大额取现', '存现', '取现'],
    en: ['cash deposit', 'cash withdrawal', 'large cash'],
    note: 'a signal only from the branch’s minimum amount (signalMinAmountCny)',
  },
  {
    kinds: ['demand_deposit'],
    zh: ['活期存款', '活期储蓄'],
    en: ['demand deposit', 'savings deposit', 'checking deposit'],
    note: 'a signal only from the branch’s minimum amount; 存款 alone is not listed (活期 or 定期?): map it in your own rules',
  },
  {
    kinds: ['loan'],
    zh: [
      '个人贷款',
      '贷款',
      '还款',
      '提前还款',
      '住房贷款',
      '房贷',
      '消费贷款',
      '经营贷款',
      '按揭',
      '贷款发放',
    ],
    en: ['loan', 'loan payment', 'loan repayment', 'mortgage', 'personal loan', 'line of credit'],
  },
];
