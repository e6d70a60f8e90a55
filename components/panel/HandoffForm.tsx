import {
  CARD_CHANNELS,
  DECLINE_REASONS,
  FOLLOW_UP_WINDOWS,
  type HandoffFormState,
} from '@/lib/handoffs/form-input';
import { useT } from '../i18n';

type Set = (patch: Partial<HandoffFormState>) => void;

/** Consent, contact (only with consent), one optional line, and the follow-up for a handed card. */
export function HandoffForm({
  form,
  set,
  secondCredit,
  onSecondCredit,
  showSecondCredit,
}: {
  form: HandoffFormState;
  set: Set;
  secondCredit: string;
  onSecondCredit: (s: string) => void;
  showSecondCredit: boolean;
}) {
  const { t } = useT();
  return (
    <div className="handoff-form">
      <label className="check">
        <input
          type="checkbox"
          checked={form.consent}
          onChange={(e) => set({ consent: e.target.checked })}
          data-testid="consent"
        />
        {t('hoConsent')}
      </label>
      {form.consent && (
        <div className="row">
          <label className="field">
            {t('hoContactName')}
            <input
              value={form.contactName}
              maxLength={64}
              autoComplete="off"
              onChange={(e) => set({ contactName: e.target.value })}
              data-testid="contact-name"
            />
          </label>
          <label className="field">
            {t('hoContactPhone')}
            <input
              value={form.contactPhone}
              maxLength={20}
              inputMode="tel"
              autoComplete="off"
              onChange={(e) => set({ contactPhone: e.target.value })}
              data-testid="contact-phone"
            />
          </label>
        </div>
      )}
      <label className="field">
        {t('hoLine')}
        <input
          value={form.tellerLine}
          maxLength={280}
          autoComplete="off"
          onChange={(e) => set({ tellerLine: e.target.value })}
          data-testid="teller-line"
        />
      </label>
      <div className="row">
        <label className="field">
          {t('hoChannel')}
          <select
            value={form.channel}
            onChange={(e) => set({ channel: e.target.value as HandoffFormState['channel'] })}
            data-testid="channel"
          >
            {CARD_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`ch_${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('hoWindow')}
          <select
            value={form.window}
            onChange={(e) => set({ window: e.target.value as HandoffFormState['window'] })}
            data-testid="window"
          >
            {FOLLOW_UP_WINDOWS.map((w) => (
              <option key={w} value={w}>
                {t(`win_${w}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('hoDeclineReason')}
          <select
            value={form.declineReason ?? ''}
            onChange={(e) =>
              set({
                declineReason: (e.target.value || undefined) as HandoffFormState['declineReason'],
              })
            }
            data-testid="decline-reason"
          >
            <option value="">—</option>
            {DECLINE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`dr_${r}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {showSecondCredit && (
        <label className="field">
          {t('hoSecondCredit')}
          <input
            value={secondCredit}
            maxLength={32}
            pattern="[A-Za-z0-9_\-]*"
            onChange={(e) => onSecondCredit(e.target.value)}
            data-testid="second-credit"
          />
        </label>
      )}
    </div>
  );
}
