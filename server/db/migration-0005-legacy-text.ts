/**
 * 0005: free text stored before the server refused card/account/ID/phone numbers, control
 * characters and lone surrogates is scrubbed, so that every row passes the schemas the server
 * answers with (a single bad row would make a pull, the referral list, the log or the roster
 * answer 500). Referrals (document text, the summary column, contact name, outcome), the text in
 * events and roster names are repaired as the extension would have written them
 * (server/repo/legacy-fields.ts); a contact whose phone is a card or ID number is removed.
 * Rows already clean are not written. A repaired referral gets a change row, so devices pull the
 * clean text, and a new content hash when its contact is still stored (the old hash covered the
 * readable number). Batches of 500, each its own transaction on SQLite (PostgreSQL runs all
 * migrations in one). One audit row per branch affected, with counts, never the text.
 */
import type { Kysely, Migration, Transaction } from 'kysely';
import type { Contact, Outcome, Referral } from '../../lib/contracts/referral';
import {
  repairContact,
  repairDocText,
  repairEventData,
  repairOutcome,
} from '../repo/legacy-fields';
import { canonicalJson, contentHash, sha256Hex } from '../util/canonical-json';
import { repairText } from '../util/legacy-text';
import type { Database } from './types';

const BATCH = 500;
const ACTION = 'privacy.legacy_text_scrub';

interface Counts {
  referrals: number;
  contactsRemoved: number;
  events: number;
  managers: number;
}

type Tally = Map<string, Counts>;

function count(tally: Tally, branchId: string, key: keyof Counts): void {
  let counts = tally.get(branchId);
  if (!counts) {
    counts = { referrals: 0, contactsRemoved: 0, events: 0, managers: 0 };
    tally.set(branchId, counts);
  }
  counts[key] += 1;
}

type Work = (trx: Kysely<Database>) => Promise<void>;

/** One batch's writes in a transaction of their own, or in the migrator's when there is one. */
async function write(db: Kysely<Database>, work: Work): Promise<void> {
  if (db.isTransaction) await work(db);
  else await db.transaction().execute((trx: Transaction<Database>) => work(trx));
}

async function scrubReferrals(db: Kysely<Database>, tally: Tally, at: string): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('referrals')
      .select([
        'id',
        'branch_id',
        'referrer_staff_id',
        'second_credit_staff_id',
        'manager_staff_id',
        'doc',
        'contact_json',
        'outcome_json',
        'personal_purged_at',
      ])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return;
    after = rows.at(-1)?.id ?? after;
    const dirty = rows.flatMap((row) => {
      const doc = JSON.parse(row.doc) as Referral;
      const contact = row.contact_json ? (JSON.parse(row.contact_json) as Contact) : undefined;
      const outcome = row.outcome_json ? (JSON.parse(row.outcome_json) as Outcome) : undefined;
      const cleanDoc = repairDocText(doc);
      const cleanContact = contact && repairContact(contact);
      const cleanOutcome = outcome && repairOutcome(outcome);
      if (cleanDoc === doc && cleanContact === contact && cleanOutcome === outcome) return [];
      count(tally, row.branch_id, 'referrals');
      if (contact && !cleanContact) count(tally, row.branch_id, 'contactsRemoved');
      const docJson = canonicalJson(cleanDoc);
      const contactJson = cleanContact ? canonicalJson(cleanContact) : null;
      return [
        {
          row,
          set: {
            doc: docJson,
            summary: cleanDoc.summary,
            contact_json: contactJson,
            outcome_json: cleanOutcome ? canonicalJson(cleanOutcome) : null,
            // After a retention purge the hash also covers the removed contact: it reveals nothing.
            ...(row.personal_purged_at === null
              ? { content_hash: sha256Hex(`${docJson}\n${contactJson ?? ''}`) }
              : {}),
          },
        },
      ];
    });
    if (dirty.length === 0) continue;
    await write(db, async (trx) => {
      for (const { row, set } of dirty) {
        await trx.updateTable('referrals').set(set).where('id', '=', row.id).execute();
      }
      await trx
        .insertInto('changes')
        .values(
          dirty.map(({ row }) => ({
            referral_id: row.id,
            branch_id: row.branch_id,
            referrer_staff_id: row.referrer_staff_id,
            second_credit_staff_id: row.second_credit_staff_id,
            manager_staff_id: row.manager_staff_id,
            kind: 'scrubbed',
            at,
          })),
        )
        .execute();
    });
  }
}

