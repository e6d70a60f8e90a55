/**
 * The client manager's targeting model (分析服务目标的模型, ../shared/domain.md): two axes,
 * client potential and marketing cost, each scored 0–100 from what a referral records.
 *
 * Potential (current and future assets, level of business):
 *   tier            A 40 · B 30 · C 15 · D 5          (existing premium > potential > to develop)
 *   amount          the largest amount band seen: ≥ ¥5M 30 · ≥ ¥1M 25 · ≥ ¥500k 20 ·
 *                   ≥ ¥200k 12 · ≥ ¥50k 6             (the band's lower bound counts)
 *   signals         need and product signals, capped at 30 together: asked about wealth
 *                   management 10 · funds/insurance/bonds 8 · gold or VIP card 8 · forex/gold
 *                   trading 6 · deposit certificate 5 · safe-deposit box 4 · time deposit 4 ·
 *                   large cash, remittance, forex, loan 3 · teller's soft cues 2.
 *                   A large-deposit loss report scores 0: a retention risk, served, not sold to.
 *   high potential  ≥ 50
 *
 * Marketing cost (visit frequency, time per visit):
 *   channel         home/office visit 50 · meet now 30 (a sit-down meeting at once) · phone 15 ·
 *                   WeChat 10 · the client will call 5 (no effort until they do)
 *   no consent      +20 when the manager may not call (no consent) and the client neither meets
 *                   now nor said they would call: reaching them takes a new occasion
 *   distance in time  +15 when the referral is more than 14 days old and still new (the lead is
 *                   cooling), +25 past 30 days; +10 when the agreed window opens more than 7
 *                   days from now (a second touch will be needed)
 *   progress        −5 once contacted, −10 once met (the relationship is started)
 *   high cost       ≥ 40
 *
 * Quadrants: high potential + low cost = quick win (可以速赢, first) · high + high = cultivate
 * (应该努力培养) · low + low = low priority (优先考虑程度低) · low + high = let go (应该放弃, last).
 * Banks tune the weights by passing their own model; the defaults follow the domain brief.
 */
import type { FollowUp, ReferralStatus } from '../contracts/referral';
import type { SignalKind, Tier } from '../signals/kinds';

export interface PriorityModel {
  tierPoints: Readonly<Record<Tier, number>>;
  /** Highest first: the first step whose `atLeast` the largest band reaches. */
  amountSteps: readonly { atLeast: number; points: number }[];
  signalPoints: Readonly<Partial<Record<SignalKind, number>>>;
  signalCap: number;
  highPotentialAt: number;
  channelCost: Readonly<Record<FollowUp['channel'], number>>;
  noConsentCost: number;
  /** Highest first: a new referral older than `days` costs `cost` more. */
  coolingSteps: readonly { days: number; cost: number }[];
  farWindowDays: number;
  farWindowCost: number;
  progressRelief: Readonly<Partial<Record<ReferralStatus, number>>>;
  highCostAt: number;
}

export const DEFAULT_PRIORITY_MODEL: PriorityModel = {
  tierPoints: { A: 40, B: 30, C: 15, D: 5 },
  amountSteps: [
    { atLeast: 5_000_000, points: 30 },
    { atLeast: 1_000_000, points: 25 },
    { atLeast: 500_000, points: 20 },
    { atLeast: 200_000, points: 12 },
    { atLeast: 50_000, points: 6 },
  ],
  signalPoints: {
    wealth_enquiry: 10,
    investment: 8,
    premium_card: 8,
    gold_forex_trading: 6,
    deposit_certificate: 5,
    safe_deposit_box: 4,
    time_deposit: 4,
    large_cash: 3,
    remittance: 3,
    forex: 3,
    loan: 3,
    demand_deposit: 2,
    soft_appearance: 2,
    soft_residential_area: 2,
    large_deposit_loss: 0,
  },
  signalCap: 30,
  highPotentialAt: 50,
  channelCost: { visit: 50, meet_now: 30, phone: 15, wechat: 10, client_will_call: 5 },
  noConsentCost: 20,
  coolingSteps: [
    { days: 30, cost: 25 },
    { days: 14, cost: 15 },
  ],
  farWindowDays: 7,
  farWindowCost: 10,
  progressRelief: { contacted: 5, met: 10 },
  highCostAt: 40,
};
