/** The marketing-cost axis (see model.ts for the weights and why). */
import type { PriorityModel } from './model';
import type { PrioritiseInput, Reason, Score } from './input';

const DAY = 86_400_000;

const CHANNEL_WORDS = {
  visit: { zh: '需上门拜访', en: 'needs a visit' },
  meet_now: { zh: '当场面谈', en: 'meeting now' },
  phone: { zh: '电话跟进', en: 'phone follow-up' },
  wechat: { zh: '微信跟进', en: 'WeChat follow-up' },
  client_will_call: { zh: '客户会主动联系', en: 'the client will call' },
} as const;

export function channelOf(r: PrioritiseInput): keyof typeof CHANNEL_WORDS {
  return r.followUp?.channel ?? (r.handoff === 'refer_now' ? 'meet_now' : 'phone');
}

export function assessCost(r: PrioritiseInput, now: Date, model: PriorityModel): Score {
  const reasons: Reason[] = [];
  const channel = channelOf(r);
  let score = model.channelCost[channel];
  reasons.push({ code: `channel_${channel}`, ...CHANNEL_WORDS[channel] });

  if (!r.consent && channel !== 'meet_now' && channel !== 'client_will_call') {
    score += model.noConsentCost;
    reasons.push({
      code: 'no_consent',
      zh: '客户未同意联系：需等待新的接触机会',
      en: 'no consent to call: wait for the next visit',
    });
  }

  const ageDays = (now.getTime() - Date.parse(r.createdAt)) / DAY;
  const cooling = r.status === 'new' ? model.coolingSteps.find((s) => ageDays > s.days) : undefined;
  if (cooling) {
    score += cooling.cost;
    reasons.push({
      code: 'cooling',
      zh: `推介已超过 ${cooling.days} 天未联系`,
      en: `not contacted for over ${cooling.days} days`,
    });
  }

  const opens = r.followUp?.windowStart ? Date.parse(r.followUp.windowStart) : undefined;
  if (opens !== undefined && (opens - now.getTime()) / DAY > model.farWindowDays) {
    score += model.farWindowCost;
    reasons.push({
      code: 'far_window',
      zh: `约定时间在 ${model.farWindowDays} 天以后`,
      en: `follow-up window opens in over ${model.farWindowDays} days`,
    });
  }

  const relief = model.progressRelief[r.status] ?? 0;
  if (relief > 0) {
    score -= relief;
    reasons.push(
      r.status === 'met'
        ? { code: 'progress_met', zh: '已面谈，关系已建立', en: 'already met' }
        : { code: 'progress_contacted', zh: '已联系上客户', en: 'already in contact' },
    );
  }
  return { score: Math.max(0, Math.min(100, score)), reasons };
}
