import { browser } from 'wxt/browser';
import type { MessageKey } from '@/lib/i18n/messages';
import { useT } from '../i18n';
import type { SupervisorSession } from './useSupervisorSession';
import { OfflineExport } from './OfflineExport';
import { Details } from '../Details';
import { errorDetail } from '@/lib/sync/error-words';

/** What the page says when it cannot show the branch's log: why, and what to do next. */
export function SessionNotice({
  session,
  onRetry,
}: {
  session: Exclude<SupervisorSession, { state: 'ready' }>;
  onRetry: () => void;
}) {
  const { t } = useT();
  if (session.state === 'loading')
    return (
      <div className="sv-center">
        <p className="card muted">{t('svConnecting')}</p>
      </div>
    );
  const openOptions = () => void browser.runtime.openOptionsPage();
  let title: MessageKey;
  let body: string;
  switch (session.state) {
    case 'no-server':
      title = 'svNoServerTitle';
      body = t('svNoServerBody');
      break;
    case 'unreachable':
      title = 'svUnreachableTitle';
      body = t('svUnreachableBody');
      break;
    case 'bad-token':
      title = 'svBadTokenTitle';
      body = t('svBadTokenBody');
      break;
    case 'not-supervisor':
      title = 'svNotSupervisorTitle';
      body = t('svNotSupervisorBody', t(`svTokenRole_${session.me.role}`), session.me.staffId);
      break;
  }
  const offline = session.state === 'no-server' || session.state === 'unreachable';
  return (
    <div className="sv-center">
      <section
        className="card sv-notice"
        role="alert"
        data-testid="sv-notice"
        data-state={session.state}
      >
        <h2>{t(title)}</h2>
        <p>{body}</p>
        {session.state === 'bad-token' && <Details text={errorDetail(session.error)} />}
        <div className="actions">
          <button type="button" className="primary" onClick={openOptions}>
            {t('svOpenOptions')}
          </button>
          {session.state !== 'no-server' && (
            <button type="button" onClick={onRetry}>
              {t('svRetry')}
            </button>
          )}
        </div>
      </section>
      {offline && <OfflineExport />}
    </div>
  );
}
