import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { parseProfileText } from '@/lib/profile/parse';
import { customProfileItem } from '@/lib/settings/profile-item';
import type { TerminalProfile } from '@/lib/profile/schema';
import { issueWords, jsonSyntaxWords, type IssueWords } from '@/lib/i18n/issue-words';
import { profileKeyWords } from '@/lib/profile/key-words';
import type { ValidationError } from '@/lib/profile/issues';
import type { Lang } from '@/lib/i18n/messages';
import { Details } from '../Details';

const inWords = (e: ValidationError, lang: Lang): IssueWords =>
  e.issue
    ? issueWords(e.issue, lang, profileKeyWords)
    : jsonSyntaxWords(e.message, lang, profileKeyWords);

type Result = { ok: true; name: string } | { ok: false; errors: ValidationError[] } | null;

/** Imports a terminal profile JSON: validated; errors named by path; the previous profile kept. */
export function ProfileImport() {
  const { t, lang } = useT();
  const [inForce, setInForce] = useState<TerminalProfile | null>(null);
  const [text, setText] = useState('');
  const [result, setResult] = useState<Result>(null);
  useEffect(() => {
    void customProfileItem.getValue().then(setInForce);
    return customProfileItem.watch(setInForce);
  }, []);

  const apply = async (json: string) => {
    const parsed = parseProfileText(json);
    if (!parsed.ok) return setResult({ ok: false, errors: parsed.errors });
    await customProfileItem.setValue(parsed.profile);
    setResult({ ok: true, name: parsed.profile.name });
  };

  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('optionsProfile')}</h2>
      <p data-testid="profile-in-force">
        {t(
          'optionsProfileInForce',
          inForce ? `${inForce.name} (${inForce.version})` : t('optionsProfileBuiltin'),
        )}
      </p>
      <label className="block">
        {t('optionsProfilePaste')}
        <textarea
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
          data-testid="profile-json"
        />
      </label>
      <input
        type="file"
        accept="application/json,.json"
        aria-label={t('optionsProfileFile')}
        onChange={(e) => void e.target.files?.[0]?.text().then((s) => (setText(s), apply(s)))}
      />
      <button type="button" onClick={() => void apply(text)}>
        {t('optionsProfileImport')}
      </button>
      <button
        type="button"
        onClick={() => void customProfileItem.setValue(null).then(() => setResult(null))}
      >
        {t('optionsProfileReset')}
      </button>
      {result?.ok && <p role="status">{t('optionsProfileImported', result.name)}</p>}
      {result && !result.ok && (
        <div role="alert" data-testid="profile-errors">
          <p>{t('optionsProfileRejected')}</p>
          <ul>
            {result.errors.map((e, i) => {
              const w = inWords(e, lang);
              return (
                <li key={i}>
                  {t('words_issue_line', w.where, w.what)}
                  <Details text={w.detail} />
                </li>
              );
            })}
          </ul>
          <p>{t('words_profile_fix')}</p>
        </div>
      )}
    </section>
  );
}
