/** The potential axis (see model.ts for the weights and why). */
import { formatBand } from '../format/band';
import { SIGNAL_LABELS } from '../signals/labels';
import type { PriorityModel } from './model';
import type { PrioritiseInput, Reason, Score } from './input';

const TIER_WORDS = {
  A: { zh: 'A 现有优质客户', en: 'tier A, existing premium client' },
  B: { zh: 'B 潜质优质客户', en: 'tier B, potential premium client' },
  C: { zh: 'C 争取发展客户', en: 'tier C, client to develop' },
  D: { zh: 'D 普通个人客户', en: 'tier D, ordinary client' },
} as const;

export function assessPotential(r: PrioritiseInput, model: PriorityModel): Score {
  const reasons: Reason[] = [];
  const tierPoints = model.tierPoints[r.tier];
  reasons.push({ code: `tier_${r.tier}`, ...TIER_WORDS[r.tier] });

  const largest = r.signals.reduce<{ min: number; max: number | null } | undefined>(
    (best, s) => (s.amountBand && (!best || s.amountBand.min > best.min) ? s.amountBand : best),
    undefined,
  );
  const step = largest ? model.amountSteps.find((s) => largest.min >= s.atLeast) : undefined;
  if (largest && step) {
    reasons.push({
      code: 'amount',
      zh: `金额 ${formatBand(largest, 'zh_CN')}`,
      en: `amount ${formatBand(largest, 'en')}`,
    });
  }

  let signalPoints = 0;
  const kinds = [...new Set(r.signals.map((s) => s.kind))];
  for (const kind of kinds) {
    const points = model.signalPoints[kind] ?? 0;
    signalPoints += points;
    if (kind === 'large_deposit_loss') {
      reasons.push({
        code: 'retention_risk',
        zh: '大额存款挂失：以服务挽留为主',
        en: 'large-deposit loss report: serve and retain, do not sell',
      });
    } else if (points >= 5) {
      reasons.push({
        code: `signal_${kind}`,
        zh: SIGNAL_LABELS[kind].zh,
        en: SIGNAL_LABELS[kind].en,
      });
    }
  }
  const score = Math.min(
    100,
    tierPoints + (step?.points ?? 0) + Math.min(model.signalCap, signalPoints),
  );
  return { score, reasons };
}
