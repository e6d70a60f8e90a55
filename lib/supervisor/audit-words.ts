/** The server's audit actions in words (unknown ones are shown as they are). */
import type { AuditEntryView } from '@/lib/contracts/audit-api';
import type { MessageKey } from '@/lib/i18n/messages';

export const AUDIT_ACTION_WORDS: Readonly<Record<string, MessageKey>> = {
  'referral_log.export': 'svAuditExport',
  'referral_log.export.start': 'svAuditExportStart',
  'retention.purge': 'svAuditPurge',
  'token.create': 'svAuditTokenCreate',
  'token.revoke': 'svAuditTokenRevoke',
  'roster.replace': 'svAuditRosterReplace',
  'roster.availability': 'svAuditRosterAvailability',
  'privacy.legacy_text_scrub': 'supervisor_auditActionLegacyScrub',
  'handoff.replaced': 'supervisor_auditActionHandoffReplaced',
};

/** Filters of the audit tab: an exact action or a prefix ending in "." (the server's rule). */
export const AUDIT_FILTERS: readonly [string, MessageKey][] = [
  ['', 'svAll'],
  ['referral_log.', 'svAuditFilterExports'],
  ['retention.', 'svAuditFilterPurges'],
  ['token.', 'svAuditFilterTokens'],
  ['roster.', 'svAuditFilterRoster'],
];

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? '—';
}

/**
 * `action=referral_log.export · actor=token:… · rows=120 · …`: the entry as the server wrote it,
 * for the collapsed details line (the row itself says it in words).
 */
export function detailText(entry: Pick<AuditEntryView, 'action' | 'actor' | 'details'>): string {
  return [['action', entry.action], ['actor', entry.actor], ...Object.entries(entry.details)]
    .map(([key, value]) => `${String(key)}=${valueText(value)}`)
    .join(' · ');
}
