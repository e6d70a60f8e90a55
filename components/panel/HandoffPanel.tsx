import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LiveDetection } from '@/lib/detect/live-detection';
import type { Settings } from '@/lib/settings/schema';
import type { RosterEntry } from '@/lib/contracts/roster';
import { suggestManager } from '@/lib/routing/suggest';
import { buildSummary, undoSecondsLeft } from '@/lib/handoffs';
import {
  handCardInput,
  notNowInput,
  referNowInput,
  type HandoffFormState,
} from '@/lib/handoffs/form-input';
import { translate } from '@/lib/i18n/messages';
import { ManagerPicker } from './ManagerPicker';
import { HandoffForm } from './HandoffForm';
import { UndoNotice } from './UndoNotice';
import { useHandoff } from './useHandoff';
import { useT } from '../i18n';

/**
 * Refer now · hand the card · not now: each one click (Alt+R / Alt+C / Alt+N), undo for 10 s
 * (Alt+U). The manager and the three actions come first, the confirmation right under them;
 * `details` (why, the rest of the cue card) and then the optional fields follow below.
 */
export function HandoffPanel({
  detection,
  settings,
  roster,
  details,
  onSaved,
}: {
  detection: LiveDetection;
  settings: Settings;
  roster: RosterEntry[];
  details?: ReactNode;
  onSaved?: () => void;
}) {
  const { t } = useT();
  const ranked = useMemo(
    () => suggestManager(roster, detection.signals),
    [roster, detection.signals],
  );
  const [form, setForm] = useState<HandoffFormState>({
    managerStaffId: '',
    consent: false,
    contactName: '',
    contactPhone: '',
    tellerLine: '',
    channel: 'phone',
    window: '3days',
  });
  const [secondCredit, setSecondCredit] = useState('');
  const { result, submit, undo, replace, clear } = useHandoff(detection, settings, onSaved);
  const managerId = form.managerStaffId || ranked[0]?.manager.staffId || '';
  const filled = { ...form, managerStaffId: managerId };
  const managerName =
    ranked.find((s) => s.manager.staffId === managerId)?.manager.name ?? managerId;
  const set = (patch: Partial<HandoffFormState>) => setForm((f) => ({ ...f, ...patch }));
  const blocked = !settings.staffId ? t('hoNoStaffId') : undefined;
  // A terminal that shows no number never blocks a handoff: say what is lost instead.
  const linkNotice = !detection.clientRef
    ? t('hoNoClientRef')
    : detection.clientLink === 'weak'
      ? t('hoWeakLink')
      : undefined;
  const isLobby = settings.role === 'lobby_manager';
  const decline = () =>
    submit(
      notNowInput(filled, form.declineReason && translate('zh_CN', `dr_${form.declineReason}`)),
      managerName,
      secondCredit,
    );
  const referNow = () => void submit(referNowInput(filled), managerName, secondCredit);
  const handCard = () => void submit(handCardInput(filled, new Date()), managerName, secondCredit);
  const notNow = () => void decline();
  const undoLast = () => {
    if (result?.kind === 'saved' && undoSecondsLeft(result.record.referral, new Date()) > 0)
      void undo(result.record.referral.id);
  };
  const keys = useRef<Record<string, () => void>>({});
  useEffect(() => {
    keys.current = blocked ? {} : { KeyR: referNow, KeyC: handCard, KeyN: notNow, KeyU: undoLast };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = e.altKey && !e.ctrlKey && !e.metaKey ? keys.current[e.code] : undefined;
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <section className="card handoff" aria-labelledby="handoff-title" data-testid="handoff">
        <div className="handoff-head">
          <h2 id="handoff-title">{t('hoTitle')}</h2>
          <ManagerPicker
            ranked={ranked}
            value={managerId}
            onChange={(id) => set({ managerStaffId: id })}
          />
        </div>
        {blocked && (
          <p className="notice error" role="alert">
            {blocked}
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            className="primary"
            aria-keyshortcuts="Alt+R"
            disabled={!!blocked}
            onClick={referNow}
          >
            {isLobby ? t('hoGuideNow') : t('hoReferNow')} <kbd>Alt+R</kbd>
          </button>
          <button type="button" aria-keyshortcuts="Alt+C" disabled={!!blocked} onClick={handCard}>
            {t('hoHandCard')} <kbd>Alt+C</kbd>
          </button>
          <button type="button" aria-keyshortcuts="Alt+N" disabled={!!blocked} onClick={notNow}>
            {t('hoNotNow')} <kbd>Alt+N</kbd>
          </button>
        </div>
        <UndoNotice
          result={result}
          roster={roster}
          onUndo={(id) => void undo(id)}
          onReplace={() => {
            if (result?.kind === 'duplicate') void replace(result);
          }}
          onKeep={clear}
        />
      </section>
      {details}
      <section
        className="card handoff-more"
        aria-labelledby="handoff-more-title"
        data-testid="handoff-more"
      >
        <h2 id="handoff-more-title">{t('panel_handoffMore')}</h2>
        <HandoffForm
          form={form}
          set={set}
          secondCredit={secondCredit}
          onSecondCredit={setSecondCredit}
          showSecondCredit={!isLobby}
        />
        <p className="summary">
          <span className="muted">{t('hoSummary')}：</span>
          <span data-testid="summary">{buildSummary(detection, 'zh_CN')}</span>
        </p>
        {linkNotice && (
          <p className="notice" data-testid="client-link-notice">
            {linkNotice}
          </p>
        )}
      </section>
    </>
  );
}
