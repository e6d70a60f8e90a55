/** Words for the coded fields of the tracking form, zh-CN and English (the export's two languages). */
import type { ExportLang } from '../contracts/referral-log';
import { formatBand } from '../format/band';
import { STATUS_LABELS } from '../handoffs/status';
import type { FollowUp, Handoff, ReferralSignal, ReferralStatus } from '../contracts/referral';
import type { StaffRole } from '../roles';
import { SIGNAL_LABELS } from '../signals/labels';
import type { AmountBand, Tier } from '../signals/kinds';

type Labels<K extends string> = Readonly<Record<K, { zh: string; en: string }>>;

export const HANDOFF_LABELS: Labels<Handoff> = {
  refer_now: { zh: '当场引见', en: 'Introduced now' },
  card_handed: { zh: '递送名片', en: 'Card handed' },
  declined: { zh: '客户暂不需要', en: 'Not now' },
};

export const CHANNEL_LABELS: Labels<FollowUp['channel']> = {
  meet_now: { zh: '当场面谈', en: 'Meet now' },
  phone: { zh: '电话', en: 'Phone' },
  wechat: { zh: '微信', en: 'WeChat' },
  visit: { zh: '上门拜访', en: 'Visit' },
  client_will_call: { zh: '客户自行联系', en: 'Client will call' },
};

export const ROLE_LABELS: Labels<StaffRole> = {
  cash_teller: { zh: '现金柜员', en: 'Cash teller' },
  non_cash_teller: { zh: '非现金柜员', en: 'Non-cash teller' },
  lobby_manager: { zh: '大堂经理', en: 'Lobby manager' },
  client_manager: { zh: '客户经理', en: 'Client manager' },
  supervisor: { zh: '主管', en: 'Supervisor' },
};

export const TIER_LABELS: Labels<Tier> = {
  A: { zh: 'A 现有优质客户', en: 'A existing premium' },
  B: { zh: 'B 潜质优质客户', en: 'B potential premium' },
  C: { zh: 'C 争取发展客户', en: 'C to develop' },
  D: { zh: 'D 普通个人客户', en: 'D ordinary' },
};

export const statusLabel = (status: ReferralStatus, lang: ExportLang) =>
  STATUS_LABELS[status][lang];

export function bandLabel(band: AmountBand, lang: ExportLang): string {
  return formatBand(band, lang === 'zh' ? 'zh_CN' : 'en');
}

/** 定期存款（50万–100万元）、咨询理财或高端服务 */
export function signalsLabel(signals: readonly ReferralSignal[], lang: ExportLang): string {
  return signals
    .map((s) => {
      const name = SIGNAL_LABELS[s.kind][lang];
      if (!s.amountBand) return name;
      const band = bandLabel(s.amountBand, lang);
      return lang === 'zh' ? `${name}（${band}）` : `${name} (${band})`;
    })
    .join(lang === 'zh' ? '、' : '; ');
}
