import { useState } from 'react';
import { LangContext } from '../i18n';
import { useMergedSettings } from '../hooks/useMergedSettings';
import { translate } from '@/lib/i18n/messages';
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
import './options.css';

/** Who is signed in at this counter, which language, and which terminal profile is in force. */
export function OptionsApp() {
  const merged = useMergedSettings();
  const stored = merged.settings;
  const [saved, setSaved] = useState<SaveState>('idle');
  return (
    <LangContext.Provider value={stored.lang}>
      <main className="options">
        <h1>{translate(stored.lang, 'optionsTitle')}</h1>
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
  const t = (k: Parameters<typeof translate>[1], ...s: string[]) => translate(stored.lang, k, ...s);
  const save = () =>
    void saveSettings(draft).then(
      () => setSaved('saved'),
      (error: unknown) => setSaved(error instanceof SettingsLockedError ? error : 'error'),
    );
  const lock = (name: keyof typeof fields) => ({
    disabled: fields[name].lock !== undefined,
    'aria-describedby': lockNoteId(name, fields[name]),
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
          {...lock('staffId')}
          maxLength={32}
          pattern="[A-Za-z0-9_\-]*"
          onChange={(e) => setDraft({ ...draft, staffId: e.target.value })}
        />
      </label>
      <LockNote name="staffId" state={fields.staffId} serverStaffId={serverStaffId} />
      <label>
        {t('optionsBranch')}
        <input
          value={draft.branchId}
          {...lock('branchId')}
          maxLength={16}
          required
          pattern="[A-Za-z0-9_\-]+"
          onChange={(e) => setDraft({ ...draft, branchId: e.target.value })}
        />
      </label>
      <LockNote name="branchId" state={fields.branchId} serverStaffId={serverStaffId} />
      <label>
        {t('optionsLanguage')}
        <select
          value={draft.lang}
          {...lock('lang')}
          onChange={(e) => setDraft({ ...draft, lang: e.target.value as Settings['lang'] })}
        >
          <option value="zh_CN">简体中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <LockNote name="lang" state={fields.lang} />
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
                    .join(stored.lang === 'en' ? ', ' : '、'),
                )
              : ''}
      </span>
    </form>
  );
}
