// @vitest-environment node
/**
 * Migration 0005 on a database written before the server refused numbers and control characters
 * in free text: the legacy rows are scrubbed (so pull, the referral list, the log and the roster
 * answer 200 with masked text), no readable number is left in the database, each branch affected
 * gets one audit row with counts, and clean rows are not written. A bad row that still reaches
 * the read path is masked on the way out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { migrateToLatest, migrateUpTo } from '../../server/db/migrations';
import { legacyTextMigration } from '../../server/db/migration-0005-legacy-text';
import { referralToRow } from '../../server/repo/referral-rows';
import { createToken } from '../../server/repo/tokens';
import { canonicalJson, contentHash } from '../../server/util/canonical-json';
import { openBlank, type BlankDb } from './helpers/blank-db';
import { BRANCH, OTHER_BRANCH, makeReferral } from '../../support/server/fixtures';
import { DB_TARGETS } from './helpers/targets';

const CARD = '6222 0212 3456 7890 128';
const CARD_DIGITS = '6222021234567890128';
const PHONE_DIGITS = '13912345678';
const RECEIVED = '2026-11-20T01:00:00.000Z';

const won = makeReferral({
  summary: '客户手机 139 1234 5678，想了解理财',
  tellerNote: 'prefers mornings \ud800 thanks',
  contact: { name: '王\u0007女士', phone: '138 0013 8000' },
});
const cardAsPhone = makeReferral({ contact: { name: '赵先生', phone: CARD_DIGITS } });
const clean = makeReferral({ referrerStaffId: 'T002' });
const outcome = { product: `理财 ${CARD}`, reason: undefined };
const noteId = '00000000-0000-4000-8000-000000000001';
const statusId = '00000000-0000-4000-8000-000000000002';

async function insertLegacy(blank: BlankDb): Promise<void> {
  const { kysely } = blank.db;
  for (const r of [won, cardAsPhone, clean]) {
    const row = referralToRow(r, RECEIVED);
    await kysely.insertInto('referrals').values(row).execute();
    await kysely
      .insertInto('changes')
      .values({
        referral_id: row.id,
        branch_id: row.branch_id,
        referrer_staff_id: row.referrer_staff_id,
        second_credit_staff_id: row.second_credit_staff_id ?? null,
        manager_staff_id: row.manager_staff_id,
        kind: 'created',
        at: RECEIVED,
      })
      .execute();
  }
  await kysely
    .updateTable('referrals')
    .set({ status: 'won', outcome_json: canonicalJson(outcome), stage_reached: 3 })
    .where('id', '=', won.id)
    .execute();
  const note = { text: `card ${CARD}` };
  const change = { from: 'met', to: 'won', outcome };
  await kysely
    .insertInto('events')
    .values([
      {
        id: noteId,
        referral_id: won.id,
        seq: 2,
        type: 'note',
        actor_staff_id: 'T001',
        at: RECEIVED,
        data_json: canonicalJson(note),
        origin: 'device',
        content_hash: contentHash({ id: noteId, data: note }),
        received_at: RECEIVED,
      },
      {
        id: statusId,
        referral_id: won.id,
        seq: 3,
        type: 'status_changed',
        actor_staff_id: 'CM01',
        at: RECEIVED,
        data_json: canonicalJson(change),
        origin: 'server',
        content_hash: contentHash({ id: statusId, data: change }),
        received_at: RECEIVED,
      },
    ])
    .execute();
  const manager = (branch_id: string, staff_id: string, name: string) => ({
    branch_id,
    staff_id,
    name,
    specialties_json: '["wealth"]',
    book_size: 10,
    capacity: 20,
    available: 1,
    updated_at: RECEIVED,
  });
  await kysely
    .insertInto('roster')
    .values([
      manager(BRANCH, 'CM01', `李经理 ${PHONE_DIGITS}`),
      manager(BRANCH, 'CM02', '张\u0007经理'),
      manager(OTHER_BRANCH, 'CM91', '陈经理'),
    ])
    .execute();
}

/** Every stored text the server answers from, as it is in the database. */
async function storedText(blank: BlankDb): Promise<string[]> {
  const { kysely } = blank.db;
  const referrals = await kysely
    .selectFrom('referrals')
    .select(['doc', 'contact_json', 'outcome_json', 'summary'])
    .execute();
  const events = await kysely.selectFrom('events').select(['data_json']).execute();
  const roster = await kysely.selectFrom('roster').select(['name']).execute();
  return [
    ...referrals.flatMap((r) => [r.doc, r.contact_json ?? '', r.outcome_json ?? '', r.summary]),
    ...events.map((e) => e.data_json ?? ''),
    ...roster.map((m) => m.name),
  ];
}

