import { useState } from 'react';
import { Details } from '../Details';
import type { ExportFormat } from '@/lib/contracts/referral-log';
import { translate } from '@/lib/i18n/messages';
import { useSettings } from '../hooks/useSettings';
import { getDb } from '../hooks/useDb';
import { useT } from '../i18n';
import { useBranchZone } from './branch-zone';
import { DEFAULT_SORT } from '../../lib/supervisor/log-query';
import { downloadOfflineLog } from '../../lib/supervisor/offline-download';

/** Without the branch server: the device's own log as the tracking form (no contact details). */
export function OfflineExport() {
  const { t, lang } = useT();
  const settings = useSettings();
  const zone = useBranchZone();
  const [done, setDone] = useState<string>();
  const [detail, setDetail] = useState<string>();
  const run = async (format: ExportFormat) => {
    try {
      const rows = await downloadOfflineLog(getDb(), {
        filters: {},
        sort: DEFAULT_SORT,
        format,
        lang: lang === 'zh_CN' ? 'zh' : 'en',
        withContact: false,
        actor: settings.staffId,
        branchId: settings.branchId,
        suffix: translate(lang, 'svOfflineSuffix'),
        timeZone: zone.timeZone,
      });
      setDone(t('svOfflineDone', rows));
      setDetail(undefined);
    } catch (error) {
      setDone(t('words_exportFailed'));
      setDetail(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section className="card" aria-labelledby="sv-offline-title">
      <h2 id="sv-offline-title">{t('svOfflineTitle')}</h2>
      <p className="muted">{t('svOfflineHint')}</p>
      <div className="actions">
        <button type="button" onClick={() => void run('csv')} data-testid="offline-csv">
          {t('svOfflineCsv')}
        </button>
        <button type="button" onClick={() => void run('json')}>
          {t('svOfflineJson')}
        </button>
      </div>
      {done && (
        <p className="notice" role="status">
          {done}
          <Details text={detail} />
        </p>
      )}
    </section>
  );
}
