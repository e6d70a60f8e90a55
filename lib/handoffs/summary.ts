/**
 * The referral's summary for the client manager: which signals, with amount bands only — no
 * figures, no identifiers. Always passes the referral schema's safe-text rule (no run of 5+
 * digits, ≤ 280 characters).
 */
import { hasLongDigitRun } from '../contracts/primitives';
import { formatBand } from '../format/band';
import { translate, type Lang, type MessageKey } from '../i18n/messages';
import type { LiveDetection, LiveSignal } from '../detect/live-detection';
import type { AmountBand, SignalKind } from '../signals/kinds';

export const SUMMARY_MAX = 280;

const TEXT = {
  zh_CN: {
    lead: '信号：',
    none: '柜员判断（无系统信号）',
    sep: '、',
    more: (n: number) => `等${n}项`,
  },
  en: {
    lead: 'Signals: ',
    none: "Teller's judgement (no detected signal)",
    sep: ', ',
    more: (n: number) => ` and ${n} more`,
  },
} as const;

const signalLabel = (kind: SignalKind, lang: Lang) =>
  translate(lang, `signal_${kind}` satisfies MessageKey);

/** One entry per kind, in first-seen order, keeping the highest band seen for it. */
export function signalsByKind(
  signals: readonly LiveSignal[],
): { kind: SignalKind; band?: AmountBand }[] {
  const out = new Map<SignalKind, AmountBand | undefined>();
  for (const s of signals) {
    const seen = out.get(s.kind);
    if (!out.has(s.kind) || (s.band && (!seen || s.band.min > seen.min)))
      out.set(s.kind, s.band ?? seen);
  }
  return [...out].map(([kind, band]) => (band ? { kind, band } : { kind }));
}

function describe(signal: { kind: SignalKind; band?: AmountBand }, lang: Lang): string {
  const label = signalLabel(signal.kind, lang);
  if (!signal.band) return label;
  const band = formatBand(signal.band, lang);
  // A band too wide to write without a long figure is left out rather than leaked.
  return hasLongDigitRun(band)
    ? label
    : lang === 'zh_CN'
      ? `${label}（${band}）`
      : `${label} (${band})`;
}

export function buildSummary(
  detection: Pick<LiveDetection, 'signals'>,
  lang: Lang = 'zh_CN',
): string {
  return summaryOf(signalsByKind(detection.signals), lang);
}

/**
 * A stored referral's summary in the reader's language. The stored text is in the language of the
 * teller who made it; when that is not the reader's, it is rebuilt from the referral's signals
 * (the summary is made from nothing else, lib/handoffs/create.ts).
 */
export function referralSummary(
  referral: {
    summary?: string;
    signals: readonly { kind: SignalKind; amountBand?: AmountBand }[];
  },
  lang: Lang,
): string {
  const stored = referral.summary;
  if (stored && HAN.test(stored) === (lang === 'zh_CN')) return stored;
  return summaryOf(
    referral.signals.map((s) =>
      s.amountBand ? { kind: s.kind, band: s.amountBand } : { kind: s.kind },
    ),
    lang,
  );
}

const HAN = /\p{Script=Han}/u;

function summaryOf(
  signals: readonly { kind: SignalKind; band?: AmountBand }[],
  lang: Lang,
): string {
  const t = TEXT[lang];
  const parts = signals.map((s) => describe(s, lang));
  if (parts.length === 0) return t.none;
  for (let shown = parts.length; shown > 0; shown -= 1) {
    const text =
      t.lead +
      parts.slice(0, shown).join(t.sep) +
      (shown < parts.length ? t.more(parts.length - shown) : '');
    if (text.length <= SUMMARY_MAX) return text;
  }
  return t.lead + t.more(parts.length).trim();
}
