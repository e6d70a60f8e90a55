import type { ManagerSuggestion } from '@/lib/routing/suggest';
import { useT } from '../i18n';

/**
 * The suggested client manager first, with why; the teller can pick anyone on the roster. A
 * manager whose book is full comes last and says so in words (客户已满), still selectable.
 */
export function ManagerPicker({
  ranked,
  value,
  onChange,
}: {
  ranked: ManagerSuggestion[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t, lang } = useT();
  const chosen = ranked.find((s) => s.manager.staffId === value);
  return (
    <label className="field manager-field">
      {t('hoManager')}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="manager">
        {ranked.map((s) => (
          <option key={s.manager.staffId} value={s.manager.staffId}>
            {s.manager.name}
            {s.rank === 1 ? ` · ${t('hoSuggested')}` : ''}
            {s.full ? ` · ${t('panel_managerFull')}` : ''}
          </option>
        ))}
      </select>
      {chosen && (
        <small className="muted" data-testid="manager-why">
          {chosen.reasons.map((r) => (lang === 'zh_CN' ? r.zh : r.en)).join(' · ')}
        </small>
      )}
    </label>
  );
}
