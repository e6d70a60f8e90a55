import type { LiveDetection } from '@/lib/detect/live-detection';
import { formatBand } from '@/lib/format/band';
import { TierChip } from '../TierChip';
import { useT } from '../i18n';

/** The client on screen now: tier hint, reasons, signals with amount bands, card last 4 at most. */
export function NowCard({ detection }: { detection: LiveDetection }) {
  const { t, lang } = useT();
  return (
    <section className="card" aria-labelledby="now-title" data-testid="now">
      <h2 id="now-title">{t('panelNow')}</h2>
      {detection.tier && <TierChip tier={detection.tier} />}
      {detection.cardLast4 && (
        <span className="muted card-last4"> · {t('panelCard', detection.cardLast4)}</span>
      )}
      {detection.retentionRisk && (
        <p className="retention" role="note">
          {t('panelRetention')}
        </p>
      )}
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
      <h3>{t('panelReasons')}</h3>
      <ul className="reasons" data-testid="reasons">
        {detection.reasons.map((r, i) => (
          <li key={i}>{lang === 'zh_CN' ? r.zh : r.en}</li>
        ))}
      </ul>
      {detection.confidence < 0.7 && <p className="muted">{t('panelConfidenceLow')}</p>}
    </section>
  );
}
