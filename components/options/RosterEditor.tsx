import { useState } from 'react';
import { z } from 'zod';
import { useT } from '../i18n';
import { useStorageItem } from '../hooks/useStorageItem';
import { DEMO_ROSTER, rosterItem } from '@/lib/settings/branch-config';
import { rosterEntrySchema } from '@/lib/contracts/roster';

const rosterSchema = z.array(rosterEntrySchema).min(1).max(500);

/** The client managers the panel suggests from: who is available, specialties, book vs capacity. */
export function RosterEditor() {
  const { t } = useT();
  const roster = useStorageItem(rosterItem, DEMO_ROSTER);
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ ok: boolean; lines: string[] }>();
  const setAvailable = (staffId: string, available: boolean) =>
    void rosterItem.setValue(roster.map((m) => (m.staffId === staffId ? { ...m, available } : m)));
  const importJson = () => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return setResult({
        ok: false,
        lines: [`(root): ${error instanceof Error ? error.message : String(error)}`],
      });
    }
    const parsed = rosterSchema.safeParse(json);
    if (!parsed.success)
      return setResult({
        ok: false,
        lines: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
      });
    void rosterItem
      .setValue(parsed.data)
      .then(() => setResult({ ok: true, lines: [t('rosterImported', parsed.data.length)] }));
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
              <td>{m.specialties.join(', ')}</td>
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
          {!result.ok && <p>{t('rosterRejected')}</p>}
          <ul>
            {result.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
