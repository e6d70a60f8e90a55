import type { MessageKey } from '@/lib/i18n/messages';
import { MANAGED_KEYS } from '@/lib/settings/managed-schema';
import { profileSourceOf } from '@/lib/settings/managed-profile';
import { useT } from '../../i18n';
import { useManagedPolicy } from '../../hooks/useManagedPolicy';
import './managed.css';

/**
 * What the administrator's policy sets on this PC, and — for IT — each policy value that was
 * ignored because it is invalid (a bad value is never applied half-way). Nothing when unmanaged.
 */
export function ManagedPolicy() {
  const { t } = useT();
  const { config, warnings } = useManagedPolicy();
  const keys = MANAGED_KEYS.filter((k) => config[k] !== undefined && k !== 'deviceToken');
  if (keys.length === 0 && warnings.length === 0 && config.deviceToken === undefined) return null;
  const source = profileSourceOf(config);
  return (
    <section className="card" aria-labelledby="managed-title" data-testid="managed-policy">
      <h2 id="managed-title">
        <span aria-hidden="true">🔒 </span>
        {t('managed_policyTitle')}
      </h2>
      {keys.length > 0 && (
        <p data-testid="managed-keys">{t('managed_policyInForce', keys.join(', '))}</p>
      )}
      {source !== 'local' && (
        <p data-testid="managed-profile">
          {t('managed_profileLocked', t(`managed_profileSource_${source}` as MessageKey))}
        </p>
      )}
      {warnings.map((w) => (
        <div role="alert" key={w.key} data-testid="managed-warning">
          <p>
            {t(w.problem === 'invalid' ? 'managed_policyWarning' : 'managed_policyUnknown', w.key)}
          </p>
          <p className="muted">{t('managed_details', w.detail)}</p>
        </div>
      ))}
    </section>
  );
}
