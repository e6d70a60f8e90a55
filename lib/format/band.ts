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

/** "20万–200万元" / "¥200k–2M": a band in short words for the panel and the log. */
export function formatBand(band: AmountBand, lang: Lang): string {
  const f = lang === 'zh_CN' ? zhAmount : enAmount;
  const unit = lang === 'zh_CN' ? '元' : '';
  const pre = lang === 'zh_CN' ? '' : '¥';
  if (band.max === null)
    return lang === 'zh_CN' ? `${f(band.min)}${unit}以上` : `${pre}${f(band.min)}+`;
  if (band.min <= 0)
    return lang === 'zh_CN' ? `${f(band.max)}${unit}以下` : `under ${pre}${f(band.max)}`;
  return `${pre}${f(band.min)}–${f(band.max)}${unit}`;
}

function yuan(value: number): string {
  return `¥${Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/**
 * "¥200,000–¥2,000,000", "≥ ¥2,000,000" or "< ¥50,000": a band in full yuan, for reasons and
 * masked field values (both languages); never the exact figure.
 */
export function formatBandYuan(band: AmountBand): string {
  if (band.max === null) return `≥ ${yuan(band.min)}`;
  if (band.min === 0) return `< ${yuan(band.max)}`;
  return `${yuan(band.min)}–${yuan(band.max)}`;
}

export function formatYuan(value: number): string {
  return yuan(value);
}