describe.each(DB_TARGETS)('migration 0005 (legacy free text) on $name', (target) => {
  let blank: BlankDb;
  let call: (path: string, token: string) => Promise<{ status: number; json: unknown }>;
  const tokens: Record<string, string> = {};
  let cleanBefore: { doc: string; content_hash: string };

  beforeAll(async () => {
    blank = await openBlank(target.name);
    await migrateUpTo(blank.db, '0004_roster_branch_key');
    await insertLegacy(blank);
    cleanBefore = await blank.db.kysely
      .selectFrom('referrals')
      .select(['doc', 'content_hash'])
      .where('id', '=', clean.id)
      .executeTakeFirstOrThrow();
    await migrateToLatest(blank.db);
    const now = new Date('2026-11-20T02:00:00Z');
    for (const [name, role, staffId] of [
      ['manager', 'client_manager', 'CM01'],
      ['supervisor', 'supervisor', 'S001'],
      ['teller', 'teller', 'T001'],
    ] as const) {
      tokens[name] = (await createToken(blank.db, { role, branchId: BRANCH, staffId }, now)).token;
    }
    const app = buildApp({
      db: blank.db,
      clock: { now: () => now },
      logger: { info: () => undefined, error: () => undefined },
      rateLimit: false,
      failedAuthLimit: false,
    });
    call = async (path, token) => {
      const response = await app.request(path, { headers: { authorization: `Bearer ${token}` } });
      return { status: response.status, json: (await response.json()) as unknown };
    };
  });
  afterAll(async () => blank.cleanup());

  it('masks the legacy text that pull, the list, the log and the roster answer with', async () => {
    const pull = await call('/v1/sync/pull', tokens.manager ?? '');
    expect(pull.status).toBe(200);
    const pulled = (pull.json as { changes: { id: string }[] }).changes.find(
      (c) => c.id === won.id,
    );
    expect(pulled).toMatchObject({
      summary: '客户手机 **** 5678，想了解理财',
      tellerNote: 'prefers mornings \ufffd thanks',
      contact: { name: '王 女士', phone: '138 0013 8000' },
      outcome: { product: '理财 **** 0128' },
    });
    const list = await call('/v1/referrals', tokens.manager ?? '');
    expect(list.status).toBe(200);
    const listed = (list.json as { referrals: { id: string }[] }).referrals;
    expect(listed.find((r) => r.id === cardAsPhone.id)).not.toHaveProperty('contact');
    const log = await call('/v1/referral-log', tokens.supervisor ?? '');
    expect(log.status).toBe(200);
    expect((log.json as { rows: unknown[] }).rows).toHaveLength(3);
    const roster = await call('/v1/roster', tokens.teller ?? '');
    expect(roster.status).toBe(200);
    expect((roster.json as { managers: { name: string }[] }).managers.map((m) => m.name)).toEqual([
      '李经理 **** 5678',
      '张 经理',
    ]);
  });

  it('leaves no readable number, control character or lone surrogate in the database', async () => {
    const texts = await storedText(blank);
    for (const text of texts) {
      const compact = text.replace(/[\s-]/g, '');
      expect(compact).not.toContain(CARD_DIGITS);
      expect(compact).not.toContain(PHONE_DIGITS);
      expect(text).not.toContain('\u0007');
      expect(text).not.toMatch(/\\u0007|\\ud800/);
    }
    const events = await blank.db.kysely
      .selectFrom('events')
      .select(['id', 'content_hash'])
      .execute();
    const note = events.find((e) => e.id === noteId);
    expect(note?.content_hash).not.toBe(
      contentHash({ id: noteId, data: { text: `card ${CARD}` } }),
    );
  });

  it('audits each branch affected with counts, never the text', async () => {
    const audit = await blank.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'privacy.legacy_text_scrub')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.branch_id).toBe(BRANCH);
    expect(JSON.parse(audit[0]?.details_json ?? '{}')).toEqual({
      migration: '0005_legacy_text',
      referrals: 2,
      contactsRemoved: 1,
      events: 2,
      managers: 2,
    });
  });

  it('does not write clean rows, and a second run changes nothing', async () => {
    const after = await blank.db.kysely
      .selectFrom('referrals')
      .select(['doc', 'content_hash'])
      .where('id', '=', clean.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(cleanBefore);
    const changes = async () =>
      (await blank.db.kysely.selectFrom('changes').select('change_id').execute()).length;
    const audits = async () =>
      (await blank.db.kysely.selectFrom('audit_log').select('id').execute()).length;
    const before = [await changes(), await audits(), await storedText(blank)];
    await legacyTextMigration.up(blank.db.kysely);
    expect([await changes(), await audits(), await storedText(blank)]).toEqual(before);
  });

  it('masks a bad row that reaches the read path anyway', async () => {
    const late = makeReferral({ contact: { name: '孙\u0007女士', phone: '138 0013 8000' } });
    await blank.db.kysely.insertInto('referrals').values(referralToRow(late, RECEIVED)).execute();
    await blank.db.kysely
      .updateTable('referrals')
      .set({ status: 'won', outcome_json: canonicalJson({ product: CARD }) })
      .where('id', '=', late.id)
      .execute();
    const list = await call('/v1/referrals', tokens.manager ?? '');
    expect(list.status).toBe(200);
    expect(
      (list.json as { referrals: { id: string }[] }).referrals.find((r) => r.id === late.id),
    ).toMatchObject({ contact: { name: '孙 女士' }, outcome: { product: '**** 0128' } });
    expect((await call('/v1/referral-log', tokens.supervisor ?? '')).status).toBe(200);
  });
});
