import { STATUS_LABELS } from '@/lib/handoffs';
import { clientWords } from '@/lib/queue/whom-words';
import type { OutcomeNotice } from '@/lib/settings/sync-config';
import { useT } from '../i18n';

const visitTime = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang === 'zh_CN' ? 'zh-CN' : 'en-GB', {
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });

/** "您推介的客户 王* · 卡尾 3445（12/02 09:15 来访，信号：…）：成功 · 基金定投" */
export function OutcomeNoticeText({ notice: n }: { notice: OutcomeNotice }) {
  const { t, lang } = useT();
  const label = STATUS_LABELS[n.to as keyof typeof STATUS_LABELS];
  const status = label ? label[lang === 'zh_CN' ? 'zh' : 'en'] : n.to;
  const result = `${status}${n.product ? ` · ${n.product}` : ''}`;
  if (!n.visitAt) return <>{t('noticeOutcome', result)}</>;
  return (
    <>
      {t(
        'queue_outcomeNotice',
        clientWords(n, t),
        visitTime(n.visitAt, lang),
        n.summary ?? '',
        result,
      )}
    </>
  );
}
