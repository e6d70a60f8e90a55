import { describe, expect, it } from 'vitest';
import { hasLongDigitRun } from '@/lib/contracts/primitives';
import { buildSummary } from '@/lib/handoffs';
import type { LiveSignal } from '@/lib/detect/live-detection';
import { SIGNAL_KINDS } from '@/lib/signals/kinds';
import { referralShape } from '@/lib/contracts/referral';

const summarySchema = referralShape.summary;

describe('buildSummary', () => {
  it.each<[string, LiveSignal[], 'zh_CN' | 'en', string]>([
    [
      'kind with band (zh)',
      [{ kind: 'time_deposit', band: { min: 500_000, max: 2_000_000 } }, { kind: 'forex' }],
      'zh_CN',
      '信号：定期存款（50万–200万元）、外汇',
    ],
    [
      'kind with band (en)',
      [{ kind: 'time_deposit', band: { min: 500_000, max: 2_000_000 } }],
      'en',
      'Signals: Time deposit (¥500k–2M)',
    ],
    [
      'open-ended band',
      [{ kind: 'large_cash', band: { min: 200_000, max: null } }],
      'zh_CN',
      '信号：大额现金（20万元以上）',
    ],
    [
      'same kind twice keeps the higher band once',
      [
        { kind: 'large_cash', band: { min: 50_000, max: 200_000 } },
        { kind: 'large_cash', band: { min: 200_000, max: null } },
      ],
      'zh_CN',
      '信号：大额现金（20万元以上）',
    ],
    ['no signal', [], 'zh_CN', '柜员判断（无系统信号）'],
    [
      'a band that would need a long figure is left out',
      [{ kind: 'large_cash', band: { min: 1e20, max: null } }],
      'zh_CN',
      '信号：大额现金',
    ],
  ])('%s', (_label, signals, lang, expected) => {
    expect(buildSummary({ signals }, lang)).toBe(expected);
  });

  it('every kind, with a band, in both languages, passes the referral summary rule', () => {
    const signals = SIGNAL_KINDS.map((kind, i) => ({
      kind,
      band: { min: 10_000 * (i + 1), max: i % 2 ? null : 10_000_000 * (i + 1) },
    }));
    for (const lang of ['zh_CN', 'en'] as const) {
      const summary = buildSummary({ signals }, lang);
      expect(summarySchema.safeParse(summary).success).toBe(true);
      expect(hasLongDigitRun(summary)).toBe(false);
      expect(summary.length).toBeLessThanOrEqual(280);
    }
  });

  it('shortens to "… and N more" rather than exceed 280 characters', () => {
    const signals = SIGNAL_KINDS.map((kind) => ({ kind, band: { min: 12_345, max: 987_654_321 } }));
    const summary = buildSummary({ signals }, 'en');
    expect(summary.length).toBeLessThanOrEqual(280);
    expect(summary).toMatch(/and \d+ more$/);
  });
});
