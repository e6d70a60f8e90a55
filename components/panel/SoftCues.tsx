import { useT } from '../i18n';
import { SOFT_CUES, type SoftCue } from '@/lib/signals/kinds';

/** What the teller saw that the terminal cannot show: ticked discreetly, one key each (1–4). */
export function SoftCues({
  value,
  onChange,
}: {
  value: SoftCue[];
  onChange: (next: SoftCue[]) => void;
}) {
  const { t } = useT();
  const toggle = (cue: SoftCue) =>
    onChange(value.includes(cue) ? value.filter((c) => c !== cue) : [...value, cue]);
  return (
    <fieldset className="card soft-cues" data-testid="soft-cues">
      <legend>{t('panelSoftCues')}</legend>
      {SOFT_CUES.map((cue, i) => (
        <label key={cue} className="chip">
          <input
            type="checkbox"
            checked={value.includes(cue)}
            onChange={() => toggle(cue)}
            accessKey={String(i + 1)}
          />
          {t(`signal_${cue}`)}
        </label>
      ))}
    </fieldset>
  );
}