async function scrubEvents(db: Kysely<Database>, tally: Tally): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('events as e')
      .innerJoin('referrals as r', 'r.id', 'e.referral_id')
      .select([
        'e.ingest_id',
        'e.id',
        'e.referral_id',
        'e.seq',
        'e.type',
        'e.actor_staff_id',
        'e.at',
        'e.data_json',
        'e.origin',
        'r.branch_id',
      ])
      .where('e.ingest_id', '>', after)
      .where('e.type', 'in', ['declined', 'note', 'status_changed'])
      .where('e.data_json', 'is not', null)
      .orderBy('e.ingest_id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return;
    after = Number(rows.at(-1)?.ingest_id ?? after);
    const dirty = rows.flatMap((row) => {
      const data = JSON.parse(row.data_json ?? 'null') as unknown;
      const clean = repairEventData(row.type, data);
      if (clean === data) return [];
      count(tally, row.branch_id, 'events');
      // The hashes push and status updates store (server/repo/push-events.ts, status.ts).
      const hash =
        row.origin === 'server'
          ? contentHash({ id: row.id, data: clean })
          : contentHash({
              id: row.id,
              referralId: row.referral_id,
              at: row.at,
              seq: row.seq,
              actorStaffId: row.actor_staff_id,
              type: row.type,
              data: clean,
            });
      return [{ id: row.id, data_json: canonicalJson(clean), content_hash: hash }];
    });
    if (dirty.length === 0) continue;
    await write(db, async (trx) => {
      for (const { id, ...set } of dirty) {
        await trx.updateTable('events').set(set).where('id', '=', id).execute();
      }
    });
  }
}

async function scrubRoster(db: Kysely<Database>, tally: Tally): Promise<void> {
  let after = { branch: '', staff: '' };
  for (;;) {
    const rows = await db
      .selectFrom('roster')
      .select(['branch_id', 'staff_id', 'name'])
      .where((eb) =>
        eb.or([
          eb('branch_id', '>', after.branch),
          eb.and([eb('branch_id', '=', after.branch), eb('staff_id', '>', after.staff)]),
        ]),
      )
      .orderBy('branch_id')
      .orderBy('staff_id')
      .limit(BATCH)
      .execute();
    const last = rows.at(-1);
    if (!last) return;
    after = { branch: last.branch_id, staff: last.staff_id };
    const dirty = rows.flatMap((row) => {
      const name = repairText(row.name, 'plain');
      if (name === row.name) return [];
      count(tally, row.branch_id, 'managers');
      return [{ ...row, name }];
    });
    if (dirty.length === 0) continue;
    await write(db, async (trx) => {
      for (const row of dirty) {
        await trx
          .updateTable('roster')
          .set({ name: row.name })
          .where('branch_id', '=', row.branch_id)
          .where('staff_id', '=', row.staff_id)
          .execute();
      }
    });
  }
}

export const legacyTextMigration: Migration = {
  async up(untyped: Kysely<unknown>) {
    const db = untyped as Kysely<Database>;
    const at = new Date().toISOString();
    const tally: Tally = new Map();
    await scrubReferrals(db, tally, at);
    await scrubEvents(db, tally);
    await scrubRoster(db, tally);
    if (tally.size === 0) return;
    await write(db, async (trx) => {
      for (const [branchId, counts] of tally) {
        await trx
          .insertInto('audit_log')
          .values({
            at,
            actor: 'migration',
            branch_id: branchId,
            action: ACTION,
            details_json: JSON.stringify({ migration: '0005_legacy_text', ...counts }),
          })
          .execute();
      }
    });
  },
};
