import { useState } from 'react';
import type { MeResponse } from '@/lib/contracts/auth';
import type { ExportFormat } from '@/lib/contracts/referral-log';
import type { RosterEntry } from '@/lib/contracts/roster';
import type { SyncConfig } from '@/lib/settings/sync-config';
import { errorWords } from '@/lib/sync/error-words';
import { serverApi } from '@/lib/sync/server-api';
import { translate } from '@/lib/i18n/messages';
import { useT } from '../i18n';
import { Details } from '../Details';
import { useBranchZone } from './branch-zone';
import { getDb } from '../hooks/useDb';
import { ContactReasonDialog } from './ContactReasonDialog';
import { exportParams, type FilterCheck, type LogSortState } from '../../lib/supervisor/log-query';
import { downloadOfflineLog } from '../../lib/supervisor/offline-download';
import { saveFile } from '../../lib/supervisor/save-file';

type Busy =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string; detail?: string };

/** One click per file: the branch's log as CSV for Excel or JSON, or the device's own log offline. */
export function ExportBar({
  config,
  me,
  check,
  sort,
  roster,
}: {
  config: SyncConfig;
  me: MeResponse;
  check: FilterCheck;
  sort: LogSortState;
  roster: readonly RosterEntry[];
}) {
  const { t, lang } = useT();
  const zone = useBranchZone();
  const [reason, setReason] = useState<string>();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState<Busy>({ kind: 'idle' });
  const mayExportContact = me.role === 'supervisor';
  const exportLang = lang === 'zh_CN' ? 'zh' : 'en';
  const disabled = !check.ok || busy.kind === 'working';

  const fromServer = async (format: ExportFormat) => {
    if (!check.ok) return;
    setBusy({ kind: 'working' });
    const choice = {
      format,
      lang: exportLang,
      ...(reason ? { contactReason: reason } : {}),
    } as const;
    const res = await serverApi(config).exportLog(exportParams(check.params, sort, choice));
    if (!res.ok) return setBusy({ kind: 'error', text: errorWords(t, res.error) });
    saveFile(res.data.blob, res.data.fileName);
    setBusy({ kind: 'done', text: t('svDownloaded', res.data.fileName) });
  };
  const offline = async () => {
    if (!check.ok) return;
    setBusy({ kind: 'working' });
    try {
      const rows = await downloadOfflineLog(getDb(), {
        filters: check.filters,
        sort,
        format: 'csv',
        lang: exportLang,
        withContact: reason !== undefined,
        actor: me.staffId,
        branchId: me.branchId,
        suffix: translate(lang, 'svOfflineSuffix'),
        managerNames: new Map(roster.map((m) => [m.staffId, m.name])),
        timeZone: zone.timeZone,
      });
      setBusy({ kind: 'done', text: t('svOfflineDone', rows) });
    } catch (error) {
      setBusy({
        kind: 'error',
        text: t('words_exportFailed'),
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  };

  return (
    <div className="sv-export" role="group" aria-label={t('svExportGroup')}>
      <button
        type="button"
        className="primary"
        disabled={disabled}
        onClick={() => void fromServer('csv')}
        data-testid="export-csv"
      >
        {t('svExportCsv')}
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() => void fromServer('json')}
        data-testid="export-json"
      >
        {t('svExportJson')}
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() => void offline()}
        data-testid="export-offline"
        title={t('svOfflineHint')}
      >
        {t('svExportOffline')}
      </button>
      {mayExportContact && (
        <label className="check sv-contact" title={t('svContactExplain')}>
          <input
            type="checkbox"
            checked={reason !== undefined}
            onChange={(e) => (e.target.checked ? setAsking(true) : setReason(undefined))}
            data-testid="include-contact"
          />
          {reason ? t('svContactOn', reason) : t('svContactOff')}
        </label>
      )}
      {busy.kind !== 'idle' && (
        <span
          role="status"
          className={busy.kind === 'error' ? 'pending' : 'muted'}
          data-testid="export-status"
        >
          {busy.kind === 'working' ? t('svExporting') : busy.text}
          {busy.kind === 'error' && <Details text={busy.detail} />}
        </span>
      )}
      {asking && (
        <ContactReasonDialog
          onConfirm={(r) => (setReason(r), setAsking(false))}
          onCancel={() => setAsking(false)}
        />
      )}
    </div>
  );
}
