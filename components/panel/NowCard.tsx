import type { LiveDetection } from '@/lib/detect/live-detection';
import { formatBand } from '@/lib/format/band';
import { useT } from '../i18n';

/** Why the client is worth a look: signals with amount bands, and the engine's reasons. */
export function NowCard({ detection }: { detection: LiveDetection }) {
  const { t, lang } = useT();
  return (
    <section className="card" aria-labelledby="why-title" data-testid="why">
      <h2 id="why-title">{t('panelReasons')}</h2>
      {detection.signals.length > 0 && (
        <ul className="signals" aria-label={t('panelSignals')} data-testid="signals">
          {detection.signals.map((s, i) => (
            <li key={`${s.kind}-${i}`} data-kind={s.kind}>
              {t(`signal_${s.kind}`)}
              {s.band && <span className="band">{formatBand(s.band, lang)}</span>}
            </li>
          ))}
        </ul>
      )}
      <ul className="reasons" data-testid="reasons">
        {detection.reasons.map((r, i) => (
          <li key={i}>{lang === 'zh_CN' ? r.zh : r.en}</li>
        ))}
      </ul>
      {detection.confidence < 0.7 && <p className="muted">{t('panelConfidenceLow')}</p>}
    </section>
  );
}
