// @vitest-environment node
/**
 * Migration 0002 on a database that already holds referrals from before it: the new log columns
 * are filled from each referral's document and status events, so old referrals filter, sort and
 * count like new ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, migrateUpTo } from '../../server/db/migrations';
import { referralToRow } from '../../server/repo/referral-rows';
import { canonicalJson } from '../../server/util/canonical-json';
import { openBlank, type BlankDb } from './helpers/blank-db';
import { makeReferral } from '../../support/server/fixtures';
import { DB_TARGETS } from './helpers/targets';

const NEW_COLUMNS = [
  'created_ms',
  'outcome_ms',
  'tier',
  'handoff',
  'signal_kinds',
  'summary',
  'stage_reached',
  'personal_purged_at',
];

const won = makeReferral({ createdAt: '2026-11-16T02:00:00.000Z', tier: 'A' });
const lostAfterMeeting = makeReferral({ createdAt: '2026-11-17T02:00:00.000Z', signals: [] });
const open = makeReferral({ createdAt: '2026-11-18T02:00:00.000Z', summary: 'open one' });

const transitions = [
  [won, 'new', 'contacted', '2026-11-16T03:00:00.000Z'],
  [won, 'contacted', 'met', '2026-11-17T03:00:00.000Z'],
  [won, 'met', 'won', '2026-11-19T03:00:00.000Z'],
  [lostAfterMeeting, 'new', 'contacted', '2026-11-17T03:00:00.000Z'],
  [lostAfterMeeting, 'contacted', 'met', '2026-11-18T03:00:00.000Z'],
  [lostAfterMeeting, 'met', 'lost', '2026-11-20T03:00:00.000Z'],
] as const;

describe.each(DB_TARGETS)('migration 0002 backfill on $name', (target) => {
  let blank: BlankDb;
  beforeAll(async () => {
    blank = await openBlank(target.name);
    const { db } = blank;
    await migrateUpTo(db, '0001_init');
    for (const r of [won, lostAfterMeeting, open]) {
      const row: Record<string, unknown> = { ...referralToRow(r, '2026-11-20T00:00:00.000Z') };
      for (const column of NEW_COLUMNS) delete row[column];
      await db.kysely
        .insertInto('referrals')
        .values(row as never)
        .execute();
    }
    for (const [i, [r, from, to, at]] of transitions.entries()) {
      await db.kysely
        .updateTable('referrals')
        .set({ status: to, updated_at: at })
        .where('id', '=', r.id)
        .execute();
      await db.kysely
        .insertInto('events')
        .values({
          id: `00000000-0000-4000-8000-00000000000${i}`,
          referral_id: r.id,
          seq: i + 1,
          type: 'status_changed',
          actor_staff_id: 'CM01',
          at,
          data_json: canonicalJson({ from, to }),
          origin: 'server',
          content_hash: `h${i}`,
          received_at: at,
        })
        .execute();
    }
    await migrateToLatest(db);
  });
  afterAll(async () => blank.cleanup());

  const row = (id: string) =>
    blank.db.kysely
      .selectFrom('referrals')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('copies tier, handoff, signals, summary and the creation time from the document', async () => {
    expect(await row(open.id)).toMatchObject({
      created_ms: Date.parse(open.createdAt),
      tier: 'B',
      handoff: 'refer_now',
      signal_kinds: ',time_deposit,wealth_enquiry,',
      summary: 'open one',
      stage_reached: 0,
      outcome_ms: null,
      personal_purged_at: null,
    });
    expect((await row(lostAfterMeeting.id)).signal_kinds).toBe('');
  });

  it('rebuilds pipeline progress and the outcome time from the status events', async () => {
    expect(await row(won.id)).toMatchObject({
      stage_reached: 3,
      outcome_ms: Date.parse('2026-11-19T03:00:00.000Z'),
    });
    expect(await row(lostAfterMeeting.id)).toMatchObject({
      stage_reached: 2,
      outcome_ms: Date.parse('2026-11-20T03:00:00.000Z'),
    });
  });
});
