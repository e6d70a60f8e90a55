/**
 * Which client-manager specialties fit which premium-client signals. Roster specialties are free
 * lowercase words configured per bank (lib/contracts/roster.ts); these are the canonical ones.
 */
import type { SignalKind } from '../signals/kinds';

export const SPECIALTIES = [
  'wealth',
  'investment',
  'loans',
  'forex',
  'insurance',
  'deposits',
  'gold',
] as const;
export type Specialty = (typeof SPECIALTIES)[number];

export const SPECIALTY_LABELS: Readonly<Record<Specialty, { zh: string; en: string }>> = {
  wealth: { zh: '财富管理', en: 'wealth management' },
  investment: { zh: '投资', en: 'investment' },
  loans: { zh: '贷款', en: 'loans' },
  forex: { zh: '外汇', en: 'foreign exchange' },
  insurance: { zh: '保险', en: 'insurance' },
  deposits: { zh: '存款', en: 'deposits' },
  gold: { zh: '贵金属', en: 'precious metals' },
};

/** Specialties that can serve a signal, best fit first. */
export const SIGNAL_SPECIALTIES: Readonly<Record<SignalKind, readonly Specialty[]>> = {
  large_cash: ['deposits', 'wealth'],
  remittance: ['deposits', 'forex'],
  demand_deposit: ['deposits', 'wealth'],
  time_deposit: ['deposits', 'wealth'],
  forex: ['forex'],
  gold_forex_trading: ['forex', 'gold', 'investment'],
  deposit_certificate: ['deposits', 'forex'],
  loan: ['loans'],
  investment: ['investment', 'insurance', 'wealth'],
  safe_deposit_box: ['wealth'],
  premium_card: ['wealth'],
  wealth_enquiry: ['wealth', 'investment'],
  large_deposit_loss: ['deposits', 'wealth'],
  soft_appearance: ['wealth'],
  soft_residential_area: ['wealth'],
};

/** A specialty in words; one the bank made up itself is shown quoted, as the bank wrote it. */
export function specialtyLabel(specialty: string, lang: 'zh' | 'en'): string {
  const known = (SPECIALTY_LABELS as Readonly<Record<string, { zh: string; en: string }>>)[
    specialty
  ];
  if (known && Object.hasOwn(SPECIALTY_LABELS, specialty)) return known[lang];
  return lang === 'zh' ? `「${specialty}」` : `"${specialty}"`;
}
