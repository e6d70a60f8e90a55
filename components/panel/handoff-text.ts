import type { MessageKey } from '@/lib/i18n/messages';
import type { HandoffResult } from './useHandoff';

export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

/** The words the status line announces after a handoff, an undo or a failure. */
export function resultText(result: Exclude<HandoffResult, { kind: 'duplicate' }>, t: Translate) {
  if (result.kind === 'error') return t('hoFailed', result.message);
  if (result.kind === 'undone') return result.mode === 'removed' ? t('hoUndone') : t('hoWithdrawn');
  const { referral } = result.record;
  const text =
    referral.handoff === 'refer_now'
      ? t('hoCreatedRefer', result.managerName)
      : referral.handoff === 'card_handed'
        ? t('hoCreatedCard', result.managerName)
        : t('hoCreatedDeclined');
  return `✓ ${text}`;
}
