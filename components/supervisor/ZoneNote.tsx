import { useState } from 'react';
import { zoneLabel } from '@/lib/time/zone-label';
import { useT } from '../i18n';
import { useBranchZone } from './branch-zone';

/** "Times in 北京时间 UTC+8", said once on the page: every time shown and exported is in it. */
export function ZoneNote() {
  const { t, lang } = useT();
  const zone = useBranchZone();
  // The year whose offsets are named (only a zone that changes its rules would notice).
  const [nowMs] = useState(() => Date.now());
  const label = zoneLabel(zone.timeZone, lang === 'zh_CN' ? 'zh' : 'en', nowMs);
  return (
    <span data-testid="sv-zone" data-zone={zone.timeZone}>
      {t('supervisor_zoneNote', label)}
    </span>
  );
}
