import type { LockReason, SettingState } from '@/lib/settings/merge';
import type { MessageKey } from '@/lib/i18n/messages';
import { useT } from '../../i18n';
import './managed.css';

const WORDS: Record<LockReason, [MessageKey, MessageKey]> = {
  server: ['managed_lockServer', 'managed_lockServerWhy'],
  managed: ['managed_lockManaged', 'managed_lockManagedWhy'],
  policy: ['managed_lockPolicy', 'managed_lockPolicyWhy'],
};

/** id of the note for `aria-describedby`, when the setting has one. */
export const lockNoteId = (name: string, state: SettingState): string | undefined =>
  state.lock ? `lock-${name}` : undefined;

/**
 * Says that a setting is locked and why, in words: from the token, set by policy, or locked by
 * policy. The input it describes is disabled and points here with aria-describedby.
 */
export function LockNote({
  name,
  state,
  serverStaffId,
}: {
  name: string;
  state: SettingState;
  serverStaffId?: string;
}) {
  const { t } = useT();
  if (!state.lock) return null;
  const [label, why] = WORDS[state.lock];
  return (
    <p className="lock-note" id={lockNoteId(name, state)} data-testid={`lock-${name}`}>
      <span aria-hidden="true">🔒 </span>
      <strong>{t(label)}</strong> <span className="muted">{t(why, serverStaffId ?? '')}</span>
    </p>
  );
}
