import type { Settings } from '@/lib/settings/schema';
import { useT } from '../i18n';

/** The counter this device stands at, and whether the client manager's queue sounds a tone. */
export function CounterFields({
  draft,
  setDraft,
}: {
  draft: Settings;
  setDraft: (s: Settings) => void;
}) {
  const { t } = useT();
  return (
    <>
      <label>
        {t('queue_counterLabel')}
        <input
          value={draft.counterLabel}
          maxLength={16}
          placeholder={t('queue_counterPlaceholder')}
          aria-describedby="counter-label-help"
          onChange={(e) => setDraft({ ...draft, counterLabel: e.target.value })}
          data-testid="counter-label"
        />
      </label>
      <p id="counter-label-help" className="muted">
        {t('queue_counterHelp')}
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.queueSound}
          onChange={(e) => setDraft({ ...draft, queueSound: e.target.checked })}
          data-testid="queue-sound"
        />
        {t('queue_soundSetting')}
      </label>
    </>
  );
}
