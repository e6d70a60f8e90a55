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

/** `rows=120 · format=csv · …`: every detail, in the order the server wrote them. */
export function detailText(details: AuditEntryView['details']): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}=${valueText(value)}`)
    .join(' · ');
}
