import { useState } from 'react';
import type { ServerReferral } from '@/lib/contracts/server-referral';
import { signalsLabel } from '@/lib/export/labels';
import type { MessageKey } from '@/lib/i18n/messages';
import { useT } from '../i18n';
import { TellerNote } from './QueueWhom';

/** The contact-marketing steps of the domain brief (接触营销), in order. */
const STEPS: [string, MessageKey, MessageKey][] = [
  ['prepare', 'prepPrepare', 'prepPrepareHow'],
  ['open', 'prepOpen', 'prepOpenHow'],
  ['probe', 'prepProbe', 'prepProbeHow'],
  ['needs', 'prepNeeds', 'prepNeedsHow'],
  ['objections', 'prepObjections', 'prepObjectionsHow'],
  ['close', 'prepClose', 'prepCloseHow'],
  ['after', 'prepAfter', 'prepAfterHow'],
];

/** A preparation card for the selected referral: what the client showed, then the checklist. */
export function QueueCardPrep({ referral }: { referral: ServerReferral }) {
  const { t, lang } = useT();
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setDone((d) => {
      const next = new Set(d);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const signals = signalsLabel(referral.signals, lang === 'zh_CN' ? 'zh' : 'en');
  return (
    <section className="queue-prep" aria-label={t('prepTitle')} data-testid="prep-card">
      <h3>{t('prepTitle')}</h3>
      {signals && <p className="queue-prep-signals">{t('prepSignals', signals)}</p>}
      <TellerNote referral={referral} />
      <ol>
        {STEPS.map(([id, title, how]) => (
          <li key={id}>
            <label className="check">
              <input type="checkbox" checked={done.has(id)} onChange={() => toggle(id)} />
              <span>
                <b>{t(title)}</b> {t(how)}
              </span>
            </label>
          </li>
        ))}
      </ol>
    </section>
  );
}
