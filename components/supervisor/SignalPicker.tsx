import { SIGNAL_KINDS, type SignalKind } from '@/lib/signals/kinds';
import { SIGNAL_LABELS } from '@/lib/signals/labels';
import { useT } from '../i18n';

/** Signal kinds to filter by, in a drop-down list of checkboxes (none ticked = all). */
export function SignalPicker({
  chosen,
  onChange,
}: {
  chosen: readonly SignalKind[];
  onChange: (next: SignalKind[]) => void;
}) {
  const { t, lang } = useT();
  const word = (kind: SignalKind) => SIGNAL_LABELS[kind][lang === 'zh_CN' ? 'zh' : 'en'];
  const toggle = (kind: SignalKind) =>
    onChange(chosen.includes(kind) ? chosen.filter((k) => k !== kind) : [...chosen, kind]);
  const shown =
    chosen.length === 0
      ? t('svAll')
      : chosen.length === 1 && chosen[0]
        ? word(chosen[0])
        : t('svChosenCount', chosen.length);
  return (
    <details className="sv-picker" data-testid="filter-signal">
      <summary>
        <span className="sv-label">{t('svFilterSignal')}</span> {shown}
      </summary>
      <div className="sv-picker-list">
        {SIGNAL_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={chosen.includes(kind)} onChange={() => toggle(kind)} />
            {word(kind)}
          </label>
        ))}
      </div>
    </details>
  );
}
