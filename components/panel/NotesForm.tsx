import { useState } from 'react';
import { CHIP_LABELS, NOTE_GROUP_LABELS, type NoteInput } from '@/lib/notes';
import { saveNote } from '@/lib/db/notes-repository';
import { getDb } from '../hooks/useDb';
import { useT } from '../i18n';
import { Details } from '../Details';

type ChipKey = keyof typeof CHIP_LABELS;
const SINGLE: ChipKey[] = ['ageBand', 'lifeStage', 'riskAttitude', 'occupation', 'assetBand'];

/**
 * The non-cash teller's discreet notes: chips, not interviews. Attached to the client reference,
 * never to a name; free text is scrubbed of card, account, ID and phone numbers before storage.
 */
export function NotesForm({
  clientRef,
  staffId,
  branchId,
}: {
  clientRef: string;
  staffId: string;
  branchId: string;
}) {
  const { t, lang } = useT();
  const [picked, setPicked] = useState<Partial<Record<ChipKey, string[]>>>({});
  const [remark, setRemark] = useState('');
  const [consent, setConsent] = useState(false);
  const [phone, setPhone] = useState('');
  const [status, setStatus] = useState<{ text: string; detail?: string }>();
  const toggle = (key: ChipKey, value: string) =>
    setPicked((p) => {
      const cur = p[key] ?? [];
      const next = cur.includes(value)
        ? cur.filter((v) => v !== value)
        : SINGLE.includes(key)
          ? [value]
          : [...cur, value];
      return { ...p, [key]: next };
    });
  const one = (key: ChipKey) => picked[key]?.[0] as never;
  const many = (key: ChipKey) => (picked[key]?.length ? (picked[key] as never) : undefined);
  const save = async () => {
    const input: NoteInput = {
      clientRef,
      basic: { ageBand: one('ageBand'), language: one('language') },
      characteristics: {
        lifeStage: one('lifeStage'),
        riskAttitude: one('riskAttitude'),
        interests: many('interests'),
      },
      contact: {
        consent,
        channels: many('channels'),
        bestTimes: many('bestTimes'),
        phone: consent ? phone : undefined,
      },
      occupation: { kind: one('occupation') },
      wealth: { assetBand: one('assetBand'), productsHeld: many('productsHeld') },
      remark,
    };
    try {
      const note = await saveNote(getDb(), input, { staffId, branchId, now: new Date() });
      setRemark(note.remark ?? '');
      setStatus({ text: '✓' });
    } catch (error) {
      setStatus({ text: t('words_noteSaveFailed'), detail: error instanceof Error ? error.message : String(error) });
    }
  };
  const groups: [keyof typeof NOTE_GROUP_LABELS, ChipKey[]][] = [
    ['basic', ['ageBand', 'language']],
    ['characteristics', ['lifeStage', 'riskAttitude', 'interests']],
    ['contact', ['channels', 'bestTimes']],
    ['occupation', ['occupation']],
    ['wealth', ['assetBand', 'productsHeld']],
  ];
  return (
    <section className="card notes" data-testid="notes">
      {groups.map(([group, keys]) => (
        <fieldset key={group}>
          <legend>
            {lang === 'zh_CN' ? NOTE_GROUP_LABELS[group].zh : NOTE_GROUP_LABELS[group].en}
          </legend>
          {keys.map((key) =>
            Object.entries(CHIP_LABELS[key]).map(([value, label]) => (
              <label key={`${key}-${value}`} className="chip">
                <input
                  type="checkbox"
                  checked={picked[key]?.includes(value) ?? false}
                  onChange={() => toggle(key, value)}
                />
                {lang === 'zh_CN' ? (label as { zh: string }).zh : (label as { en: string }).en}
              </label>
            )),
          )}
          {group === 'contact' && (
            <>
              <label className="check">
                <input
                  type="checkbox"
                  checked={consent}
                  onChange={(e) => setConsent(e.target.checked)}
                />
                {t('hoConsent')}
              </label>
              {consent && (
                <input
                  aria-label={t('hoContactPhone')}
                  value={phone}
                  onChange={(e) => setPhone(e.target.value)}
                  inputMode="tel"
                  autoComplete="off"
                  data-testid="note-phone"
                />
              )}
            </>
          )}
        </fieldset>
      ))}
      <label className="field">
        {t('notesRemark')}
        <input
          value={remark}
          maxLength={120}
          onChange={(e) => setRemark(e.target.value)}
          autoComplete="off"
          data-testid="note-remark"
        />
      </label>
      <button type="button" onClick={() => void save()} accessKey="s">
        {t('notesSave')} <kbd>Alt+S</kbd>
      </button>
      {status && (
        <span role="status" data-testid="note-status">
          {' '}
          {status.text}
          <Details text={status.detail} />
        </span>
      )}
    </section>
  );
}
