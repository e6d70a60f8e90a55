/** Formats an amount band for the screen: a range, never the exact figure. */
import type { AmountBand } from '../signals/kinds';
import type { Lang } from '../i18n/messages';

function zhAmount(n: number): string {
  if (n >= 1e8) return `${trim(n / 1e8)}亿`;
  if (n >= 1e4) return `${trim(n / 1e4)}万`;
  return String(n);
}

function enAmount(n: number): string {
  if (n >= 1e9) return `${trim(n / 1e9)}B`;
  if (n >= 1e6) return `${trim(n / 1e6)}M`;
  if (n >= 1e3) return `${trim(n / 1e3)}k`;
  return String(n);
}

const trim = (x: number) => String(Math.round(x * 10) / 10);

export function formatBand(band: AmountBand, lang: Lang): string {
  const f = lang === 'zh_CN' ? zhAmount : enAmount;
  const unit = lang === 'zh_CN' ? '元' : '';
  const pre = lang === 'zh_CN' ? '' : '¥';
  if (band.max === null) return lang === 'zh_CN' ? `${f(band.min)}${unit}以上` : `${pre}${f(band.min)}+`;
  if (band.min <= 0) return lang === 'zh_CN' ? `${f(band.max)}${unit}以下` : `under ${pre}${f(band.max)}`;
  return `${pre}${f(band.min)}–${f(band.max)}${unit}`;
}
