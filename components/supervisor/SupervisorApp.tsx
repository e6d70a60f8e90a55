import { useEffect } from 'react';
import { LangContext, Bi } from '../i18n';
import { useSettings } from '../hooks/useSettings';
import { translate } from '@/lib/i18n/messages';
import { pageLang } from '@/lib/i18n/ui-language';
import { useSupervisorSession } from './useSupervisorSession';
import { SessionNotice } from './SessionNotice';
import { SupervisorWorkspace } from './SupervisorWorkspace';
import { BranchZoneContext, useResolvedBranchZone } from './branch-zone';
import { ZoneNote } from './ZoneNote';
import './supervisor.css';

/** The supervisor's page (supervisor.html): the branch's referral log, charts and audit. */
export function SupervisorApp() {
  const settings = useSettings();
  const { session, reload } = useSupervisorSession();
  const lang = pageLang(settings.lang);
  const zone = useResolvedBranchZone(
    session.state === 'ready' || session.state === 'not-supervisor'
      ? session.me.timeZone
      : undefined,
  );
  useEffect(() => {
    document.title = translate(lang, 'svPageTitle');
    document.documentElement.lang = lang === 'zh_CN' ? 'zh-CN' : 'en';
  }, [lang]);
  return (
    <LangContext.Provider value={lang}>
      <BranchZoneContext.Provider value={zone}>
        <div className="sv">
          <header className="sv-header">
            <h1>
              <Bi k="svTitle" />
            </h1>
            {session.state === 'ready' && (
              <span className="muted" data-testid="sv-identity">
                {translate(lang, 'svSignedInAs', session.me.staffId, session.me.branchId)}
                {' · '}
                <ZoneNote />
              </span>
            )}
          </header>
          {session.state === 'ready' ? (
            <SupervisorWorkspace config={session.config} me={session.me} />
          ) : (
            <SessionNotice session={session} onRetry={reload} />
          )}
        </div>
      </BranchZoneContext.Provider>
    </LangContext.Provider>
  );
}
