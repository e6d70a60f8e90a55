/** Puts one referral in its quadrant, with the reasons in zh-CN and English. */
import type { Quadrant } from '../contracts/queue-api';
import { assessCost } from './cost';
import type { PrioritiseInput, Reason } from './input';
import { DEFAULT_PRIORITY_MODEL, type PriorityModel } from './model';
import { assessPotential } from './potential';

export interface Placement {
  quadrant: Quadrant;
  potential: number;
  cost: number;
  highPotential: boolean;
  highCost: boolean;
  reasons: Reason[];
}

export const QUADRANT_HEADLINES: Readonly<Record<Quadrant, Reason>> = {
  quick_win: {
    code: 'quick_win',
    zh: '速赢：潜力高、营销成本低',
    en: 'Quick win: high potential, low marketing cost',
  },
  cultivate: {
    code: 'cultivate',
    zh: '重点培养：潜力高、营销成本高',
    en: 'Cultivate: high potential, high marketing cost',
  },
  low_priority: {
    code: 'low_priority',
    zh: '低优先：潜力一般、营销成本低',
    en: 'Low priority: modest potential, low cost',
  },
  let_go: {
    code: 'let_go',
    zh: '可放弃：潜力一般、营销成本高',
    en: 'Let go: modest potential, high cost',
  },
};

export const QUADRANT_ORDER: readonly Quadrant[] = [
  'quick_win',
  'cultivate',
  'low_priority',
  'let_go',
];

export function quadrantOf(highPotential: boolean, highCost: boolean): Quadrant {
  if (highPotential) return highCost ? 'cultivate' : 'quick_win';
  return highCost ? 'let_go' : 'low_priority';
}

export function place(
  r: PrioritiseInput,
  now: Date,
  model: PriorityModel = DEFAULT_PRIORITY_MODEL,
): Placement {
  const potential = assessPotential(r, model);
  const cost = assessCost(r, now, model);
  const highPotential = potential.score >= model.highPotentialAt;
  const highCost = cost.score >= model.highCostAt;
  const quadrant = quadrantOf(highPotential, highCost);
  return {
    quadrant,
    potential: potential.score,
    cost: cost.score,
    highPotential,
    highCost,
    reasons: [QUADRANT_HEADLINES[quadrant], ...potential.reasons, ...cost.reasons],
  };
}
