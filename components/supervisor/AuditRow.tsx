import type { AuditEntryView } from '@/lib/contracts/audit-api';
import { useT } from '../i18n';
import { AUDIT_ACTION_WORDS, detailText } from '../../lib/supervisor/audit-words';

/** One audit entry: when, who, what, and every detail the server recorded. */
export function AuditRow({ entry }: { entry: AuditEntryView }) {
  const { t, lang } = useT();
  const words = AUDIT_ACTION_WORDS[entry.action];
  const at = new Date(entry.at).toLocaleString(lang === 'zh_CN' ? 'zh-CN' : 'en-GB');
  const details = detailText(entry.details);
  return (
    <tr data-testid="audit-row" data-action={entry.action}>
      <td className="nowrap">{at}</td>
      <td className="nowrap">{entry.actor}</td>
      <td>
        {words ? t(words) : entry.action}
        {words && <span className="en">{entry.action}</span>}
      </td>
      <td className="sv-details" title={details}>
        {details}
      </td>
    </tr>
  );
}
