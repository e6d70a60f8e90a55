import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { MessageKey } from '@/lib/i18n/messages';
import { configuredOrigins, isUnpinnedBuild } from '@/lib/origins/configured';
import { checkOrigins } from '@/lib/origins/pattern-policy';
import { demoProfile } from '@/lib/profile/builtin/demo';
import { customProfileItem } from '@/lib/settings/profile-item';
import { useT } from '../../i18n';
import { useManagedPolicy } from '../../hooks/useManagedPolicy';
import { useStorageItem } from '../../hooks/useStorageItem';
import './managed.css';

const unpinned = () =>
  isUnpinnedBuild(browser.runtime.getManifest() as { optional_host_permissions?: string[] });

/** Whether each origin (space-separated in `key`) is granted; follows grants and revocations. */
function useGranted(key: string): [Record<string, boolean>, () => void] {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (!unpinned()) return;
    let alive = true;
    const check = () =>
      void Promise.all(
        key
          .split(' ')
          .filter(Boolean)
          .map(async (o) => [o, await browser.permissions.contains({ origins: [o] })] as const),
      ).then((pairs) => alive && setGranted(Object.fromEntries(pairs)));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      alive = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [key, asked]);
  return [granted, () => setAsked((n) => n + 1)];
}

/**
 * In a build without pinned terminal origins: each configured terminal origin (policy, then the
 * profile) with whether the browser lets the extension read it, and a button that asks for exactly
 * that origin (the browser shows its prompt; it needs the click, so nothing is awaited before it).
 */
export function TerminalAccess() {
  const { t } = useT();
  const { config } = useManagedPolicy();
  const profile = useStorageItem(customProfileItem, null) ?? demoProfile;
  const check = checkOrigins(configuredOrigins(config, profile));
  const key = check.allowed.join(' ');
  const [granted, refresh] = useGranted(key);
  const [denied, setDenied] = useState<string>();

  if (!unpinned()) return null;
  const ask = (origin: string) => {
    setDenied(undefined);
    void browser.permissions.request({ origins: [origin] }).then(
      (ok) => (ok ? refresh() : setDenied(origin)),
      () => setDenied(origin),
    );
  };
  return (
    <section className="card" aria-labelledby="origins-title" data-testid="terminal-access">
      <h2 id="origins-title">{t('managed_originsTitle')}</h2>
      <p>{check.allowed.length > 0 ? t('managed_originsIntro') : t('managed_originsNone')}</p>
      <ul className="origin-list">
        {check.allowed.map((origin) => (
          <li key={origin} data-testid="terminal-origin" data-granted={String(!!granted[origin])}>
            <code>{origin}</code>
            <span>
              {granted[origin] ? `✓ ${t('managed_originGranted')}` : t('managed_originNotGranted')}
            </span>
            {!granted[origin] && (
              <button
                type="button"
                onClick={() => ask(origin)}
                aria-label={`${t('managed_originAllow')} ${origin}`}
              >
                {t('managed_originAllow')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {denied && <p role="alert">{t('managed_originDenied')}</p>}
      {check.rejected.map(({ pattern, problem }) => (
        <p role="alert" key={pattern} data-testid="terminal-origin-refused">
          {t('managed_originRefused', pattern)} —{' '}
          {t(`managed_originProblem_${problem}` as MessageKey)}
        </p>
      ))}
    </section>
  );
}
