import type { RefObject } from 'react';
import type { RosterEntry } from '@/lib/contracts/roster';
import { STATUS_LABELS } from '@/lib/handoffs/status';
import type { MessageKey } from '@/lib/i18n/messages';
import { REFERRAL_STATUSES } from '@/lib/contracts/referral';
import { TIERS } from '@/lib/signals/kinds';
import { TIER_LABELS } from '@/lib/export/labels';
import { useT } from '../i18n';
import { EMPTY_FILTERS, type LogFilterForm } from '../../lib/supervisor/log-query';
import { ChoiceChips } from './ChoiceChips';
import { SignalPicker } from './SignalPicker';

const PROBLEM: Partial<Record<keyof LogFilterForm, MessageKey>> = {
  from: 'svBadDates',
  to: 'svBadDates',
  referrer: 'svBadStaffId',
  q: 'svBadSearch',
};

/** Date range, people, status, signal, tier and search: the filters of the log, charts and export. */
export function LogFilters({
  form,
  onChange,
  invalid,
  roster,
  searchRef,
}: {
  form: LogFilterForm;
  onChange: (next: LogFilterForm) => void;
  invalid: readonly (keyof LogFilterForm)[];
  roster: readonly RosterEntry[];
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const { t, lang } = useT();
  const l = lang === 'zh_CN' ? 'zh' : 'en';
  const set = <K extends keyof LogFilterForm>(key: K, value: LogFilterForm[K]) =>
    onChange({ ...form, [key]: value });
  const bad = (key: keyof LogFilterForm) => invalid.includes(key) || undefined;
  const problems = [...new Set(invalid.map((f) => PROBLEM[f] ?? 'svBadFilter'))];
  return (
    <form className="card sv-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="sv-filter-row">
        <label className="field sv-search">
          <span className="sv-label">
            {t('svSearch')} <kbd>/</kbd>
          </span>
          <input
            ref={searchRef}
            type="search"
            value={form.q}
            placeholder={t('svSearchPlaceholder')}
            aria-invalid={bad('q')}
            onChange={(e) => set('q', e.target.value)}
            data-testid="filter-q"
          />
        </label>
        <label className="field">
          <span className="sv-label">{t('svFrom')}</span>
          <input
            type="date"
            value={form.from}
            aria-invalid={bad('from')}
            onChange={(e) => set('from', e.target.value)}
            data-testid="filter-from"
          />
        </label>
        <label className="field">
          <span className="sv-label">{t('svTo')}</span>
          <input
            type="date"
            value={form.to}
            aria-invalid={bad('to')}
            onChange={(e) => set('to', e.target.value)}
            data-testid="filter-to"
          />
        </label>
        <label className="field">
          <span className="sv-label">{t('svFilterReferrer')}</span>
          <input
            value={form.referrer}
            size={8}
            placeholder={t('svStaffIdPlaceholder')}
            aria-invalid={bad('referrer')}
            onChange={(e) => set('referrer', e.target.value)}
            data-testid="filter-referrer"
          />
        </label>
        <label className="field">
          <span className="sv-label">{t('svFilterManager')}</span>
          <select
            value={form.manager}
            onChange={(e) => set('manager', e.target.value)}
            data-testid="filter-manager"
          >
            <option value="">{t('svAll')}</option>
            {roster.map((m) => (
              <option key={m.staffId} value={m.staffId}>
                {m.staffId} {m.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="link" onClick={() => onChange(EMPTY_FILTERS)}>
          {t('svClearFilters')}
        </button>
      </div>
      <div className="sv-filter-row">
        <ChoiceChips
          label={t('svFilterStatus')}
          options={REFERRAL_STATUSES.map((s) => ({ value: s, text: STATUS_LABELS[s][l] }))}
          chosen={form.status}
          onChange={(v) => set('status', v)}
          testId="filter-status"
        />
        <ChoiceChips
          label={t('svFilterTier')}
          options={TIERS.map((tier) => ({ value: tier, text: tier, title: TIER_LABELS[tier][l] }))}
          chosen={form.tier}
          onChange={(v) => set('tier', v)}
          testId="filter-tier"
        />
        <SignalPicker chosen={form.signal} onChange={(v) => set('signal', v)} />
      </div>
      {problems.length > 0 && (
        <p className="notice error" role="alert">
          {problems.map((k) => t(k)).join(' ')}
        </p>
      )}
    </form>
  );
}
