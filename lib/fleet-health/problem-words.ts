/** A fleet problem group in words: "branch 0101, profile 2026.12-2: `amount` missing on 5 devices since 10:32". */
import type { FleetProblemGroup, HealthProblem } from '../contracts/fleet-health';
import type { MessageKey } from '../i18n/messages';

const KEYS: Record<HealthProblem, MessageKey> = {
  missing: 'fleetMissing',
  degraded: 'fleetDegraded',
  paused: 'fleetPaused',
  completion_never_seen: 'fleetCompletion',
};

export function problemWords(
  t: (key: MessageKey, ...subs: (string | number)[]) => string,
  group: FleetProblemGroup,
  time: (iso: string) => string,
): string {
  return t(
    KEYS[group.problem],
    group.branchId,
    group.profileLabel,
    group.field ?? '',
    group.devices,
    time(group.since),
  );
}
