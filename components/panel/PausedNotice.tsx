import { useT } from '../i18n';

/** Selector health: the terminal page changed and required fields are missing. Never silent. */
export function PausedNotice({ missing }: { missing: string[] }) {
  const { t } = useT();
  return (
    <section className="card paused" role="alert" data-testid="paused">
      <h2>{t('panelPaused')}</h2>
      <p>{t('panelPausedMissing', missing.join('、'))}</p>
    </section>
  );
}
