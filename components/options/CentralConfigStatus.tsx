import { useEffect, useState } from 'react';
import { centralConfigItem } from '@/lib/central-config/items';
import { readProfileSource, watchProfileSource } from '@/lib/central-config/profile-source';
import { EMPTY_CENTRAL_CONFIG, type ProfileSource } from '@/lib/central-config/state';
import { useStorageItem } from '../hooks/useStorageItem';
import { useT } from '../i18n';

/** Which central profile / tiering version is in force here, and why a newer one was not taken. */
export function CentralConfigStatus() {
  const { t, lang } = useT();
  const state = useStorageItem(centralConfigItem, EMPTY_CENTRAL_CONFIG);
  const [source, setSource] = useState<ProfileSource>('inline');
  useEffect(() => {
    void readProfileSource().then(setSource);
    return watchProfileSource(setSource);
  }, []);
  const time = (ms: number) =>
    new Date(ms).toLocaleString(lang === 'zh_CN' ? 'zh-CN' : 'en', { hour12: false });
  return (
    <section className="card" aria-labelledby="central-config-title" data-testid="central-config">
      <h2 id="central-config-title">{t('fleetConfigTitle')}</h2>
      <p>
        {t('fleetConfigSource', t(source === 'server' ? 'fleetSourceServer' : 'fleetSourceInline'))}
      </p>
      {source === 'server' && (
        <ul>
          <li data-testid="central-profile-version">
            {state.profile
              ? t('fleetConfigProfile', state.profile.label, state.profile.version)
              : t('fleetConfigNone')}
          </li>
          {state.tiering && <li>{t('fleetConfigTiering', state.tiering.version)}</li>}
        </ul>
      )}
      {state.lastCheckAt !== undefined && (
        <p className="muted">{t('fleetConfigChecked', time(state.lastCheckAt))}</p>
      )}
      {state.warnings.map((w) => (
        <div key={w.kind} className="notice error" role="status">
          <p>
            {w.reason === 'invalid' ? t('fleetWarnInvalid', w.version ?? '?') : t('fleetWarnFetch')}
          </p>
          <details>
            <summary>{t('fleetDetails')}</summary>
            <ul>
              {w.details.map((line) => (
                <li key={line}>
                  <code>{line}</code>
                </li>
              ))}
            </ul>
          </details>
        </div>
      ))}
    </section>
  );
}
