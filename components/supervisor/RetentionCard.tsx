import { useState } from 'react';
import { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS, isValidRetentionDays } from '@/lib/retention';
import { retentionDaysItem, retentionRunItem, runRetention } from '@/lib/retention-device';
import { useStorageItem } from '../hooks/useStorageItem';
import { getDb } from '../hooks/useDb';
import { useT } from '../i18n';

/** How long this device keeps notes and contact details, and what the last purge removed. */
export function RetentionCard() {
  const { t, lang } = useT();
  const days = useStorageItem(retentionDaysItem, DEFAULT_RETENTION_DAYS);
  const lastRun = useStorageItem(retentionRunItem, null);
  const [draft, setDraft] = useState<string>();
  const shown = draft ?? String(days);
  const valid = isValidRetentionDays(Number(shown));
  const save = () => {
    if (valid) void retentionDaysItem.setValue(Number(shown)).then(() => setDraft(undefined));
  };
  const result = lastRun?.result;
  return (
    <section className="card" aria-labelledby="sv-retention-title" data-testid="retention-card">
      <h2 id="sv-retention-title">{t('svRetentionTitle')}</h2>
      <p className="muted">{t('svRetentionHelp')}</p>
      <form className="row" onSubmit={(e) => (e.preventDefault(), save())}>
        <label className="field sv-inline">
          <span className="sv-label">{t('svRetentionDays')}</span>
          <input
            type="number"
            min={1}
            max={MAX_RETENTION_DAYS}
            value={shown}
            aria-invalid={!valid}
            onChange={(e) => setDraft(e.target.value)}
            data-testid="retention-days"
          />
        </label>
        <div className="actions">
          <button type="submit" disabled={!valid || draft === undefined}>
            {t('svRetentionSave')}
          </button>
          <button
            type="button"
            onClick={() => void runRetention(getDb())}
            data-testid="retention-run"
          >
            {t('svRetentionRunNow')}
          </button>
        </div>
      </form>
      <p role="status" data-testid="retention-last">
        {!lastRun
          ? t('svRetentionNever')
          : lastRun.error
            ? t('svRetentionFailed', lastRun.error)
            : t(
                'svRetentionLast',
                new Date(lastRun.at).toLocaleString(lang === 'zh_CN' ? 'zh-CN' : 'en-GB'),
                result?.referrals ?? 0,
                result?.notes ?? 0,
              )}
      </p>
    </section>
  );
}
