/**
 * Retention purge on the server: every referral created and received before the cutoff loses its personal
 * fields (lib/retention: contact, teller note, card last 4) and the text of its note events; the
 * rest stays for reporting. Batches of 500, one transaction each; a purged referral is marked so
 * later runs skip it. The content hash is untouched, so a device re-sending the original referral
 * is still recognised as a repeat. Each branch that lost data gets an audit row; `auditAlways`
 * also writes the run's total (branch-less) row when nothing was purged.
 */
import type { Referral } from '../../lib/contracts/referral';
import { personalFieldsOf, retentionCutoff, stripPersonal } from '../../lib/retention';
import type { Db } from '../db/types';
import { canonicalJson } from '../util/canonical-json';
import { appendAudit } from './audit';
import { inTransaction } from './transaction';

const BATCH = 500;

export interface PurgeCounts {
  referrals: number;
  contacts: number;
  tellerNotes: number;
  cards: number;
  noteEvents: number;
}

export interface PurgeResult extends PurgeCounts {
  days: number;
  cutoff: string;
  dryRun: boolean;
  byBranch: Record<string, PurgeCounts>;
}

export interface PurgeOptions {
  now: Date;
  days: number;
  actor: string;
  dryRun?: boolean;
  auditAlways?: boolean;
}

const zero = (): PurgeCounts => ({
  referrals: 0,
  contacts: 0,
  tellerNotes: 0,
  cards: 0,
  noteEvents: 0,
});

function add(into: PurgeCounts, from: PurgeCounts): void {
  for (const key of Object.keys(into) as (keyof PurgeCounts)[]) into[key] += from[key];
}

export async function purgePersonalData(db: Db, opts: PurgeOptions): Promise<PurgeResult> {
  const cutoff = retentionCutoff(opts.now, opts.days).toISOString();
  const at = opts.now.toISOString();
  const total = zero();
  const byBranch: Record<string, PurgeCounts> = {};
  let after = '';
  for (;;) {
    const rows = await db.kysely
      .selectFrom('referrals')
      .select(['id', 'branch_id', 'doc', 'contact_json'])
      .where('personal_purged_at', 'is', null)
      // The later of the device's time and the server's receive time: a referral pushed long after
      // it was made (a counter offline for weeks, a clock set back) keeps its full retention period.
      .where('created_at', '<', cutoff)
      .where('received_at', '<', cutoff)
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    after = rows.at(-1)?.id ?? after;
    const ids = rows.map((r) => r.id);
    const notes = await db.kysely
      .selectFrom('events')
      .select(['referral_id'])
      .where('referral_id', 'in', ids)
      .where('type', '=', 'note')
      .where('data_json', 'is not', null)
      .execute();
    const stripped = rows.map((row) => {
      const doc = JSON.parse(row.doc) as Referral;
      const fields = personalFieldsOf({ ...doc, contact: row.contact_json ?? undefined });
      const counts: PurgeCounts = {
        referrals: 1,
        contacts: fields.includes('contact') ? 1 : 0,
        tellerNotes: fields.includes('tellerNote') ? 1 : 0,
        cards: fields.includes('cardLast4') ? 1 : 0,
        noteEvents: notes.filter((n) => n.referral_id === row.id).length,
      };
      add(total, counts);
      add((byBranch[row.branch_id] ??= zero()), counts);
      return { id: row.id, doc: canonicalJson(stripPersonal(doc)) };
    });
    if (opts.dryRun) {
      await new Promise((resolve) => setImmediate(resolve));
      continue;
    }
    await inTransaction(db, async (trx) => {
      for (const { id, doc } of stripped) {
        await trx
          .updateTable('referrals')
          .set({ doc, contact_json: null, personal_purged_at: at })
          .where('id', '=', id)
          .where('personal_purged_at', 'is', null)
          .execute();
      }
      await trx
        .updateTable('events')
        .set({ data_json: null })
        .where('referral_id', 'in', ids)
        .where('type', '=', 'note')
        .execute();
    });
    // better-sqlite3 answers synchronously: let waiting requests run between batches, so a large
    // backlog purged at start-up does not stall the server for seconds.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const result: PurgeResult = {
    ...total,
    days: opts.days,
    cutoff,
    dryRun: Boolean(opts.dryRun),
    byBranch,
  };
  if (!opts.dryRun) await auditPurge(db, result, at, opts);
  return result;
}

async function auditPurge(
  db: Db,
  result: PurgeResult,
  at: string,
  opts: PurgeOptions,
): Promise<void> {
  const common = { days: result.days, cutoff: result.cutoff };
  await inTransaction(db, async (trx) => {
    for (const [branchId, counts] of Object.entries(result.byBranch)) {
      await appendAudit(trx, {
        at,
        actor: opts.actor,
        branchId,
        action: 'retention.purge',
        details: { ...common, ...counts },
      });
    }
    if (opts.auditAlways || result.referrals > 0) {
      const { byBranch: _b, dryRun: _d, ...totals } = result;
      await appendAudit(trx, {
        at,
        actor: opts.actor,
        branchId: null,
        action: 'retention.purge',
        details: { ...totals, branches: Object.keys(result.byBranch).length },
      });
    }
  });
}
