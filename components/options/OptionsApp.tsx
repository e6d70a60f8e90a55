import { useState } from 'react';
import { LangContext, useT } from '../i18n';
import { useMergedSettings } from '../hooks/useMergedSettings';
import { translate } from '@/lib/i18n/messages';
import { pageLang } from '@/lib/i18n/ui-language';
import { LANG_SETTINGS } from '@/lib/i18n/lang-choice';
import { saveSettings, SettingsLockedError } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/schema';
import type { MergedSettings } from '@/lib/settings/merge';
import type { StaffRole } from '@/lib/roles';
import { LockNote, lockNoteId } from './managed/LockNote';
import { ManagedPolicy } from './managed/ManagedPolicy';
import { TerminalAccess } from './managed/TerminalAccess';
import { ProfileImport } from './ProfileImport';
import { SyncSettings } from './SyncSettings';
import { RosterEditor } from './RosterEditor';
import { BranchKey } from './BranchKey';
import { CentralConfigStatus } from './CentralConfigStatus';
import { CounterFields } from './CounterFields';
import './options.css';

/** Who is signed in at this counter, which language, and which terminal profile is in force. */
export function OptionsApp() {
  const merged = useMergedSettings();
  const stored = merged.settings;
  const [saved, setSaved] = useState<SaveState>('idle');
  const lang = pageLang(stored.lang);
  return (
    <LangContext.Provider value={lang}>
      <main className="options" lang={lang === 'zh_CN' ? 'zh-CN' : 'en'}>
        <h1>{translate(lang, 'optionsTitle')}</h1>
        <SettingsForm
          key={JSON.stringify(merged)}
          merged={merged}
          saved={saved}
          setSaved={setSaved}
        />
        <ManagedPolicy />
        <SyncSettings />
        <TerminalAccess />
        <RosterEditor />
        <BranchKey />
        <ProfileImport />
        <CentralConfigStatus />
      </main>
    </LangContext.Provider>
  );
}

type SaveState = 'idle' | 'saved' | 'error' | SettingsLockedError;

/** What the settings schema accepts, checked as the person types so the words come before "save". */
const STAFF_ID = /^[A-Za-z0-9_-]*$/;
const BRANCH_ID = /^[A-Za-z0-9_-]+$/;

/** Re-mounted when the stored settings change (so the draft starts from them); the save state lives above. */
function SettingsForm({
  merged,
  saved,
  setSaved,
}: {
  merged: MergedSettings<Settings>;
  saved: SaveState;
  setSaved: (s: SaveState) => void;
}) {
  const stored = merged.settings;
  const { fields } = merged;
  const [draft, setDraft] = useState<Settings>(stored);
  const { t, lang } = useT();
  const staffIdOk = STAFF_ID.test(draft.staffId);
  const branchOk = BRANCH_ID.test(draft.branchId);
  const save = () =>
    void saveSettings(draft).then(
      () => setSaved('saved'),
      (error: unknown) => setSaved(error instanceof SettingsLockedError ? error : 'error'),
    );
  /** Disabled when locked; described by the lock's reason and, when `errorId` is given, the error. */
  const lock = (name: keyof typeof fields, errorId?: string) => ({
    disabled: fields[name].lock !== undefined,
    'aria-describedby':
      [lockNoteId(name, fields[name]), errorId].filter(Boolean).join(' ') || undefined,
  });
  const serverStaffId = fields.staffId.source === 'server' ? stored.staffId : undefined;
  return (
    <form className="card" onSubmit={(e) => (e.preventDefault(), save())}>
      <h2>{t('optionsWho')}</h2>
      <label>
        {t('panelRole')}
        <select
          value={draft.role}
          {...lock('role')}
          onChange={(e) => setDraft({ ...draft, role: e.target.value as StaffRole })}
        >
          {merged.roleChoices.map((r) => (
            <option key={r} value={r}>
              {t(`role_${r}`)}
            </option>
          ))}
        </select>
      </label>
      <LockNote name="role" state={fields.role} serverStaffId={serverStaffId} />
      {fields.role.source === 'server' && !fields.role.lock && (
        <p className="lock-note muted">{t('managed_roleFromToken')}</p>
      )}
      <label>
        {t('optionsStaffId')}
        <input
          value={draft.staffId}
          {...lock('staffId', staffIdOk ? undefined : 'staff-id-error')}
          maxLength={32}
          pattern="[A-Za-z0-9_\-]*"
          aria-invalid={!staffIdOk}
          onChange={(e) => {
            e.target.setCustomValidity(
              STAFF_ID.test(e.target.value) ? '' : t('words_staffId_invalid'),
            );
            setDraft({ ...draft, staffId: e.target.value });
          }}
          data-testid="staff-id"
        />
      </label>
      <LockNote name="staffId" state={fields.staffId} serverStaffId={serverStaffId} />
      {!staffIdOk && (
        <p id="staff-id-error" className="field-error" role="alert" data-testid="staff-id-error">
          {t('words_staffId_invalid')}
        </p>
      )}
      <label>
        {t('optionsBranch')}
        <input
          value={draft.branchId}
          {...lock('branchId', branchOk ? undefined : 'branch-error')}
          maxLength={16}
          required
          pattern="[A-Za-z0-9_\-]+"
          aria-invalid={!branchOk}
          onChange={(e) => {
            e.target.setCustomValidity(
              BRANCH_ID.test(e.target.value) ? '' : t('words_branch_invalid'),
            );
            setDraft({ ...draft, branchId: e.target.value });
          }}
        />
      </label>
      <LockNote name="branchId" state={fields.branchId} serverStaffId={serverStaffId} />
      {!branchOk && (
        <p id="branch-error" className="field-error" role="alert">
          {t('words_branch_invalid')}
        </p>
      )}
      <label>
        {t('optionsLanguage')}
        <select
          value={draft.lang}
          {...lock('lang')}
          onChange={(e) => setDraft({ ...draft, lang: e.target.value as Settings['lang'] })}
        >
          {LANG_SETTINGS.map((l) => (
            <option key={l} value={l}>
              {t(`words_lang_${l}`)}
            </option>
          ))}
        </select>
      </label>
      <LockNote name="lang" state={fields.lang} />
      <CounterFields draft={draft} setDraft={setDraft} />
      <button type="submit">{t('optionsSave')}</button>
      <span role="status" className="muted">
        {saved === 'saved'
          ? t('optionsSaved')
          : saved === 'error'
            ? t('optionsSaveFailed')
            : saved instanceof SettingsLockedError
              ? t(
                  'managed_saveLocked',
                  saved.keys
                    .map((k) => t(`managed_setting_${k}`))
                    .join(lang === 'en' ? ', ' : '、'),
                )
              : ''}
      </span>
    </form>
  );
}
