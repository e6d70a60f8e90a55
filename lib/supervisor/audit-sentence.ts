/**
 * An audit entry in words: who did it (staff ID, role, name or token label) and what happened, as
 * one sentence per kind of action. The raw action and details stay available for a details line.
 */
import type { AuditEntryView, AuditPerson } from '@/lib/contracts/audit-api';
import { TOKEN_ROLES } from '@/lib/contracts/auth';
import type { MessageKey } from '@/lib/i18n/messages';
import type { ZoneClock } from '@/lib/time/zone-clock';

export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

export interface SentenceContext {
  t: Translate;
  zone: ZoneClock;
  /** Staff ID → name, from the branch roster. */
  names: ReadonlyMap<string, string>;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** 李经理 CM01（客户经理） · T009（柜员 · 3 号窗口） */
export function personText(p: AuditPerson, ctx: Pick<SentenceContext, 't' | 'names'>): string {
  const name = p.name ?? ctx.names.get(p.staffId);
  const who = name ? `${name} ${p.staffId}` : p.staffId;
  const role = ctx.t(`svTokenRole_${p.role}`);
  return ctx.t('supervisor_auditPerson', who, p.label ? `${role} · ${p.label}` : role);
}

const ACTORS: Readonly<Record<string, MessageKey>> = {
  cli: 'supervisor_auditActorCli',
  retention: 'supervisor_auditActorRetention',
  migration: 'supervisor_auditActorMigration',
};

export function actorText(entry: AuditEntryView, ctx: SentenceContext): string {
  if (entry.actorPerson) return personText(entry.actorPerson, ctx);
  const fixed = ACTORS[entry.actor];
  if (fixed) return ctx.t(fixed);
  return ctx.t(
    entry.actor.startsWith('token:')
      ? 'supervisor_auditActorUnknownToken'
      : 'supervisor_auditActorSystem',
  );
}

/** Excel (CSV)，中文表头，不含联系方式，按筛选条件 */
function exportChoice(d: Record<string, unknown>, t: Translate): string {
  // The order rows were written in is not a filter.
  const filter =
    d.filter && typeof d.filter === 'object'
      ? Object.keys(d.filter).filter((k) => k !== 'sort' && k !== 'order').length
      : 0;
  return t(
    'supervisor_auditList',
    t(d.format === 'json' ? 'supervisor_auditFormatJson' : 'supervisor_auditFormatCsv'),
    t(d.lang === 'en' ? 'supervisor_auditLangEn' : 'supervisor_auditLangZh'),
    t(d.includeContact === true ? 'supervisor_auditWithContact' : 'supervisor_auditNoContact'),
    t(filter > 0 ? 'supervisor_auditFiltered' : 'supervisor_auditAllRows'),
  );
}

const EXPORT_OUTCOMES: Readonly<Record<string, MessageKey>> = {
  completed: 'supervisor_auditExportDone',
  failed: 'supervisor_auditExportFailed',
  aborted: 'supervisor_auditExportAborted',
};

function exportDone(d: Record<string, unknown>, t: Translate): string {
  const key = EXPORT_OUTCOMES[str(d.outcome) ?? ''] ?? 'supervisor_auditExportFailed';
  const sentence = t(key, num(d.rowCount), exportChoice(d, t));
  const contact = num(d.contactRows);
  const reason = str(d.reason);
  return contact > 0 || reason
    ? sentence + t('supervisor_auditContactRows', contact, reason ?? '—')
    : sentence;
}

function purge(d: Record<string, unknown>, ctx: SentenceContext): string {
  const cutoffMs = Date.parse(str(d.cutoff) ?? '');
  const cutoff = Number.isNaN(cutoffMs) ? '—' : ctx.zone.localDate(cutoffMs);
  const days = num(d.days);
  if (num(d.referrals) === 0) return ctx.t('supervisor_auditPurgeNone', days, cutoff);
  return ctx.t(
    'supervisor_auditPurge',
    days,
    cutoff,
    num(d.referrals),
    num(d.contacts),
    num(d.tellerNotes),
    num(d.cards),
  );
}

/** The token's holder: from the server's join, else what the entry itself recorded. */
function subject(entry: AuditEntryView, ctx: SentenceContext): string | undefined {
  if (entry.subjectPerson) return personText(entry.subjectPerson, ctx);
  const staffId = str(entry.details.staffId);
  const role = TOKEN_ROLES.find((r) => r === entry.details.role);
  return staffId && role ? personText({ staffId, role }, ctx) : undefined;
}

function tokenSentence(entry: AuditEntryView, ctx: SentenceContext, made: boolean): string {
  const who = subject(entry, ctx);
  if (who) return ctx.t(made ? 'supervisor_auditTokenCreate' : 'supervisor_auditTokenRevoke', who);
  return ctx.t(made ? 'supervisor_auditTokenCreateUnknown' : 'supervisor_auditTokenRevokeUnknown');
}

function manager(staffId: unknown, ctx: SentenceContext): string {
  const id = str(staffId) ?? '—';
  const name = ctx.names.get(id);
  return name ? `${name} ${id}` : id;
}

export function auditSentence(entry: AuditEntryView, ctx: SentenceContext): string {
  const d = entry.details;
  const { t } = ctx;
  switch (entry.action) {
    case 'referral_log.export.start':
      return t('supervisor_auditExportStarted', exportChoice(d, t));
    case 'referral_log.export':
      return exportDone(d, t);
    case 'retention.purge':
      return purge(d, ctx);
    case 'token.create':
      return tokenSentence(entry, ctx, true);
    case 'token.revoke':
      return tokenSentence(entry, ctx, false);
    case 'roster.replace':
      return t('supervisor_auditRosterReplace', num(d.managers));
    case 'roster.availability':
      return t(
        d.available === true ? 'supervisor_auditAvailableOn' : 'supervisor_auditAvailableOff',
        manager(d.staffId, ctx),
      );
    case 'privacy.legacy_text_scrub':
      return t('supervisor_auditLegacyScrub', num(d.referrals), num(d.events), num(d.managers));
    case 'handoff.replaced':
      return t('supervisor_auditHandoffReplaced');
    default:
      return t('supervisor_auditOther');
  }
}
