import { useT } from './i18n';

/**
 * The one place codes may appear: a small "详情 / Details" line for IT under a message that says
 * in words what happened. Marked `data-details` so the machine-code check skips it.
 */
export function Details({ text }: { text: string | undefined }) {
  const { t } = useT();
  if (!text) return null;
  return (
    <small className="details muted" data-details="">
      {t('words_details', text)}
    </small>
  );
}
