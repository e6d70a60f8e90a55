import { useState } from 'react';
import { z } from 'zod';
import { useT } from '../i18n';
import { useStorageItem } from '../hooks/useStorageItem';
import { DEMO_ROSTER, rosterItem } from '@/lib/settings/branch-config';
import { rosterEntrySchema } from '@/lib/contracts/roster';
import { issueWords, jsonSyntaxWords, type IssueWords } from '@/lib/i18n/issue-words';
import { rosterKeyWords } from '@/lib/settings/roster-key-words';
import { specialtyLabel } from '@/lib/routing/specialties';
import { Details } from '../Details';

const rosterSchema = z.array(rosterEntrySchema).min(1).max(500);

/** The client managers the panel suggests from: who is available, specialties, book vs capacity. */
export function RosterEditor() {
  const { t, lang } = useT();
  const roster = useStorageItem(rosterItem, DEMO_ROSTER);
  const [text, setText] = useState('');
  const [imported, setImported] = useState(0);
  const [result, setResult] = useState<{ ok: boolean; lines: IssueWords[] }>();
  const setAvailable = (staffId: string, available: boolean) =>
    void rosterItem.setValue(roster.map((m) => (m.staffId === staffId ? { ...m, available } : m)));
  const importJson = () => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return setResult({
        ok: false,
        lines: [
          jsonSyntaxWords(
            error instanceof Error ? error.message : String(error),
            lang,
            rosterKeyWords,
          ),
        ],
      });
    }
    const parsed = rosterSchema.safeParse(json, { reportInput: true });
    if (!parsed.success)
      return setResult({
        ok: false,
        lines: parsed.error.issues.map((i) => issueWords(i, lang, rosterKeyWords)),
      });
    void rosterItem.setValue(parsed.data).then(() => setResult({ ok: true, lines: [] }));
    setImported(parsed.data.length);
  };
  return (
    <section className="card" aria-labelledby="roster-title">
      <h2 id="roster-title">{t('rosterTitle')}</h2>
      <p className="muted">{t('rosterSynced')}</p>
      <table className="roster" data-testid="roster">
        <tbody>
          {roster.map((m) => (
            <tr key={m.staffId}>
              <td>{m.name}</td>
              <td className="muted">{m.staffId}</td>
              <td>
                {m.specialties
                  .map((s) => specialtyLabel(s, lang === 'zh_CN' ? 'zh' : 'en'))
                  .join(lang === 'zh_CN' ? '、' : ', ')}
              </td>
              <td>{t('rosterBook', m.bookSize, m.capacity)}</td>
              <td>
                <label>
                  <input
                    type="checkbox"
                    checked={m.available}
                    onChange={(e) => setAvailable(m.staffId, e.target.checked)}
                  />{' '}
                  {t('rosterAvailable')}
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="block">
        {t('rosterImport')}
        <textarea
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
          data-testid="roster-json"
        />
      </label>
      <button type="button" onClick={importJson}>
        {t('rosterImportDo')}
      </button>
      {result && (
        <div role={result.ok ? 'status' : 'alert'} data-testid="roster-result">
          {result.ok ? (
            <p>{t('rosterImported', imported)}</p>
          ) : (
            <>
              <p>{t('rosterRejected')}</p>
              <ul>
                {result.lines.map((l, i) => (
                  <li key={i}>
                    {t('words_issue_line', l.where, l.what)}
                    <Details text={l.detail} />
                  </li>
                ))}
              </ul>
              <p>{t('words_roster_fix')}</p>
            </>
          )}
        </div>
      )}
    </section>
  );
}
