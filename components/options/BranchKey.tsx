import { useState } from 'react';
import { useT } from '../i18n';
import { useStorageItem } from '../hooks/useStorageItem';
import { branchKeyItem, DEMO_BRANCH_KEY } from '@/lib/settings/branch-config';
import { decodeBranchKey } from '@/lib/privacy/branch-key';
import { Details } from '../Details';

/** The branch's HMAC key for client references; never shown back once saved. */
export function BranchKey() {
  const { t } = useT();
  const key = useStorageItem(branchKeyItem, DEMO_BRANCH_KEY);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string; detail?: string }>();
  const save = () => {
    try {
      decodeBranchKey(draft);
    } catch (error) {
      return setMessage({
        ok: false,
        text: t('words_keyInvalid'),
        detail: error instanceof Error ? error.message : String(error),
      });
    }
    void branchKeyItem
      .setValue(draft.trim())
      .then(() => (setDraft(''), setMessage({ ok: true, text: t('keySaved') })));
  };
  return (
    <section className="card" aria-labelledby="key-title">
      <h2 id="key-title">{t('keyTitle')}</h2>
      <p className="muted">{t('keyHelp')}</p>
      {key === DEMO_BRANCH_KEY && (
        <p role="alert" data-testid="demo-key-warning">
          {t('keyDemo')}
        </p>
      )}
      <input
        type="password"
        autoComplete="off"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        aria-label={t('keyTitle')}
      />
      <button type="button" onClick={save} disabled={draft.trim() === ''}>
        {t('keySave')}
      </button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'}>
          {message.text}
          <Details text={message.detail} />
        </p>
      )}
    </section>
  );
}
