import { useState } from 'react';
import { sendFromPage } from '@/lib/messaging/send';
import { useT } from '../i18n';
import { useStorageItem } from '../hooks/useStorageItem';
import { syncConfigItem, type SyncConfig } from '@/lib/settings/sync-config';
import { errorDetail, errorWords } from '@/lib/sync/error-words';
import { Details } from '../Details';
import { serverApi } from '@/lib/sync/server-api';

/** Server URL and device token (kept in extension storage only), with "test connection". */
export function SyncSettings() {
  const { t } = useT();
  const stored = useStorageItem(syncConfigItem, null);
  const [result, setResult] = useState<Result>();
  return (
    <SyncForm key={stored?.url ?? ''} stored={stored} t={t} result={result} setResult={setResult} />
  );
}

type Result = { ok: boolean; text: string; detail?: string } | undefined;

/** Re-mounted when the stored URL changes; the test result lives above so it survives that. */
function SyncForm({
  stored,
  t,
  result,
  setResult,
}: {
  stored: SyncConfig | null;
  t: ReturnType<typeof useT>['t'];
  result: Result;
  setResult: (r: Result) => void;
}) {
  const [url, setUrl] = useState(stored?.url ?? 'http://127.0.0.1:8787');
  const [token, setToken] = useState(stored?.token ?? '');
  const draft = (): SyncConfig => ({ url: url.trim(), token: token.trim() });
  const test = async () => {
    const me = await serverApi(draft()).me();
    setResult(
      me.ok
        ? {
            ok: true,
            text: t('syncOk', me.data.staffId, t(`svTokenRole_${me.data.role}`), me.data.branchId),
          }
        : {
            ok: false,
            text: t('syncFail', errorWords(t, me.error)),
            detail: errorDetail(me.error),
          },
    );
  };
  const save = async () => {
    await syncConfigItem.setValue(url.trim() && token.trim() ? draft() : null);
    await test();
  };
  return (
    <section className="card" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('syncTitle')}</h2>
      <label className="block">
        {t('syncUrl')}
        <input
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          data-testid="sync-url"
        />
      </label>
      <label className="block">
        {t('syncToken')}
        <input
          type="password"
          value={token}
          autoComplete="off"
          onChange={(e) => setToken(e.target.value)}
          data-testid="sync-token"
        />
      </label>
      <button type="button" onClick={() => void test()}>
        {t('syncTest')}
      </button>
      <button type="button" onClick={() => void save()} data-testid="sync-save">
        {t('syncSaveConfig')}
      </button>
      <button type="button" onClick={() => void sendFromPage({ type: 'panel:sync-now' })}>
        {t('syncNow')}
      </button>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} data-testid="sync-result">
          {result.text}
          <Details text={result.detail} />
        </p>
      )}
    </section>
  );
}
