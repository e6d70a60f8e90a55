import { sendFromPage } from '@/lib/messaging/send';
import { useStorageItem } from '../hooks/useStorageItem';
import { noticesItem, syncStatusItem } from '@/lib/settings/sync-config';
import { errorDetail, syncErrorWords } from '@/lib/sync/error-words';
import { Details } from '../Details';
import { useT } from '../i18n';
import { OutcomeNoticeText } from './OutcomeNoticeText';

const time = (ms: number, lang: string) =>
  new Date(ms).toLocaleTimeString(lang === 'zh_CN' ? 'zh-CN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });

/** Sync state in a line (pending, last success, last error in words) and outcome notices. */
export function SyncBar() {
  const { t, lang } = useT();
  const status = useStorageItem(syncStatusItem, { configured: false, pending: 0, parked: 0 });
  const notices = useStorageItem(noticesItem, []);
  return (
    <>
      {notices.map((n) => (
        <p
          key={`${n.referralId}-${n.to}`}
          className="notice ok"
          role="status"
          data-testid="outcome-notice"
        >
          <OutcomeNoticeText notice={n} />{' '}
          <button
            type="button"
            className="link"
            onClick={() => void noticesItem.setValue(notices.filter((x) => x !== n))}
          >
            {t('noticeDismiss')}
          </button>
        </p>
      ))}
      <footer className="sync-bar muted" data-testid="sync-bar">
        {!status.configured ? (
          t('syncNotConfigured')
        ) : (
          <>
            <span data-testid="sync-pending">{t('syncPending', status.pending)}</span>
            {status.parked > 0 && (
              <span className="pending"> · {t('syncParked', status.parked)}</span>
            )}
            {' · '}
            {status.lastSuccessAt
              ? t('syncLast', time(status.lastSuccessAt, lang))
              : t('syncNever')}
            {status.lastError && (
              <span className="pending">
                {' · '}
                {t('syncError', syncErrorWords(t, status.lastErrorCode))}
                <Details
                  text={errorDetail({ code: status.lastErrorCode, detail: status.lastError })}
                />
              </span>
            )}
          </>
        )}
        <button
          type="button"
          className="link"
          onClick={() => void sendFromPage({ type: 'panel:sync-now' })}
          data-testid="sync-now"
        >
          {t('syncNow')}
        </button>
      </footer>
    </>
  );
}
