import { useState } from 'react';
import { LangContext } from '../i18n';
import { useSettings } from '../hooks/useSettings';
import { translate } from '@/lib/i18n/messages';
import { saveSettings } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/schema';
import { STAFF_ROLES, type StaffRole } from '@/lib/roles';
import { ProfileImport } from './ProfileImport';
import { SyncSettings } from './SyncSettings';
import { RosterEditor } from './RosterEditor';
import { BranchKey } from './BranchKey';
import { CounterFields } from './CounterFields';
import './options.css';

/** Who is signed in at this counter, which language, and which terminal profile is in force. */
export function OptionsApp() {
  const stored = useSettings();
  const [saved, setSaved] = useState<SaveState>('idle');
  return (
    <LangContext.Provider value={stored.lang}>
      <main className="options">
        <h1>{translate(stored.lang, 'optionsTitle')}</h1>
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
  const t = (k: Parameters<typeof translate>[1], ...s: string[]) => translate(stored.lang, k, ...s);
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
          onChange={(e) => setDraft({ ...draft, staffId: e.target.value })}
        />
      </label>
      <label>
        {t('optionsBranch')}
        <input
          value={draft.branchId}
          maxLength={16}
          required
          pattern="[A-Za-z0-9_\-]+"
          onChange={(e) => setDraft({ ...draft, branchId: e.target.value })}
        />
      </label>
      <label>
        {t('optionsLanguage')}
        <select
          value={draft.lang}
          onChange={(e) => setDraft({ ...draft, lang: e.target.value as Settings['lang'] })}
        >
          <option value="zh_CN">简体中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <CounterFields draft={draft} setDraft={setDraft} />
      <button type="submit">{t('optionsSave')}</button>
      <span role="status" className="muted">
        {saved === 'saved' ? t('optionsSaved') : saved === 'error' ? t('optionsSaveFailed') : ''}
      </span>
    </form>
  );
}
