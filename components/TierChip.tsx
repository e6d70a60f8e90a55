import type { Tier } from '@/lib/signals/kinds';
import { useT } from './i18n';

/** The tier hint: letter + name, coloured. Shown only in the side panel, never on the terminal. */
export function TierChip({ tier }: { tier: Tier }) {
  const { t } = useT();
  return (
    <span className={`tier tier-${tier}`} data-testid="tier" data-tier={tier}>
      <b>{tier}</b> {t(`tier_${tier}`)}
    </span>
  );
}
