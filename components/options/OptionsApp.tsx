import { useState } from 'react';
import { LangContext, useT } from '../i18n';
import { useSettings } from '../hooks/useSettings';
import { translate } from '@/lib/i18n/messages';
import { pageLang } from '@/lib/i18n/ui-language';
import { LANG_SETTINGS } from '@/lib/i18n/lang-choice';
import { saveSettings } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/schema';
import { STAFF_ROLES, type StaffRole } from '@/lib/roles';
import { ProfileImport } from './ProfileImport';
import { SyncSettings } from './SyncSettings';
import { RosterEditor } from './RosterEditor';
import { BranchKey } from './BranchKey';
import './options.css';

/** Who is signed in at this counter, which language, and which terminal profile is in force. */
export function OptionsApp() {
  const stored = useSettings();
  const [saved, setSaved] = useState<SaveState>('idle');
  const lang = pageLang(stored.lang);
  return (
    <LangContext.Provider value={lang}>
      <main className="options" lang={lang === 'zh_CN' ? 'zh-CN' : 'en'}>
        <h1>{translate(lang, 'optionsTitle')}</h1>
        <SettingsForm
          key={JSON.stringify(stored)}
          stored={stored}
          saved={saved}
          setSaved={setSaved}
        />
        <SyncSettings />
        <RosterEditor />
        <BranchKey />
        <ProfileImport />
      </main>
    </LangContext.Provider>
  );
}

type SaveState = 'idle' | 'saved' | 'error';

/** What the settings schema accepts, checked as the person types so the words come before "save". */
const STAFF_ID = /^[A-Za-z0-9_-]*$/;
const BRANCH_ID = /^[A-Za-z0-9_-]+$/;

/** Re-mounted when the stored settings change (so the draft starts from them); the save state lives above. */
function SettingsForm({
  stored,
  saved,
  setSaved,
}: {
  stored: Settings;
  saved: SaveState;
  setSaved: (s: SaveState) => void;
}) {
  const [draft, setDraft] = useState<Settings>(stored);
  const { t } = useT();
  const staffIdOk = STAFF_ID.test(draft.staffId);
  const branchOk = BRANCH_ID.test(draft.branchId);
  const save = () =>
    void saveSettings(draft).then(
      () => setSaved('saved'),
      () => setSaved('error'),
    );
  return (
    <form className="card" onSubmit={(e) => (e.preventDefault(), save())}>
      <h2>{t('optionsWho')}</h2>
      <label>
        {t('panelRole')}
        <select
          value={draft.role}
          onChange={(e) => setDraft({ ...draft, role: e.target.value as StaffRole })}
        >
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role_${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('optionsStaffId')}
        <input
          value={draft.staffId}
          maxLength={32}
          pattern="[A-Za-z0-9_\-]*"
          aria-invalid={!staffIdOk}
          aria-describedby={staffIdOk ? undefined : 'staff-id-error'}
          onChange={(e) => {
            e.target.setCustomValidity(
              STAFF_ID.test(e.target.value) ? '' : t('words_staffId_invalid'),
            );
            setDraft({ ...draft, staffId: e.target.value });
          }}
          data-testid="staff-id"
        />
      </label>
      {!staffIdOk && (
        <p id="staff-id-error" className="field-error" role="alert" data-testid="staff-id-error">
          {t('words_staffId_invalid')}
        </p>
      )}
      <label>
        {t('optionsBranch')}
        <input
          value={draft.branchId}
          maxLength={16}
          required
          pattern="[A-Za-z0-9_\-]+"
          aria-invalid={!branchOk}
          aria-describedby={branchOk ? undefined : 'branch-error'}
          onChange={(e) => {
            e.target.setCustomValidity(
              BRANCH_ID.test(e.target.value) ? '' : t('words_branch_invalid'),
            );
            setDraft({ ...draft, branchId: e.target.value });
          }}
        />
      </label>
      {!branchOk && (
        <p id="branch-error" className="field-error" role="alert">
          {t('words_branch_invalid')}
        </p>
      )}
      <label>
        {t('optionsLanguage')}
        <select
          value={draft.lang}
          onChange={(e) => setDraft({ ...draft, lang: e.target.value as Settings['lang'] })}
        >
          {LANG_SETTINGS.map((l) => (
            <option key={l} value={l}>
              {t(`words_lang_${l}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('optionsSave')}</button>
      <span role="status" className="muted">
        {saved === 'saved' ? t('optionsSaved') : saved === 'error' ? t('optionsSaveFailed') : ''}
      </span>
    </form>
  );
}
