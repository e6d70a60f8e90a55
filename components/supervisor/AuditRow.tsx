import type { AuditEntryView } from '@/lib/contracts/audit-api';
import { useT } from '../i18n';
import { AUDIT_ACTION_WORDS, detailText } from '../../lib/supervisor/audit-words';
import { actorText, auditSentence } from '../../lib/supervisor/audit-sentence';
import { useBranchZone } from './branch-zone';

/**
 * One audit entry: when (branch zone), who (staff ID, role, name), what, and a sentence saying it;
 * the entry as the server wrote it only in a collapsed details line.
 */
export function AuditRow({
  entry,
  names,
}: {
  entry: AuditEntryView;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useT();
  const zone = useBranchZone();
  const ctx = { t, zone, names };
  const words = AUDIT_ACTION_WORDS[entry.action];
  return (
    <tr data-testid="audit-row" data-action={entry.action}>
      <td className="nowrap">{zone.localDateTime(Date.parse(entry.at))}</td>
      <td data-testid="audit-actor">{actorText(entry, ctx)}</td>
      <td>{words ? t(words) : t('supervisor_auditOther')}</td>
      <td data-testid="audit-sentence">
        {auditSentence(entry, ctx)}
        <details className="sv-raw">
          <summary>{t('svAuditDetails')}</summary>
          <code className="sv-details">{detailText(entry)}</code>
        </details>
      </td>
    </tr>
  );
}
