import { useEffect, useMemo, useRef, useState } from 'react';
import type { LiveDetection } from '@/lib/detect/live-detection';
import type { Settings } from '@/lib/settings/schema';
import type { RosterEntry } from '@/lib/contracts/roster';
import { suggestManager } from '@/lib/routing/suggest';
import { buildSummary } from '@/lib/handoffs';
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
import { VisitDuplicateNotice } from './VisitDuplicateNotice';
import { useHandoff } from './useHandoff';
import { useT } from '../i18n';

/** Refer now · hand the card · not now: each one click (Alt+R / Alt+C / Alt+N), undo for 10 s. */
export function HandoffPanel({
  detection,
  settings,
  roster,
  onSaved,
}: {
  detection: LiveDetection;
  settings: Settings;
  roster: RosterEntry[];
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
  const keys = useRef<Record<string, () => void>>({});
  useEffect(() => {
    keys.current = blocked ? {} : { KeyR: referNow, KeyC: handCard, KeyN: notNow };
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
    <section className="card handoff" aria-labelledby="handoff-title" data-testid="handoff">
      <h2 id="handoff-title">{t('hoTitle')}</h2>
      <ManagerPicker
        ranked={ranked}
        value={managerId}
        onChange={(id) => set({ managerStaffId: id })}
      />
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
      {blocked && (
        <p className="notice error" role="alert">
          {blocked}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          accessKey="r"
          disabled={!!blocked}
          onClick={referNow}
        >
          {isLobby ? t('hoGuideNow') : t('hoReferNow')} <kbd>Alt+R</kbd>
        </button>
        <button type="button" accessKey="c" disabled={!!blocked} onClick={handCard}>
          {t('hoHandCard')} <kbd>Alt+C</kbd>
        </button>
        <button type="button" disabled={!!blocked} onClick={notNow}>
          {t('hoNotNow')} <kbd>Alt+N</kbd>
        </button>
      </div>
      {result?.kind === 'duplicate' && (
        <VisitDuplicateNotice
          duplicate={result}
          roster={roster}
          onReplace={() => void replace(result)}
          onKeep={clear}
        />
      )}
      {result && <UndoNotice result={result} onUndo={(id) => void undo(id)} />}
    </section>
  );
}
